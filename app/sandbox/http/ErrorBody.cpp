#include "http/ErrorBody.h"

#include "catalogue/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xlink::sandbox {

namespace {

// The texts of the sandbox's own codes (ErrorBody.h), in the platform's two languages.
QString ownMessage(int code, ErrorBody::MessageLanguage language)
{
    const bool english = language == ErrorBody::MessageLanguage::English;
    switch (code) {
    case ErrorBody::requestTimeoutCode:
        return english ? QStringLiteral("Request timed out") : QStringLiteral("请求超时");
    case ErrorBody::bodyTooLargeCode:
        return english ? QStringLiteral("Request body too large") : QStringLiteral("请求体过大");
    case ErrorBody::uriTooLongCode:
        return english ? QStringLiteral("Request URI too long") : QStringLiteral("请求地址过长");
    case ErrorBody::headersTooLargeCode:
        return english ? QStringLiteral("Request headers too large") : QStringLiteral("请求头过大");
    default:
        return {};
    }
}

} // namespace

QByteArray ErrorBody::render(
    int code, CodeForm form, MessageLanguage language, const QString &detail)
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(code);
    QString message;
    if (entry)
        message = language == MessageLanguage::English ? entry->message.en : entry->message.zh;
    else
        message = ownMessage(code, language);
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
