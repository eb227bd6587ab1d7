#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace xlink::sandbox {

// Everything the sandbox knows, in memory for the life of the server. Resources are kept as the
// JSON objects the API returns, so what a write stores is exactly what a later read shows.
// Ordered maps keep list replies in a stable, creation order.
struct SandboxState
{
    struct Account
    {
        QString password;
        QString id; // member_id, or user_id as text
    };

    QJsonObject corp;
    QMap<QString, QJsonObject> members; // by member_id
    QHash<QString, Account> memberAccounts; // by email / phone
    QMap<QString, QJsonObject> accessKeys; // by id: {id, secret, name, create_time, status}

    QMap<QString, QJsonObject> products; // by product id
    QHash<QString, QMap<qint64, QJsonObject>> datapoints; // by product id, then datapoint id
    QHash<QString, QMap<qint64, QJsonObject>> firmware; // by product id, then firmware id
    QMap<qint64, QJsonObject> devices; // by device id; each carries product_id
    QHash<qint64, QJsonObject> deviceProperties; // extension properties by device id
    QHash<qint64, QJsonObject> deviceValues; // current datapoint values ("0": true, ...)

    QMap<qint64, QJsonObject> users; // by user id
    QHash<QString, Account> userAccounts; // by email / phone
    QHash<qint64, QSet<qint64>> subscriptions; // user id -> subscribed device ids
    int subscriptionVersion = 1; // changes with any user's subscriptions
    QMap<QString, QJsonObject> shares; // by invite_code

    QMap<qint64, QJsonObject> alarmRules; // by id
    QMap<QString, QJsonObject> tables; // by name
    QHash<QString, QMap<QString, QJsonObject>> rows; // by table name, then object_id
    QMap<qint64, QJsonObject> messages;
    QMap<qint64, QJsonObject> upgradeTasks;

    // Devices a product may have (the document's `quota`); the sandbox does not enforce it.
    static constexpr int productQuota = 10000;

    qint64 nextId = 1000; // one counter for every numeric id the sandbox issues

    // The deterministic demo data: the same on every start.
    static SandboxState seeded();

    qint64 takeId() { return ++nextId; }
    // A new alert rule of product `productId` with every field its document requires, set to
    // what a rule created without them has (no id and no create_time yet).
    static QJsonObject newAlarmRule(const QString &productId);
    // Marks a new device as created at `timestamp` by the demo enterprise's first member, with
    // the creation fields its document requires (create_time, creator_id, creator_type,
    // region_id); create_date is kept for earlier clients of the sandbox.
    static void setCreated(QJsonObject &device, const QString &timestamp);
    // The product with `productId`, or null.
    QJsonObject *product(const QString &productId);
    // The device `deviceId` of product `productId`, or null.
    QJsonObject *device(const QString &productId, qint64 deviceId);
};

} // namespace xlink::sandbox
