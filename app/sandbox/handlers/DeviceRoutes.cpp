#include "handlers/DeviceRoutes.h"

#include "handlers/JsonLists.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "query/QueryBody.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxBatch = 2000;
constexpr qsizetype maxText = 128;

bool validMac(const QString &mac)
{
    static const QRegularExpression pattern(u"^[0-9A-Fa-f]{2,64}$"_s);
    return pattern.match(mac).hasMatch();
}

} // namespace

DeviceRoutes::DeviceRoutes(SandboxState &state)
    : m_state(state)
{ }

void DeviceRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/v2/product/{pid}/devices"_s, Access::Enterprise,
        [this](const RouteContext &c) { return query(c); });
    router.add("POST", u"/v2/product/{pid}/device"_s, Access::Enterprise,
        [this](const RouteContext &c) { return create(c); });
    router.add("POST", u"/v2/product/{pid}/device_batch"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createBatch(c); });
    router.add("GET", u"/v2/product/{pid}/device/{did}"_s, Access::Enterprise,
        [this](const RouteContext &c) {
            const QString pid = c.param(u"pid"_s);
            if (!m_state.product(pid))
                return SandboxReply::error(4041005);
            const auto did = c.intParam(u"did"_s);
            const QJsonObject *device = did ? m_state.device(pid, *did) : nullptr;
            return device ? SandboxReply::json(*device) : SandboxReply::error(4041008);
        });
    router.add("PUT", u"/v2/product/{pid}/device/{did}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return update(c); });
    router.add("DELETE", u"/v2/product/{pid}/device/{did}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return remove(c); });
    router.add("GET", u"/v2/statistics/summary"_s, Access::Enterprise,
        [this](const RouteContext &) { return summary(); });
}

SandboxReply DeviceRoutes::query(const RouteContext &context) const
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    int code = 0;
    const std::optional<QueryBody> query = QueryBody::parse(context.request.body, &code);
    if (!query)
        return SandboxReply::error(code);
    QList<QJsonObject> devices;
    for (const QJsonObject &device : std::as_const(m_state.devices)) {
        if (device.value(u"product_id").toString() == pid)
            devices.append(device);
    }
    return SandboxReply::json(query->apply(devices));
}

int DeviceRoutes::checkMac(const QString &productId, const QString &mac) const
{
    if (!validMac(mac))
        return 4001001;
    for (const QJsonObject &device : std::as_const(m_state.devices)) {
        if (device.value(u"product_id").toString() == productId
            && device.value(u"mac").toString().compare(mac, Qt::CaseInsensitive) == 0)
            return 4001021;
    }
    return 0;
}

namespace {

// Every item a string of at most maxText characters (device tags, groups).
bool areShortStrings(const QJsonArray &list)
{
    return std::all_of(list.begin(), list.end(), [](const QJsonValue &item) {
        return item.isString() && item.toString().size() <= maxText;
    });
}

} // namespace

QJsonObject DeviceRoutes::newDevice(const QString &productId, const QString &mac)
{
    const qint64 id = m_state.takeId();
    QJsonObject device { { u"id"_s, id }, { u"product_id"_s, productId },
        { u"mac"_s, mac.toUpper() }, { u"sn"_s, QString() }, { u"name"_s, QString() },
        { u"tags"_s, QJsonArray() }, { u"is_active"_s, false }, { u"is_online"_s, false },
        { u"firmware_mod"_s, u"wifi-main"_s }, { u"firmware_version"_s, 1 },
        { u"mcu_mod"_s, u"mcu"_s }, { u"mcu_version"_s, 1 } };
    SandboxState::setCreated(device, nowTimestamp());
    return device;
}

SandboxReply DeviceRoutes::create(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    FieldReader body(context.request.body);
    const QString mac = body.requiredString(u"mac"_s, 64);
    const auto sn = body.optionalString(u"sn"_s, maxText);
    const auto name = body.optionalString(u"name"_s, maxText);
    const auto tags = body.optionalArray(u"tags"_s);
    if (body.ok() && tags)
        body.check(areShortStrings(*tags));
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (const int code = checkMac(pid, mac))
        return SandboxReply::error(code);
    QJsonObject device = newDevice(pid, mac);
    device.insert(u"sn"_s, sn.value_or(QString()));
    device.insert(u"name"_s, name.value_or(QString()));
    device.insert(u"tags"_s, tags.value_or(QJsonArray()));
    m_state.devices.insert(device.value(u"id").toInteger(), device);
    return SandboxReply::json(device);
}

SandboxReply DeviceRoutes::createBatch(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
    if (!document.isArray())
        return SandboxReply::error(4001001);
    const QJsonArray macs = document.array();
    if (macs.isEmpty())
        return SandboxReply::error(4001002);
    if (macs.size() > maxBatch)
        return SandboxReply::error(4001001);
    QSet<QString> seen;
    for (const QJsonValue &mac : macs) {
        if (!mac.isString())
            return SandboxReply::error(4001001);
        if (const int code = checkMac(pid, mac.toString()))
            return SandboxReply::error(code);
        const QString upper = mac.toString().toUpper();
        if (seen.contains(upper))
            return SandboxReply::error(4001021);
        seen.insert(upper);
    }
    // All or nothing: the batch is only stored once every MAC passed.
    // The document answers each new device's id and MAC address.
    QJsonArray created;
    for (const QJsonValue &mac : macs) {
        const QJsonObject device = newDevice(pid, mac.toString());
        m_state.devices.insert(device.value(u"id").toInteger(), device);
        created.append(QJsonObject {
            { u"id"_s, device.value(u"id"_s) }, { u"mac"_s, device.value(u"mac"_s) } });
    }
    return SandboxReply::json(QJsonObject { { u"devices"_s, created } });
}

SandboxReply DeviceRoutes::update(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    const auto did = context.intParam(u"did"_s);
    QJsonObject *device = did ? m_state.device(pid, *did) : nullptr;
    if (!device)
        return SandboxReply::error(4041008);
    FieldReader body(context.request.body);
    QJsonObject updated = *device;
    for (const QString &key : { u"sn"_s, u"name"_s, u"domain"_s }) {
        if (const auto text = body.optionalString(key, maxText))
            updated.insert(key, *text);
    }
    // Tags and groups are arrays of strings in the documents.
    for (const QString &key : { u"tags"_s, u"groups"_s }) {
        if (const auto list = body.optionalArray(key)) {
            body.check(areShortStrings(*list));
            updated.insert(key, *list);
        }
    }
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    *device = updated;
    return SandboxReply::json(updated);
}

SandboxReply DeviceRoutes::remove(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    const auto did = context.intParam(u"did"_s);
    const QJsonObject *device = did ? m_state.device(pid, *did) : nullptr;
    if (!device)
        return SandboxReply::error(4041008);
    if (device->value(u"is_active").toBool())
        return SandboxReply::error(4001022);
    m_state.devices.remove(*did);
    m_state.deviceProperties.remove(*did);
    m_state.deviceValues.remove(*did);
    return SandboxReply::empty();
}

SandboxReply DeviceRoutes::summary() const
{
    int activated = 0;
    int online = 0;
    for (const QJsonObject &device : std::as_const(m_state.devices)) {
        activated += device.value(u"is_active").toBool() ? 1 : 0;
        online += device.value(u"is_online").toBool() ? 1 : 0;
    }
    // The document's shape: device figures under "total", user figures under "user". The
    // sandbox's clock does not move its demo data, so nothing was added "today" but what the
    // running sandbox created.
    const QString today = nowTimestamp().left(10);
    int devicesToday = 0;
    int activatedToday = 0;
    for (const QJsonObject &device : std::as_const(m_state.devices)) {
        devicesToday += device.value(u"create_time").toString().startsWith(today) ? 1 : 0;
        activatedToday += device.value(u"active_date").toString().startsWith(today) ? 1 : 0;
    }
    int usersToday = 0;
    for (const QJsonObject &user : std::as_const(m_state.users))
        usersToday += user.value(u"create_date").toString().startsWith(today) ? 1 : 0;
    return SandboxReply::json(QJsonObject {
        { u"total"_s,
            QJsonObject { { u"total"_s, m_state.devices.size() }, { u"activated"_s, activated },
                { u"online"_s, online }, { u"today_add"_s, devicesToday },
                { u"today_activated"_s, activatedToday } } },
        { u"user"_s,
            QJsonObject { { u"user"_s, m_state.users.size() }, { u"today_add"_s, usersToday } } },
    });
}

} // namespace xlink::sandbox
