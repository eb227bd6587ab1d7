#include "http/ErrorBody.h"

#include "catalogue/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xlink::sandbox {

QByteArray ErrorBody::render(
    int code, CodeForm form, MessageLanguage language, const QString &detail)
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(code);
    QString message;
    if (entry)
        message = language == MessageLanguage::English ? entry->message.en : entry->message.zh;
    else if (code == requestTimeoutCode)
        message = language == MessageLanguage::English ? QStringLiteral("Request timed out")
                                                       : QStringLiteral("请求超时");
    if (!detail.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    QJsonObject error;
    if (form == CodeForm::Number)
        error.insert(u"code", code);
    else
        error.insert(u"code", QString::number(code));
    error.insert(u"msg", message);
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), error } })
        .toJson(QJsonDocument::Compact);
}

} // namespace xlink::sandbox
