#include "handlers/DeviceDataRoutes.h"

#include "http/FieldReader.h"
#include "http/Router.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxProperties = 10;

bool isReservedKey(const QString &key)
{
    static const QStringList reserved { u"id"_s, u"mac"_s, u"sn"_s, u"name"_s, u"tags"_s,
        u"product_id"_s, u"is_active"_s, u"is_online"_s, u"active_date"_s, u"last_login"_s,
        u"create_date"_s, u"firmware_mod"_s, u"firmware_version"_s, u"mcu_mod"_s, u"mcu_version"_s,
        u"corp_id"_s };
    return reserved.contains(key);
}

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,31}$"_s);
    return pattern.match(key).hasMatch();
}

} // namespace

DeviceDataRoutes::DeviceDataRoutes(SandboxState &state)
    : m_state(state)
{ }

void DeviceDataRoutes::registerRoutes(Router &router)
{
    const QString property = u"/v2/product/{pid}/device/{did}/property"_s;
    router.add("GET", property, Access::Enterprise,
        [this](const RouteContext &c) { return properties(c); });
    router.add("POST", property, Access::Enterprise,
        [this](const RouteContext &c) { return writeProperties(c, true); });
    router.add("PUT", property, Access::Enterprise,
        [this](const RouteContext &c) { return writeProperties(c, false); });
    router.add("DELETE", property + u"/{key}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteProperty(c); });
    router.add("GET", u"/v2/product/{pid}/v_device/{did}"_s, Access::Enterprise,
        [this](const RouteContext &c) {
            int code = 0;
            const QJsonObject *device = deviceOf(c, &code);
            if (!device)
                return SandboxReply::error(code);
            return SandboxReply::json(mirror(*device));
        });
    router.add("POST", u"/v2/device/command/{did}/datapoint"_s, Access::AnyToken,
        [this](const RouteContext &c) { return command(c); });
    router.add("POST", u"/v2/device/command/{did}/datapoint/status"_s, Access::AnyToken,
        [this](const RouteContext &c) { return status(c); });
    router.add("GET", u"/v2/diagnosis/device/probe/{did}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return probe(c); });
    router.add("POST", u"/v2/product/{pid}/device/{did}/snapshot"_s, Access::Enterprise,
        [this](const RouteContext &c) { return snapshots(c); });
}

QJsonObject *DeviceDataRoutes::deviceOf(const RouteContext &context, int *errorCode) const
{
    const QString pid = context.param(u"pid"_s);
    if (!pid.isNull() && !m_state.product(pid)) {
        *errorCode = 4041005;
        return nullptr;
    }
    const auto did = context.intParam(u"did"_s);
    QJsonObject *device = nullptr;
    if (did) {
        const auto it = m_state.devices.find(*did);
        if (it != m_state.devices.end()
            && (pid.isNull() || it->value(u"product_id").toString() == pid))
            device = &*it;
    }
    if (!device)
        *errorCode = 4041008;
    return device;
}

SandboxReply DeviceDataRoutes::properties(const RouteContext &context) const
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    const auto it = m_state.deviceProperties.constFind(device->value(u"id").toInteger());
    if (it == m_state.deviceProperties.constEnd() || it->isEmpty())
        return SandboxReply::error(4041009);
    return SandboxReply::json(*it);
}

SandboxReply DeviceDataRoutes::writeProperties(const RouteContext &context, bool create)
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    FieldReader body(context.request.body);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (body.object().isEmpty())
        return SandboxReply::error(4001002);
    QJsonObject properties = m_state.deviceProperties.value(device->value(u"id").toInteger());
    const QJsonObject changes = body.object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (isReservedKey(it.key()))
            return SandboxReply::error(4001023);
        if (!isValidKey(it.key()))
            return SandboxReply::error(4001027);
        if (it->isObject() || it->isArray())
            return SandboxReply::error(4001001);
        if (create && properties.contains(it.key()))
            return SandboxReply::error(4001025);
        if (!create && !properties.contains(it.key()))
            return SandboxReply::error(4001026);
        properties.insert(it.key(), *it);
    }
    if (properties.size() > maxProperties)
        return SandboxReply::error(4001024);
    m_state.deviceProperties.insert(device->value(u"id").toInteger(), properties);
    return SandboxReply::json(properties);
}

SandboxReply DeviceDataRoutes::deleteProperty(const RouteContext &context)
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    QJsonObject &properties = m_state.deviceProperties[device->value(u"id").toInteger()];
    if (!properties.contains(context.param(u"key"_s)))
        return SandboxReply::error(4041009);
    properties.remove(context.param(u"key"_s));
    return SandboxReply::empty();
}

SandboxReply DeviceDataRoutes::command(const RouteContext &context)
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    FieldReader body(context.request.body);
    const auto source = body.optionalInt(u"source"_s);
    const bool writeBack = body.optionalBool(u"write_back"_s).value_or(false);
    const auto commands = body.optionalArray(u"command"_s);
    if (body.ok() && (!commands || commands->isEmpty()))
        return SandboxReply::error(4001002);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (source && *source != -1 && (*source < 1 || *source > 3))
        return SandboxReply::error(4001178);
    const QMap<qint64, QJsonObject> datapoints
        = m_state.datapoints.value(device->value(u"product_id").toString());
    QJsonObject values;
    for (const QJsonValue &entry : *commands) {
        FieldReader item(entry.toObject());
        const qint64 index = item.requiredInt(u"index"_s);
        if (!entry.isObject() || !item.has(u"value"_s))
            return SandboxReply::error(entry.isObject() ? 4001002 : 4001001);
        if (!item.ok())
            return SandboxReply::error(item.errorCode());
        const bool known = std::any_of(datapoints.begin(), datapoints.end(),
            [index](const QJsonObject &dp) { return dp.value(u"index").toInteger() == index; });
        if (!known)
            return SandboxReply::error(4041007);
        values.insert(QString::number(index), item.object().value(u"value"));
    }
    if (!device->value(u"is_online").toBool())
        return SandboxReply::error(4001054);
    if (writeBack) {
        QJsonObject &current = m_state.deviceValues[device->value(u"id").toInteger()];
        for (auto it = values.begin(); it != values.end(); ++it)
            current.insert(it.key(), *it);
    }
    return SandboxReply::empty();
}

QJsonObject DeviceDataRoutes::mirror(const QJsonObject &device) const
{
    // The connection facts the documents list, derived from the device so that they hold
    // still between calls: the demo data's clock does not move.
    const qint64 id = device.value(u"id").toInteger();
    const QString created = device.value(u"create_time").toString();
    const QString login = device.value(u"last_login").toString(created);
    QJsonObject state = m_state.deviceValues.value(id);
    state.insert(u"device_id"_s, id);
    state.insert(u"online"_s, device.value(u"is_online").toBool());
    state.insert(u"cm_id"_s, u"cm-sandbox-1"_s);
    state.insert(u"ip"_s, u"192.0.2.%1"_s.arg(1 + id % 250));
    state.insert(u"conn_prot"_s, 1);
    state.insert(u"last_login"_s, login);
    state.insert(u"last_logout"_s, created);
    state.insert(u"last_update"_s, login);
    state.insert(u"online_count"_s, device.value(u"is_active").toBool() ? 3600 * (id % 97) : 0);
    return state;
}

SandboxReply DeviceDataRoutes::status(const RouteContext &context) const
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    FieldReader body(context.request.body, FieldReader::EmptyBody::AsEmptyObject);
    const QJsonArray filter = body.optionalArray(u"filter"_s).value_or(QJsonArray());
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const QJsonObject all = mirror(*device);
    QJsonObject current = filter.isEmpty() ? all : QJsonObject();
    for (const QJsonValue &key : filter) {
        if (!key.isString())
            return SandboxReply::error(4001001);
        if (all.contains(key.toString()))
            current.insert(key.toString(), all.value(key.toString()));
    }
    // The sandbox's devices apply a write at once: every target value is the current one, and
    // its sync state is "done" (4) while the device is online, "waiting" (2) otherwise.
    const bool online = device->value(u"is_online").toBool();
    const QJsonObject values = m_state.deviceValues.value(device->value(u"id").toInteger());
    QJsonArray targets;
    for (auto it = values.begin(); it != values.end(); ++it) {
        targets.append(QJsonObject { { u"index"_s, it.key().toInt() },
            { u"status"_s, online ? 4 : 2 }, { u"target"_s, it.value() } });
    }
    return SandboxReply::json(
        QJsonObject { { u"current"_s, current }, { u"target_list"_s, targets } });
}

SandboxReply DeviceDataRoutes::probe(const RouteContext &context) const
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    const bool online = device->value(u"is_online").toBool();
    return SandboxReply::json(
        QJsonObject { { u"device_id"_s, device->value(u"id") }, { u"online"_s, online },
            { u"rssi"_s, online ? -48 : 0 }, { u"probe_time"_s, nowTimestamp() } });
}

SandboxReply DeviceDataRoutes::snapshots(const RouteContext &context) const
{
    int code = 0;
    const QJsonObject *device = deviceOf(context, &code);
    if (!device)
        return SandboxReply::error(code);
    FieldReader body(context.request.body, FieldReader::EmptyBody::AsEmptyObject);
    const qint64 offset = body.optionalInt(u"offset"_s).value_or(0);
    const qint64 limit = body.optionalInt(u"limit"_s).value_or(10);
    const QJsonObject date = body.optionalObject(u"date"_s).value_or(QJsonObject());
    const bool newestFirst
        = body.optionalString(u"sort_by_date"_s).value_or(u"asc"_s).toLower() == u"desc";
    body.check(offset >= 0 && limit >= 0 && limit <= 1000);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const QString begin = date.value(u"begin").toString();
    const QString end = date.value(u"end").toString();
    // One snapshot an hour over the day before the device's last login, from its values.
    const QDateTime last = QDateTime::fromString(
        device->value(u"last_login").toString(device->value(u"create_date").toString()),
        Qt::ISODateWithMs);
    // Each snapshot is the device's mirrored state at the hour, under the document's names.
    QJsonObject state = mirror(*device);
    state.insert(u"last_online"_s, state.take(u"last_login"_s));
    state.insert(u"last_offline"_s, state.take(u"last_logout"_s));
    state.remove(u"online_count"_s);
    state.remove(u"conn_prot"_s);
    state.insert(u"rule_id"_s, u"sandbox-hourly"_s);
    state.insert(u"cause_list"_s, QJsonArray());
    QList<QJsonObject> all;
    for (int hour = 23; hour >= 0; --hour) {
        const QString at = isoTimestamp(last.addSecs(-3600 * hour));
        if ((!begin.isEmpty() && at < begin) || (!end.isEmpty() && at > end))
            continue;
        QJsonObject snapshot = state;
        snapshot.insert(u"_id"_s,
            QString::fromLatin1(QCryptographicHash::hash(
                (QString::number(state.value(u"device_id").toInteger()) + at).toUtf8(),
                QCryptographicHash::Md5)
                                    .toHex()
                                    .left(24)));
        snapshot.insert(u"snapshot_date"_s, at);
        all.append(snapshot);
    }
    if (newestFirst)
        std::reverse(all.begin(), all.end());
    QJsonArray list;
    for (qint64 i = offset; i < all.size() && i < offset + limit; ++i)
        list.append(all.at(i));
    return SandboxReply::json(QJsonObject { { u"count"_s, all.size() }, { u"list"_s, list } });
}

} // namespace xlink::sandbox
