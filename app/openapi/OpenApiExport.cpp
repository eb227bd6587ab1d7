#include "OpenApiExport.h"

#include "ApiDescription.h"
#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

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
    // The one way the product writes a file: all or nothing, every write checked.
    QString why;
    if (!OwnerOnlyFiles::save(path, text, &why)) {
        *error = QCoreApplication::translate("xlink::OpenApiExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace xlink
