#include "documented/DocumentedAnswer.h"

#include "documented/OperationCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace xlink::sandbox {

namespace {

using namespace Qt::StringLiterals;

std::optional<qint64> numericId(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || text.startsWith(u'+'))
        return std::nullopt;
    return value;
}

} // namespace

DocumentedAnswer::DocumentedAnswer(
    const QJsonObject &document, SandboxState &state, TokenStore &tokens)
    : m_document(document)
    , m_state(state)
    , m_tokens(tokens)
{ }

Session::Kind DocumentedAnswer::loginKindOf(const QString &path)
{
    if (path.contains(u"heavy_buyer"_s))
        return Session::Kind::HeavyBuyer;
    if (path.contains(u"dealer"_s))
        return Session::Kind::Dealer;
    if (path.contains(u"device"_s))
        return Session::Kind::Device;
    if (path.contains(u"accesskey"_s))
        return Session::Kind::AccessKey;
    if (path.contains(u"corp"_s))
        return Session::Kind::Member;
    return Session::Kind::User;
}

std::optional<SandboxReply> DocumentedAnswer::unknownPathId(
    const QHash<QString, QString> &values) const
{
    const QString productId = values.value(u"product_id"_s);
    if (values.contains(u"product_id"_s) && !m_state.products.contains(productId))
        return SandboxReply::error(4041005);
    for (const QString &name : { u"device_id"_s, u"deviceid"_s }) {
        if (!values.contains(name))
            continue;
        const std::optional<qint64> id = numericId(values.value(name));
        const bool known = id
            && (productId.isEmpty() ? m_state.devices.contains(*id)
                                    : m_state.device(productId, *id) != nullptr);
        if (!known)
            return SandboxReply::error(4041008);
    }
    if (values.contains(u"user_id"_s)) {
        const std::optional<qint64> id = numericId(values.value(u"user_id"_s));
        if (!id || !m_state.users.contains(*id))
            return SandboxReply::error(4041011);
    }
    if (values.contains(u"member_id"_s) && !m_state.members.contains(values.value(u"member_id"_s)))
        return SandboxReply::error(4041003);
    if (values.contains(u"table_name"_s) && !m_state.tables.contains(values.value(u"table_name"_s)))
        return SandboxReply::error(4041016);
    if (values.contains(u"accesskey_id"_s)
        && !m_state.accessKeys.contains(values.value(u"accesskey_id"_s)))
        return SandboxReply::error(4041024);
    return std::nullopt;
}

// The example's ids become the request's (a product_id field answers with the product asked
// for) and the demo enterprise's, keeping each value's JSON type.
QJsonValue DocumentedAnswer::withDemoValues(
    const QJsonValue &example, const QHash<QString, QString> &values, int depth) const
{
    if (depth > 32)
        return example;
    if (example.isArray()) {
        QJsonArray array = example.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withDemoValues(array.at(i), values, depth + 1);
        return array;
    }
    if (!example.isObject())
        return example;
    QJsonObject object = example.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue current = it.value();
        QString replacement;
        if (values.contains(key))
            replacement = values.value(key);
        else if (key == u"corp_id"_s)
            replacement = m_state.corp.value(u"id").toString();
        if (replacement.isEmpty() || current.isObject() || current.isArray()) {
            it.value() = withDemoValues(current, values, depth + 1);
            continue;
        }
        if (current.isString()) {
            it.value() = replacement;
        } else if (current.isDouble()) {
            bool ok = false;
            const qint64 number = replacement.toLongLong(&ok);
            if (ok)
                it.value() = number;
        }
    }
    return object;
}

SandboxReply DocumentedAnswer::answer(const ApiOperation &operation,
    const QHash<QString, QString> &pathValues, const Session *session)
{
    if (const std::optional<SandboxReply> unknown = unknownPathId(pathValues))
        return *unknown;
    if (operation.responseSchema.isEmpty() || operation.responseExample.isUndefined()) {
        SandboxReply reply = SandboxReply::empty();
        reply.status = operation.successStatus;
        return reply;
    }
    // A download (CSV, ...) answers its example as it is, in its own media type.
    const QJsonObject content = OperationCheck::operationNode(m_document, operation)
                                    .value(u"responses"_s)
                                    .toObject()
                                    .value(QString::number(operation.successStatus))
                                    .toObject()
                                    .value(u"content"_s)
                                    .toObject();
    if (!content.isEmpty() && !content.contains(u"application/json"_s)
        && operation.responseExample.isString()) {
        SandboxReply reply = SandboxReply::empty();
        reply.status = operation.successStatus;
        reply.body = operation.responseExample.toString().toUtf8();
        reply.contentType = content.constBegin().key().toLatin1();
        return reply;
    }
    QHash<QString, QString> values = pathValues;
    if (session && session->kind == Session::Kind::User && !values.contains(u"user_id"_s))
        values.insert(u"user_id"_s, QString::number(session->userId));
    QJsonValue body = withDemoValues(operation.responseExample, values);
    // A login call: its token is real, of the login kind the call makes.
    if (!operation.needsLogin() && body.isObject() && body.toObject().contains(u"access_token"_s)) {
        Session issuedFor;
        issuedFor.kind = loginKindOf(operation.path);
        issuedFor.corpId = m_state.corp.value(u"id").toString();
        if (issuedFor.kind == Session::Kind::User && !m_state.users.isEmpty())
            issuedFor.userId = m_state.users.firstKey();
        QJsonObject object = body.toObject();
        const TokenStore::Issued issued
            = m_tokens.issue(issuedFor, object.contains(u"refresh_token"_s));
        object.insert(u"access_token"_s, issued.accessToken);
        if (object.contains(u"refresh_token"_s))
            object.insert(u"refresh_token"_s, issued.refreshToken);
        if (object.value(u"expire_in"_s).isDouble())
            object.insert(u"expire_in"_s, issued.expireIn);
        body = object;
    }
    SandboxReply reply
        = body.isArray() ? SandboxReply::json(body.toArray()) : SandboxReply::json(body.toObject());
    reply.status = operation.successStatus;
    return reply;
}

} // namespace xlink::sandbox
