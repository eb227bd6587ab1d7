#include "handlers/AuthRoutes.h"

#include "auth/LoginThrottle.h"
#include "auth/TokenStore.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "state/SandboxState.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype minPassword = 6;
constexpr qsizetype maxPassword = 16;
constexpr qsizetype maxResource = 16;

QJsonObject tokenFields(const TokenStore::Issued &issued)
{
    return { { u"access_token"_s, issued.accessToken }, { u"refresh_token"_s, issued.refreshToken },
        { u"expire_in"_s, issued.expireIn } };
}

} // namespace

AuthRoutes::AuthRoutes(SandboxState &state, TokenStore &tokens, LoginThrottle &throttle)
    : m_state(state)
    , m_tokens(tokens)
    , m_throttle(throttle)
{ }

void AuthRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/v2/corp_auth"_s, Access::Public,
        [this](const RouteContext &c) { return corpAuth(c); });
    router.add("POST", u"/v2/accesskey_auth"_s, Access::Public,
        [this](const RouteContext &c) { return accessKeyAuth(c); });
    router.add("POST", u"/v2/user_auth"_s, Access::Public,
        [this](const RouteContext &c) { return userAuth(c); });
    router.add("POST", u"/v2/corp/token/refresh"_s, Access::AnyToken,
        [this](const RouteContext &c) { return refresh(c, false); });
    router.add("POST", u"/v2/user/token/refresh"_s, Access::AnyToken,
        [this](const RouteContext &c) { return refresh(c, true); });
}

int AuthRoutes::checkPassword(
    const QString &throttleKey, const QString &expected, const QString &given)
{
    if (m_throttle.isLocked(throttleKey))
        return 4001061;
    if (expected != given) {
        m_throttle.recordFailure(throttleKey);
        return 4001007;
    }
    m_throttle.recordSuccess(throttleKey);
    return 0;
}

SandboxReply AuthRoutes::corpAuth(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString account = body.requiredString(u"account"_s);
    const QString password = body.requiredString(u"password"_s);
    if (body.ok())
        body.check(password.size() >= minPassword && password.size() <= maxPassword);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const auto found = m_state.memberAccounts.constFind(account);
    if (found == m_state.memberAccounts.constEnd())
        return SandboxReply::error(4041002);
    if (const int code = checkPassword(u"member:"_s + account, found->password, password))
        return SandboxReply::error(code);
    Session session;
    session.kind = Session::Kind::Member;
    session.corpId = m_state.corp.value(u"id").toString();
    session.memberId = found->id;
    QJsonObject reply = tokenFields(m_tokens.issue(session));
    reply.insert(u"corp_id"_s, session.corpId);
    reply.insert(u"member_id"_s, session.memberId);
    return SandboxReply::json(reply);
}

SandboxReply AuthRoutes::accessKeyAuth(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString id = body.requiredString(u"id"_s);
    const QString secret = body.requiredString(u"secret"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const auto key = m_state.accessKeys.constFind(id);
    if (key == m_state.accessKeys.constEnd() || key->value(u"secret").toString() != secret)
        return SandboxReply::error(4001072);
    if (key->value(u"status").toInt() != 1)
        return SandboxReply::error(4001071);
    Session session;
    session.kind = Session::Kind::AccessKey;
    session.corpId = m_state.corp.value(u"id").toString();
    session.accessKeyId = id;
    // Access keys get no refresh token: a server simply logs in again.
    return SandboxReply::json(
        QJsonObject { { u"access_token"_s, m_tokens.issue(session, false).accessToken } });
}

SandboxReply AuthRoutes::userAuth(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString corpId = body.requiredString(u"corp_id"_s);
    const std::optional<QString> email = body.optionalString(u"email"_s);
    const std::optional<QString> phone = body.optionalString(u"phone"_s);
    body.optionalString(u"phone_zone"_s); // checked for its type; the sandbox ignores zones
    const QString password = body.requiredString(u"password"_s);
    body.optionalString(u"resource"_s, maxResource);
    if (body.ok() && !email && !phone)
        return SandboxReply::error(4001002);
    if (body.ok())
        body.check(password.size() >= minPassword && password.size() <= maxPassword);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (corpId != m_state.corp.value(u"id").toString())
        return SandboxReply::error(4041010);
    const QString account = email ? *email : *phone;
    const auto found = m_state.userAccounts.constFind(account);
    if (found == m_state.userAccounts.constEnd())
        return SandboxReply::error(4041011);
    if (const int code = checkPassword(u"user:"_s + account, found->password, password))
        return SandboxReply::error(code);
    Session session;
    session.kind = Session::Kind::User;
    session.corpId = corpId;
    session.userId = found->id.toLongLong();
    const TokenStore::Issued issued = m_tokens.issue(session);
    QJsonObject reply = tokenFields(issued);
    reply.insert(u"user_id"_s, session.userId);
    // The platform's `authorize` is an opaque code a device uses to bind to this user.
    reply.insert(u"authorize"_s,
        QString::fromLatin1(
            QCryptographicHash::hash(issued.accessToken.toLatin1(), QCryptographicHash::Md5)
                .toHex()
                .left(16)));
    return SandboxReply::json(reply);
}

SandboxReply AuthRoutes::refresh(const RouteContext &context, bool user)
{
    if (context.session->kind != (user ? Session::Kind::User : Session::Kind::Member))
        return SandboxReply::error(4031001);
    FieldReader body(context.request.body);
    const QString refreshToken = body.requiredString(u"refresh_token"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const auto issued = m_tokens.refresh(context.request.accessToken, refreshToken);
    if (!issued)
        return SandboxReply::error(4001010);
    return SandboxReply::json(tokenFields(*issued));
}

} // namespace xlink::sandbox
