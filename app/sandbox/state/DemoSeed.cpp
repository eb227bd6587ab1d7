// The deterministic demo data every sandbox starts with.
#include "state/DemoIdentities.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

const QDateTime seedEpoch = QDateTime(QDate(2024, 1, 15), QTime(8, 0), Qt::UTC);

QString at(qint64 minutesAfterEpoch)
{
    return isoTimestamp(
        seedEpoch.addSecs(minutesAfterEpoch * 60).addMSecs(minutesAfterEpoch % 997));
}

QString productId(int n)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QByteArray("xlink-sandbox-product-" + QByteArray::number(n)), QCryptographicHash::Md5)
                                   .toHex());
}

struct ProductSeed
{
    const char16_t *name;
    const char16_t *description;
    const char16_t *model;
    int linkType;
    bool released;
    int devices;
};

void seedEnterprise(SandboxState &state)
{
    state.corp = { { u"id"_s, QString::fromUtf16(demo::corpId) },
        { u"name"_s, u"沙箱演示企业 Sandbox Demo Co."_s }, { u"email"_s, u"admin@example.com"_s },
        { u"phone"_s, u"13800000000"_s }, { u"contact"_s, u"王芳"_s },
        { u"address"_s, u"广州市天河区 Tianhe, Guangzhou"_s }, { u"status"_s, 1 },
        { u"device_limit"_s, 5000 }, { u"create_time"_s, at(0) } };

    struct MemberSeed
    {
        const char16_t *id;
        const char16_t *name;
        const char16_t *email;
        const char16_t *phone;
        int role;
    };
    const MemberSeed members[] = {
        { u"1001", u"开发者 Dev", demo::memberAccount, u"13800000001", 1 },
        { u"1002", u"张伟", u"zhang.wei@example.com", u"13800000002", 2 },
        { u"1003", u"Olivia Ops", u"ops@example.com", u"13800000003", 2 },
    };
    int minute = 10;
    for (const MemberSeed &m : members) {
        const QString id = QString::fromUtf16(m.id);
        state.members.insert(id,
            { { u"id"_s, id }, { u"name"_s, QString::fromUtf16(m.name) },
                { u"email"_s, QString::fromUtf16(m.email) },
                { u"phone"_s, QString::fromUtf16(m.phone) }, { u"role"_s, m.role },
                { u"status"_s, 1 }, { u"is_notice"_s, true }, { u"is_alert"_s, m.role == 1 },
                { u"create_time"_s, at(minute += 7) },
                { u"last_auth_time"_s, at(9000 + minute) } });
    }
    state.memberAccounts.insert(QString::fromUtf16(demo::memberAccount),
        { QString::fromUtf16(demo::memberPassword), u"1001"_s });
    state.memberAccounts.insert(QString::fromUtf16(demo::memberPhone),
        { QString::fromUtf16(demo::memberPassword), u"1001"_s });

    const QString keyId = QString::fromUtf16(demo::accessKeyId);
    state.accessKeys.insert(keyId,
        { { u"id"_s, keyId }, { u"secret"_s, QString::fromUtf16(demo::accessKeySecret) },
            { u"name"_s, u"sandbox-ci"_s }, { u"create_time"_s, at(40) }, { u"status"_s, 1 } });
}

void seedDatapoints(SandboxState &state, const QString &pid, bool released)
{
    struct DatapointSeed
    {
        const char16_t *name;
        int type;
        const char16_t *symbol;
        double min;
        double max;
        bool write;
        int source;
    };
    const DatapointSeed seeds[] = {
        { u"power", 1, u"", 0, 1, true, 3 },
        { u"temperature", 5, u"°C", -40, 125, false, 1 },
        { u"mode", 2, u"", 0, 3, true, 3 },
        { u"label", 6, u"", 0, 32, true, 3 },
    };
    int index = 0;
    for (const DatapointSeed &d : seeds) {
        const qint64 id = state.takeId();
        const QString name = QString::fromUtf16(d.name);
        state.datapoints[pid].insert(id,
            { { u"id"_s, QString::number(id) }, { u"name"_s, name }, { u"type"_s, d.type },
                { u"index"_s, index }, { u"description"_s, QString(name + u" 数据端点"_s) },
                { u"symbol"_s, QString::fromUtf16(d.symbol) }, { u"is_collect"_s, true },
                { u"min"_s, d.min }, { u"max"_s, d.max }, { u"is_read"_s, true },
                { u"is_write"_s, d.write }, { u"default_value"_s, u"0"_s },
                { u"expression"_s, QString() }, { u"source"_s, d.source },
                { u"is_release"_s, released } });
        ++index;
    }
}

void seedFirmware(SandboxState &state, const QString &pid, int productNumber)
{
    for (int version = 1; version <= 2; ++version) {
        const qint64 id = state.takeId();
        const QByteArray md5
            = QCryptographicHash::hash(QByteArray("firmware-" + QByteArray::number(productNumber)
                                           + '-' + QByteArray::number(version)),
                QCryptographicHash::Md5)
                  .toHex();
        const QString created = at(100 + productNumber * 10 + version);
        state.firmware[pid].insert(id,
            { { u"id"_s, QString::number(id) }, { u"mod"_s, u"wifi-main"_s },
                { u"version"_s, version },
                { u"file_url"_s,
                    u"https://firmware.example.com/%1/v%2.bin"_s.arg(pid).arg(version) },
                { u"file_md5"_s, QString::fromLatin1(md5) }, { u"file_size"_s, 262144 * version },
                { u"description"_s, u"版本 v%1"_s.arg(version) }, { u"is_release"_s, version == 1 },
                { u"type"_s, 1 }, { u"identify"_s, 0 }, { u"create_date"_s, created },
                { u"release_date"_s, created } });
    }
}

void seedDevices(SandboxState &state, const QString &pid, int productNumber, int count)
{
    for (int n = 1; n <= count; ++n) {
        const qint64 id = state.takeId();
        // Two in three devices are activated, and one in three of those is online.
        const bool active = n % 3 != 0;
        const bool online = active && n % 3 == 1 && n % 2 == 1;
        const QString mac = u"ACCF23%1%2"_s.arg(productNumber, 2, 10, QChar(u'0'))
                                .arg(n, 4, 16, QChar(u'0'))
                                .toUpper();
        QJsonObject device { { u"id"_s, id }, { u"product_id"_s, pid }, { u"mac"_s, mac },
            { u"sn"_s, u"SN%1%2"_s.arg(productNumber).arg(n, 5, 10, QChar(u'0')) },
            { u"name"_s, n % 5 == 0 ? u"客厅设备 %1"_s.arg(n) : u"device-%1"_s.arg(n) },
            { u"tags"_s, QJsonArray { n % 2 == 0 ? u"even"_s : u"odd"_s, u"demo"_s } },
            { u"is_active"_s, active }, { u"is_online"_s, online },
            { u"firmware_mod"_s, u"wifi-main"_s }, { u"firmware_version"_s, 1 + n % 3 },
            { u"mcu_mod"_s, u"mcu"_s }, { u"mcu_version"_s, 1 } };
        SandboxState::setCreated(device, at(1000 + productNumber * 100 + n));
        if (active) {
            device.insert(u"active_date"_s, at(2000 + productNumber * 100 + n));
            device.insert(u"last_login"_s, at(5000 + productNumber * 100 + n));
        }
        state.devices.insert(id, device);
        state.deviceValues.insert(id,
            { { u"0"_s, n % 2 == 0 }, { u"1"_s, 20.5 + n % 7 }, { u"2"_s, n % 4 },
                { u"3"_s, u"设备 %1"_s.arg(n) } });
        if (n <= 2)
            state.deviceProperties.insert(id, { { u"room"_s, u"客厅"_s }, { u"floor"_s, n } });
    }
}

void seedProducts(SandboxState &state)
{
    const ProductSeed seeds[] = {
        { u"智能插座 Smart Plug", u"Wi-Fi 智能插座（已发布）", u"SP-100", 1, true, 30 },
        { u"空气净化器 Air Purifier", u"Air purifier with PM2.5 sensor", u"AP-200", 1, false, 15 },
        { u"门磁 Door Sensor", u"Zigbee door sensor", u"DS-300", 2, false, 5 },
    };
    int number = 0;
    for (const ProductSeed &p : seeds) {
        ++number;
        const QString pid = productId(number);
        state.products.insert(pid,
            { { u"id"_s, pid }, { u"name"_s, QString::fromUtf16(p.name) },
                { u"description"_s, QString::fromUtf16(p.description) },
                { u"link_type"_s, p.linkType }, { u"mode"_s, QString::fromUtf16(p.model) },
                { u"type"_s, 1 }, { u"is_release"_s, p.released },
                { u"is_registerable"_s, p.released }, { u"quota"_s, SandboxState::productQuota },
                { u"create_time"_s, at(50 + number) } });
        seedDatapoints(state, pid, p.released);
        seedFirmware(state, pid, number);
        seedDevices(state, pid, number, p.devices);
    }
}

void seedUsers(SandboxState &state)
{
    struct UserSeed
    {
        const char16_t *nickname;
        const char16_t *email;
        const char16_t *phone;
    };
    const UserSeed seeds[] = {
        { u"Demo User", demo::userEmail, u"13900000001" },
        { u"李雷", u"li.lei@example.com", u"13900000002" },
        { u"韩梅梅", u"han.meimei@example.com", u"13900000003" },
    };
    const QList<qint64> deviceIds = state.devices.keys();
    int n = 0;
    for (const UserSeed &u : seeds) {
        const qint64 id = state.takeId();
        state.users.insert(id,
            { { u"id"_s, id }, { u"nickname"_s, QString::fromUtf16(u.nickname) },
                { u"email"_s, QString::fromUtf16(u.email) },
                { u"phone"_s, QString::fromUtf16(u.phone) },
                { u"corp_id"_s, QString::fromUtf16(demo::corpId) }, { u"status"_s, 1 },
                { u"is_vaild"_s, true }, { u"region_id"_s, 0 }, { u"source"_s, 1 },
                { u"create_date"_s, at(3000 + n) } });
        const SandboxState::Account account { QString::fromUtf16(demo::userPassword),
            QString::number(id) };
        state.userAccounts.insert(QString::fromUtf16(u.email), account);
        state.userAccounts.insert(QString::fromUtf16(u.phone), account);
        state.subscriptions[id] = { deviceIds.at(n * 2), deviceIds.at(n * 2 + 1) };
        ++n;
    }
}

void seedAlarmsTablesShares(SandboxState &state)
{
    const QString pid = productId(1);
    const QJsonObject rules[] = {
        { { u"name"_s, u"温度过高"_s }, { u"content"_s, u"温度超过 60°C"_s },
            { u"param"_s, u"1"_s }, { u"compare"_s, 2 }, { u"value"_s, u"60"_s } },
        { { u"name"_s, u"Device offline"_s }, { u"content"_s, u"The device went offline"_s },
            { u"param"_s, u"online"_s }, { u"compare"_s, 1 }, { u"value"_s, u"0"_s } },
    };
    int minute = 4000;
    for (const QJsonObject &fields : rules) {
        const qint64 id = state.takeId();
        QJsonObject rule = SandboxState::newAlarmRule(pid);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            rule.insert(it.key(), it.value());
        rule.insert(u"id"_s, QString::number(id));
        rule.insert(u"notify_target"_s, QJsonArray { 2, 3 });
        rule.insert(u"create_time"_s, at(minute++));
        state.alarmRules.insert(id, rule);
    }

    // One upgrade task: firmware v1 to v2 of the released product.
    const QJsonObject from = state.firmware.value(pid).first();
    const QJsonObject to = state.firmware.value(pid).last();
    const qint64 taskId = state.takeId();
    state.upgradeTasks.insert(taskId,
        { { u"id"_s, QString::number(taskId) }, { u"product_id"_s, pid },
            { u"name"_s, u"v1 升级到 v2"_s }, { u"description"_s, u"Wi-Fi 模组例行升级"_s },
            { u"from_version"_s, from.value(u"version"_s) },
            { u"from_version_url"_s, from.value(u"file_url"_s) },
            { u"from_version_md5"_s, from.value(u"file_md5"_s) },
            { u"from_version_size"_s, from.value(u"file_size"_s) },
            { u"target_version"_s, to.value(u"version"_s) },
            { u"target_version_url"_s, to.value(u"file_url"_s) },
            { u"target_version_md5"_s, to.value(u"file_md5"_s) },
            { u"target_version_size"_s, to.value(u"file_size"_s) }, { u"type"_s, 1 },
            { u"identify"_s, 0 }, { u"task_type"_s, 0 }, { u"upgrade_count"_s, 3 },
            { u"status"_s, 1 }, { u"create_time"_s, at(minute++) } });

    const QString table = u"sensor_log"_s;
    state.tables.insert(table,
        { { u"name"_s, table }, { u"type"_s, 1 },
            { u"permission"_s,
                QJsonArray { u"create"_s, u"get"_s, u"find"_s, u"update"_s, u"delete"_s } },
            { u"field"_s,
                QJsonObject { { u"device_id"_s, u"int"_s }, { u"temperature"_s, u"float"_s },
                    { u"note"_s, u"string"_s } } },
            { u"create_time"_s, at(4100) } });
    const QList<qint64> deviceIds = state.devices.keys();
    for (int n = 0; n < 5; ++n) {
        const QString objectId = QString::fromLatin1(QCryptographicHash::hash(
            QByteArray("row-" + QByteArray::number(n)), QCryptographicHash::Md5)
                                                         .toHex()
                                                         .left(24));
        state.rows[table].insert(objectId,
            { { u"objectId"_s, objectId }, { u"device_id"_s, deviceIds.at(n) },
                { u"temperature"_s, 21.5 + n }, { u"note"_s, n == 0 ? u"首次记录"_s : u"ok"_s },
                { u"createAt"_s, at(4200 + n) }, { u"updateAt"_s, at(4200 + n) },
                { u"creator"_s, u"1001"_s } });
    }

    const qint64 firstUser = state.users.firstKey();
    const qint64 secondUser = state.users.keys().at(1);
    const char *states[] = { "pending", "accepted", "cancelled", "pending" };
    for (int n = 0; n < 4; ++n) {
        const QString code = u"5a1f5a1e0000000%1"_s.arg(n + 1);
        state.shares.insert(code,
            { { u"invite_code"_s, code }, { u"device_id"_s, deviceIds.at(n) },
                { u"from_id"_s, firstUser }, { u"user_id"_s, secondUser },
                { u"user"_s, u"li.lei@example.com"_s }, { u"mode"_s, u"app"_s },
                { u"authority"_s, u"RW"_s }, { u"expire"_s, 7200 },
                { u"state"_s, QString::fromLatin1(states[n]) },
                { u"create_date"_s, at(4300 + n) } });
    }

    for (int n = 0; n < 4; ++n) {
        const qint64 id = state.takeId();
        state.messages.insert(id,
            { { u"id"_s, id }, { u"type"_s, 1 + n % 2 },
                { u"title"_s, n % 2 ? u"设备告警"_s : u"System notice"_s },
                { u"content"_s, u"message %1"_s.arg(n + 1) }, { u"is_read"_s, n == 0 },
                { u"create_date"_s, at(4400 + n) } });
    }
}

} // namespace

SandboxState SandboxState::seeded()
{
    SandboxState state;
    seedEnterprise(state);
    seedProducts(state);
    seedUsers(state);
    seedAlarmsTablesShares(state);
    return state;
}

} // namespace xlink::sandbox
