#include "http/SandboxReply.h"

#include "catalogue/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink::sandbox {

SandboxReply SandboxReply::json(const QJsonObject &object)
{
    return { 200, QJsonDocument(object).toJson(QJsonDocument::Compact), 0, {}, {} };
}

SandboxReply SandboxReply::json(const QJsonArray &array)
{
    return { 200, QJsonDocument(array).toJson(QJsonDocument::Compact), 0, {}, {} };
}

SandboxReply SandboxReply::empty()
{
    return { 200, {}, 0, {}, {} };
}

SandboxReply SandboxReply::error(int code, int status)
{
    return { status > 0 ? status : ErrorCatalogue::statusOfCode(code), {}, code, {}, {} };
}

SandboxReply SandboxReply::error(int code, const QString &detail)
{
    SandboxReply reply = error(code);
    reply.errorDetail = detail;
    return reply;
}

} // namespace xlink::sandbox
