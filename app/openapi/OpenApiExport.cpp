#include "OpenApiExport.h"

#include "ApiDescription.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace xlink {

QByteArray OpenApiExport::document()
{
    const QJsonDocument document = QJsonDocument::fromJson(ApiDescription::builtinDocument());
    return document.isObject() ? document.toJson(QJsonDocument::Indented) : QByteArray();
}

bool OpenApiExport::write(const QString &path, QString *error)
{
    const QByteArray text = document();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate(
            "xlink::OpenApiExport", "The built-in API description is missing from this build.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("xlink::OpenApiExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(text) != text.size() || !file.commit()) {
        *error = QCoreApplication::translate("xlink::OpenApiExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace xlink
