#include "handlers/UserRoutes.h"

#include "handlers/JsonLists.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "query/QueryBody.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

// A device as a subscriber's list shows it: the device's fields and the codes an app needs to
// talk to it, derived from its id so that they stay the same between calls.
QJsonObject subscribedDevice(QJsonObject device)
{
    const QString id = QString::number(device.value(u"id"_s).toInteger());
    const auto code = [&id](const char *salt) {
        return QString::fromLatin1(QCryptographicHash::hash(
            (QString::fromLatin1(salt) + id).toUtf8(), QCryptographicHash::Md5)
                                       .toHex()
                                       .left(16));
    };
    device.insert(u"active_code"_s, code("active-"));
    device.insert(u"authorize_code"_s, code("authorize-"));
    device.insert(u"access_key"_s, code("access-key-"));
    device.insert(u"role"_s, 1);
    device.insert(u"source"_s, 1);
    for (const QString &key : { u"active_date"_s, u"last_login"_s }) {
        if (!device.contains(key))
            device.insert(key, QString());
    }
    return device;
}

} // namespace

UserRoutes::UserRoutes(SandboxState &state)
    : m_state(state)
{ }

void UserRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/v2/users"_s, Access::Enterprise,
        [this](const RouteContext &c) { return query(c); });
    router.add("GET", u"/v2/user/{uid}"_s, Access::AnyToken, [this](const RouteContext &c) {
        int code = 0;
        const auto uid = userOf(c, &code);
        return uid ? SandboxReply::json(m_state.users.value(*uid)) : SandboxReply::error(code);
    });
    router.add("PUT", u"/v2/user/{uid}/status/{status}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return setStatus(c); });
    router.add("GET", u"/v2/user/{uid}/subscribe/devices"_s, Access::AnyToken,
        [this](const RouteContext &c) { return subscribedDevices(c); });
    router.add("POST", u"/v2/user/{uid}/unsubscribe"_s, Access::AnyToken,
        [this](const RouteContext &c) { return unsubscribe(c); });
    router.add("POST", u"/v2/share/device"_s, Access::AnyToken,
        [this](const RouteContext &c) { return share(c); });
    for (const QString &action : { u"accept"_s, u"deny"_s, u"cancel"_s }) {
        router.add("POST", u"/v2/share/device/"_s + action, Access::AnyToken,
            [this, action](const RouteContext &c) { return answerShare(c, action); });
    }
}

std::optional<qint64> UserRoutes::userOf(const RouteContext &context, int *errorCode) const
{
    const auto uid = context.intParam(u"uid"_s);
    if (!uid || !m_state.users.contains(*uid)) {
        *errorCode = 4041011;
        return std::nullopt;
    }
    if (context.session->kind == Session::Kind::User && context.session->userId != *uid) {
        *errorCode = 4031001;
        return std::nullopt;
    }
    return uid;
}

SandboxReply UserRoutes::query(const RouteContext &context) const
{
    int code = 0;
    const auto query = QueryBody::parse(context.request.body, &code);
    if (!query)
        return SandboxReply::error(code);
    return SandboxReply::json(query->apply(listOf(m_state.users)));
}

SandboxReply UserRoutes::setStatus(const RouteContext &context)
{
    int code = 0;
    const auto uid = userOf(context, &code);
    if (!uid)
        return SandboxReply::error(code);
    // The documented values: 1 normal, 2 disabled.
    const QString status = context.param(u"status"_s);
    if (status != u"1" && status != u"2")
        return SandboxReply::error(4001001);
    m_state.users[*uid].insert(u"status"_s, status.toInt());
    return SandboxReply::empty();
}

SandboxReply UserRoutes::subscribedDevices(const RouteContext &context) const
{
    int code = 0;
    const auto uid = userOf(context, &code);
    if (!uid)
        return SandboxReply::error(code);
    QJsonArray devices;
    for (auto it = m_state.devices.begin(); it != m_state.devices.end(); ++it) {
        if (m_state.subscriptions.value(*uid).contains(it.key()))
            devices.append(subscribedDevice(*it));
    }
    // `version` tells an app whether its cached list is current: it changes with the list.
    return SandboxReply::json(
        QJsonObject { { u"version"_s, m_state.subscriptionVersion }, { u"list"_s, devices } });
}

SandboxReply UserRoutes::unsubscribe(const RouteContext &context)
{
    int code = 0;
    const auto uid = userOf(context, &code);
    if (!uid)
        return SandboxReply::error(code);
    FieldReader body(context.request.body);
    const qint64 deviceId = body.requiredInt(u"device_id"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (!m_state.subscriptions[*uid].remove(deviceId))
        return SandboxReply::error(4001034);
    ++m_state.subscriptionVersion;
    return SandboxReply::empty();
}

SandboxReply UserRoutes::share(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const qint64 deviceId = body.requiredInt(u"device_id"_s);
    const QString user = body.requiredString(u"user"_s, 128);
    const qint64 expire = body.optionalInt(u"expire"_s).value_or(7200);
    const QString mode = body.requiredString(u"mode"_s);
    const QString authority = body.optionalString(u"authority"_s).value_or(u"RW"_s);
    body.check(expire > 0);
    body.check(mode == u"app" || mode == u"qrcode" || mode == u"email");
    body.check(authority == u"R" || authority == u"W" || authority == u"RW");
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (!m_state.devices.contains(deviceId))
        return SandboxReply::error(4041008);
    QString code;
    do {
        code = QString::number(QRandomGenerator::global()->generate64(), 16);
    } while (m_state.shares.contains(code));
    const QJsonObject share { { u"invite_code"_s, code }, { u"device_id"_s, deviceId },
        { u"from_id"_s, context.session->userId }, { u"user"_s, user }, { u"mode"_s, mode },
        { u"authority"_s, authority }, { u"expire"_s, expire }, { u"state"_s, u"pending"_s },
        { u"create_date"_s, nowTimestamp() } };
    m_state.shares.insert(code, share);
    return SandboxReply::json(QJsonObject { { u"invite_code"_s, code } });
}

SandboxReply UserRoutes::answerShare(const RouteContext &context, const QString &action)
{
    FieldReader body(context.request.body);
    const QString code = body.requiredString(u"invite_code"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const auto it = m_state.shares.find(code);
    if (it == m_state.shares.end())
        return SandboxReply::error(4041018);
    const QString state = it->value(u"state").toString();
    if (state == u"cancelled")
        return SandboxReply::error(4031008);
    if (action != u"cancel" && state == u"accepted")
        return SandboxReply::error(4031009);
    if (action == u"accept") {
        const qint64 recipient = context.session->kind == Session::Kind::User
            ? context.session->userId
            : it->value(u"user_id").toInteger();
        if (recipient != 0) {
            m_state.subscriptions[recipient].insert(it->value(u"device_id").toInteger());
            ++m_state.subscriptionVersion;
        }
        it->insert(u"state"_s, u"accepted"_s);
    } else {
        it->insert(u"state"_s, action == u"deny" ? u"denied"_s : u"cancelled"_s);
    }
    return SandboxReply::empty();
}

} // namespace xlink::sandbox
