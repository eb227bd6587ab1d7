// The platform's endpoints with their body shapes and every documented error code, through real
// HTTP requests to an in-process sandbox.
#include "SandboxFixture.h"
#include "catalogue/ErrorCatalogue.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A resource id as text: the documents give some ids as strings (datapoints, firmware, alert
// rules, upgrade tasks) and others as numbers (devices, users).
QString idText(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

const QString timestampPattern = u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s;

} // namespace

class TestSandboxEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownPathIs4041001();
    void corpHasAHexIdAndCreationTime();
    void membersArePagedAndLookedUpById();
    void unknownMemberIs4041003();
    void negativeLimitIs4001001();
    void createdAccessKeyIsListedEnabledAndLogsIn();
    void disabledAccessKeyIs4001071UntilEnabledAgain();
    void accessKeyStatusOtherThan0Or1Is4001001();
    void deletedAccessKeyIs4041024AndLogsInNoMore();
    void productsAreListedInTheOrderCreated();
    void productWithBadLinkTypeOrNoNameIsRefused();
    void productWithoutTypeIsRefused();
    void productUpdateIsReadBackAndItsKeyReadable();
    void releasedProductCannotBeDeleted();
    void deletedDraftProductIs4041005();
    void datapointsHaveEveryDocumentedField();
    void datapointCreatedUpdatedAndDeleted();
    void datapointWithATakenIndexIs4001019();
    void datapointOfAnUnknownTypeIs4001018();
    void releasedProductsDatapointCannotBeDeleted();
    void firmwareCreatedListedAndDeleted();
    void deviceReadsBackAsListedAndActiveOneCannotBeDeleted();
    void deviceCreatedWithUpperCaseMacUpdatedAndDeleted();
    void deviceWithATakenOrBadMacIsRefused();
    void deviceOfAnotherOrUnknownProductIsNotFound();
    void deviceBatchCreatesEveryMac();
    void deviceBatchOfAnObjectOrOver2000MacsIs4001001();
    void devicePropertiesAnswerByTheirStateAndLimits();
    void commandToAnOnlineDeviceChangesItsValue();
    void commandToAnUnknownDatapointIs4041007();
    void commandToAnOfflineDeviceIs4001054();
    void onlineDeviceIsProbedAndHasPagedSnapshots();
    void alarmRulesAreListedPerProductOnly();
    void alarmRuleCreatedReadAndDeleted();
    void alarmRuleWithATakenNameIs4001043();
    void alarmRuleWithAnUnknownComparisonIs4001001();
    void upgradeTaskCreatedListedAndStarted();
    void statusOfAnUnknownUpgradeTaskIs4041013();
    void corpMessagesArePaged();
    void dataTableCreatedNeedsItsType();
    void dataRowCreatedReadUpdatedQueriedAndDeleted();
    void dataRowOfAnUnknownTableIs4041016();
    void usersAreListedAndLookedUpById();
    void unknownOrNonNumericUserIs4041011();
    void userStatusSetIsReadBack();
    void userSubscriptionsComeWithAVersion();
    void onlyTheAppUserUnsubscribesAndOnlyOnce();
    void shareInvitesAnswerByTheirState();
    void statisticsSummaryCountsDevicesAndUsers();
    void lessCommonCodesWithCatalogueMessages();
};

void TestSandboxEndpoints::unknownPathIs4041001()
{
    SandboxFixture sandbox;
    for (const QString &path : { u"/v2/nothing"_s, u"/v3/corp"_s, u"/"_s, u"/v2/corp/extra/x"_s }) {
        const HttpResult result = sandbox.get(path);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.errorCode(), 4041001);
        QCOMPARE(
            result.object().value(u"error").toObject().value(u"msg").toString(), u"URL找不到"_s);
    }
    // A known path with a method it does not take.
    QCOMPARE(sandbox.del(u"/v2/corp"_s).errorCode(), 4041001);
    // Without a token too: the path is unknown before the token is looked at.
    QCOMPARE(sandbox.client().get(u"/v2/nothing"_s).errorCode(), 4041001);
}

void TestSandboxEndpoints::corpHasAHexIdAndCreationTime()
{
    SandboxFixture sandbox;
    const QJsonObject corp = sandbox.get(u"/v2/corp"_s).object();
    QVERIFY(matches(u"^[0-9a-f]{16}$"_s, corp.value(u"id").toString()));
    QVERIFY(matches(timestampPattern, corp.value(u"create_time").toString()));
}

void TestSandboxEndpoints::membersArePagedAndLookedUpById()
{
    SandboxFixture sandbox;
    const HttpResult members = sandbox.get(u"/v2/corp/members?offset=1&limit=1"_s);
    QCOMPARE(members.status, 200);
    QCOMPARE(members.object().value(u"count").toInt(), 3);
    QCOMPARE(members.object().value(u"list").toArray().size(), 1);
    const QString memberId
        = members.object().value(u"list").toArray().at(0).toObject().value(u"id").toString();
    QVERIFY(!memberId.isEmpty());
    QCOMPARE(
        sandbox.get(u"/v2/corp/member/"_s + memberId).object().value(u"id").toString(), memberId);
}

void TestSandboxEndpoints::unknownMemberIs4041003()
{
    SandboxFixture sandbox;
    const HttpResult missing = sandbox.get(u"/v2/corp/member/999999"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), 4041003);
}

void TestSandboxEndpoints::negativeLimitIs4001001()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox.get(u"/v2/corp/members?limit=-1"_s).errorCode(), 4001001);
}

namespace {

// Creates an access key; its id and secret log in through /v2/accesskey_auth.
QJsonObject createAccessKey(SandboxFixture &sandbox)
{
    const HttpResult created = sandbox.post(u"/v2/accesskey"_s, { { u"name"_s, u"ci-bot"_s } });
    if (created.status != 200)
        return {};
    return { { u"id"_s, created.object().value(u"id") },
        { u"secret"_s, created.object().value(u"secret") },
        { u"status"_s, created.object().value(u"status") } };
}

HttpResult setAccessKeyStatus(SandboxFixture &sandbox, const QString &id, int status)
{
    return sandbox.client().send("PUT",
        u"/v2/accesskey/"_s + id + u"/status/"_s + QString::number(status), {},
        { { "Access-Token"_ba, sandbox.token().toLatin1() } });
}

// The key's status as /v2/accesskeys lists it; -1 when it is not listed.
int listedAccessKeyStatus(SandboxFixture &sandbox, const QString &id)
{
    for (const QJsonValue &key :
        sandbox.get(u"/v2/accesskeys"_s).object().value(u"list").toArray()) {
        if (key.toObject().value(u"id").toString() == id)
            return key.toObject().value(u"status").toInt();
    }
    return -1;
}

} // namespace

void TestSandboxEndpoints::createdAccessKeyIsListedEnabledAndLogsIn()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox.get(u"/v2/accesskeys"_s).object().value(u"list").toArray().size(), 1);
    const QJsonObject key = createAccessKey(sandbox);
    QVERIFY(!key.isEmpty());
    QCOMPARE(key.value(u"status").toInt(), 1);
    QCOMPARE(sandbox.get(u"/v2/accesskeys"_s).object().value(u"list").toArray().size(), 2);
    QCOMPARE(listedAccessKeyStatus(sandbox, key.value(u"id").toString()), 1);
    QJsonObject credentials = key;
    credentials.remove(u"status"_s);
    QCOMPARE(sandbox.client().post(u"/v2/accesskey_auth"_s, credentials).status, 200);
}

void TestSandboxEndpoints::disabledAccessKeyIs4001071UntilEnabledAgain()
{
    SandboxFixture sandbox;
    QJsonObject credentials = createAccessKey(sandbox);
    QVERIFY(!credentials.isEmpty());
    credentials.remove(u"status"_s);
    const QString id = credentials.value(u"id").toString();

    const HttpResult disabled = setAccessKeyStatus(sandbox, id, 0);
    QCOMPARE(disabled.status, 200);
    // The key as it now is, as the document answers.
    QCOMPARE(disabled.object().value(u"status"_s).toInt(), 0);
    QCOMPARE(disabled.object().value(u"id"_s).toString(), id);
    QCOMPARE(listedAccessKeyStatus(sandbox, id), 0);
    QCOMPARE(sandbox.client().post(u"/v2/accesskey_auth"_s, credentials).errorCode(), 4001071);

    const HttpResult enabled = setAccessKeyStatus(sandbox, id, 1);
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.object().value(u"status"_s).toInt(), 1);
    QCOMPARE(listedAccessKeyStatus(sandbox, id), 1);
    QCOMPARE(sandbox.client().post(u"/v2/accesskey_auth"_s, credentials).status, 200);
}

void TestSandboxEndpoints::accessKeyStatusOtherThan0Or1Is4001001()
{
    SandboxFixture sandbox;
    const QJsonObject key = createAccessKey(sandbox);
    QVERIFY(!key.isEmpty());
    const HttpResult badStatus = setAccessKeyStatus(sandbox, key.value(u"id").toString(), 2);
    QCOMPARE(badStatus.status, 400);
    QCOMPARE(badStatus.errorCode(), 4001001);
    QCOMPARE(listedAccessKeyStatus(sandbox, key.value(u"id").toString()), 1);
}

void TestSandboxEndpoints::deletedAccessKeyIs4041024AndLogsInNoMore()
{
    SandboxFixture sandbox;
    QJsonObject credentials = createAccessKey(sandbox);
    QVERIFY(!credentials.isEmpty());
    credentials.remove(u"status"_s);
    const QString id = credentials.value(u"id").toString();
    const HttpResult deleted = sandbox.del(u"/v2/accesskey/"_s + id);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(listedAccessKeyStatus(sandbox, id), -1);
    QCOMPARE(sandbox.del(u"/v2/accesskey/"_s + id).errorCode(), 4041024);
    QCOMPARE(sandbox.client().post(u"/v2/accesskey_auth"_s, credentials).errorCode(), 4001072);
}

void TestSandboxEndpoints::productsAreListedInTheOrderCreated()
{
    SandboxFixture sandbox;
    const HttpResult listed = sandbox.get(u"/v2/products"_s);
    QVERIFY(listed.json().isArray());
    QCOMPARE(listed.json().array().size(), 3);
    const QString released = sandbox.productId(true);
    QVERIFY(matches(u"^[0-9a-f]{32}$"_s, released));

    const HttpResult created = sandbox.post(u"/v2/product"_s,
        { { u"name"_s, u"温湿度计 Hygrometer"_s }, { u"description"_s, u"BLE"_s },
            { u"link_type"_s, 3 }, { u"mode"_s, u"HG-1"_s }, { u"type"_s, 1 } });
    QCOMPARE(created.status, 200);
    const QString pid = created.object().value(u"id").toString();
    QVERIFY(matches(u"^[0-9a-f]{32}$"_s, pid));
    const QJsonArray afterCreate = sandbox.get(u"/v2/products"_s).json().array();
    QCOMPARE(afterCreate.size(), 4);
    // The new one last.
    QCOMPARE(afterCreate.at(3).toObject().value(u"id").toString(), pid);
    QCOMPARE(afterCreate.at(0).toObject().value(u"id").toString(), released);
}

void TestSandboxEndpoints::productWithBadLinkTypeOrNoNameIsRefused()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox.post(u"/v2/product"_s, { { u"name"_s, u"x"_s }, { u"link_type"_s, 9 } })
                 .errorCode(),
        4001015);
    QCOMPARE(sandbox.post(u"/v2/product"_s, { { u"link_type"_s, 1 } }).errorCode(), 4001002);
    QCOMPARE(sandbox.get(u"/v2/products"_s).json().array().size(), 3);
}

void TestSandboxEndpoints::productWithoutTypeIsRefused()
{
    // POST /v2/product: "type | 是 | 产品类型" (the management API document): a required field
    // missing is 4001002, and nothing is created.
    SandboxFixture sandbox;
    const HttpResult refused = sandbox.post(u"/v2/product"_s,
        { { u"name"_s, u"lamp"_s }, { u"description"_s, u"d"_s }, { u"link_type"_s, 1 } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), 4001002);
    QCOMPARE(sandbox.get(u"/v2/products"_s).json().array().size(), 3);

    const HttpResult created = sandbox.post(u"/v2/product"_s,
        { { u"name"_s, u"lamp"_s }, { u"description"_s, u"d"_s }, { u"link_type"_s, 1 },
            { u"type"_s, 2 } });
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"type"_s).toInt(), 2);
}

void TestSandboxEndpoints::productUpdateIsReadBackAndItsKeyReadable()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(false);
    QCOMPARE(sandbox.put(u"/v2/product/"_s + pid, { { u"name"_s, u"Renamed"_s } }).status, 200);
    QCOMPARE(sandbox.get(u"/v2/product/"_s + pid).object().value(u"name").toString(), u"Renamed"_s);
    QVERIFY(!sandbox.get(u"/v2/product/"_s + pid + u"/key"_s)
                 .object()
                 .value(u"key")
                 .toString()
                 .isEmpty());
}

void TestSandboxEndpoints::releasedProductCannotBeDeleted()
{
    SandboxFixture sandbox;
    const QString released = sandbox.productId(true);
    const HttpResult refused = sandbox.del(u"/v2/product/"_s + released);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), 4001016);
    QCOMPARE(sandbox.get(u"/v2/product/"_s + released).status, 200);
}

void TestSandboxEndpoints::deletedDraftProductIs4041005()
{
    SandboxFixture sandbox;
    const QString draft = sandbox.productId(false);
    const HttpResult deleted = sandbox.del(u"/v2/product/"_s + draft);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    const HttpResult gone = sandbox.get(u"/v2/product/"_s + draft);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), 4041005);
}

void TestSandboxEndpoints::datapointsHaveEveryDocumentedField()
{
    SandboxFixture sandbox;
    const HttpResult listed
        = sandbox.get(u"/v2/product/"_s + sandbox.productId(false) + u"/datapoints"_s);
    QVERIFY(listed.json().isArray());
    QVERIFY(!listed.json().array().isEmpty());
    const QJsonObject first = listed.json().array().at(0).toObject();
    for (const QString &key :
        { u"id"_s, u"name"_s, u"type"_s, u"index"_s, u"description"_s, u"symbol"_s, u"is_collect"_s,
            u"min"_s, u"max"_s, u"is_read"_s, u"is_write"_s, u"default_value"_s, u"source"_s })
        QVERIFY2(first.contains(key), qPrintable(key));
}

namespace {

const QJsonObject humidity { { u"name"_s, u"湿度"_s }, { u"type"_s, 2 }, { u"index"_s, 9 },
    { u"description"_s, u"humidity"_s }, { u"is_read"_s, true }, { u"is_write"_s, false },
    { u"source"_s, 1 } };

} // namespace

void TestSandboxEndpoints::datapointCreatedUpdatedAndDeleted()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    const qsizetype before = sandbox.get(base + u"/datapoints"_s).json().array().size();
    const HttpResult created = sandbox.post(base + u"/datapoint"_s, humidity);
    QCOMPARE(created.status, 200);
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(sandbox.get(base + u"/datapoints"_s).json().array().size(), before + 1);
    QCOMPARE(sandbox.put(base + u"/datapoint/"_s + id, { { u"name"_s, u"rh"_s } })
                 .object()
                 .value(u"name")
                 .toString(),
        u"rh"_s);
    QVERIFY(sandbox.del(base + u"/datapoint/"_s + id).body.isEmpty());
    QCOMPARE(sandbox.get(base + u"/datapoints"_s).json().array().size(), before);
    QCOMPARE(sandbox.del(base + u"/datapoint/"_s + id).errorCode(), 4041007);
}

void TestSandboxEndpoints::datapointWithATakenIndexIs4001019()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    QCOMPARE(sandbox.post(base + u"/datapoint"_s, humidity).status, 200);
    QCOMPARE(sandbox.post(base + u"/datapoint"_s, humidity).errorCode(), 4001019);
}

void TestSandboxEndpoints::datapointOfAnUnknownTypeIs4001018()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    QJsonObject badType = humidity;
    badType.insert(u"type"_s, 42);
    QCOMPARE(sandbox.post(base + u"/datapoint"_s, badType).errorCode(), 4001018);
    const HttpResult created = sandbox.post(base + u"/datapoint"_s, humidity);
    QCOMPARE(created.status, 200);
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(sandbox.put(base + u"/datapoint/"_s + id, { { u"type"_s, 0 } }).errorCode(), 4001018);
}

void TestSandboxEndpoints::releasedProductsDatapointCannotBeDeleted()
{
    SandboxFixture sandbox;
    const QString releasedBase = u"/v2/product/"_s + sandbox.productId(true);
    const QString releasedId = sandbox.get(releasedBase + u"/datapoints"_s)
                                   .json()
                                   .array()
                                   .at(0)
                                   .toObject()
                                   .value(u"id")
                                   .toString();
    QVERIFY(!releasedId.isEmpty());
    QCOMPARE(sandbox.del(releasedBase + u"/datapoint/"_s + releasedId).errorCode(), 4001020);
}

void TestSandboxEndpoints::firmwareCreatedListedAndDeleted()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    // A bare array, as the document answers.
    const HttpResult listed = sandbox.get(base + u"/firmwares"_s);
    QCOMPARE(listed.json().array().size(), 2);
    const QJsonObject firmware { { u"mod"_s, u"wifi-main"_s }, { u"version"_s, 7 },
        { u"file_url"_s, u"https://example.com/fw7.bin"_s },
        { u"file_md5"_s, u"0123456789abcdef0123456789abcdef"_s }, { u"file_size"_s, 1024 },
        { u"description"_s, u"修复"_s }, { u"is_release"_s, false }, { u"type"_s, 1 },
        { u"identify"_s, 0 } };
    const HttpResult created = sandbox.post(base + u"/firmware"_s, firmware);
    QCOMPARE(created.status, 200);
    // The same module and version again.
    QCOMPARE(sandbox.post(base + u"/firmware"_s, firmware).errorCode(), 4001017);
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(sandbox.get(base + u"/firmwares"_s).json().array().size(), 3);
    QVERIFY(sandbox.del(base + u"/firmware/"_s + id).body.isEmpty());
    QCOMPARE(sandbox.del(base + u"/firmware/"_s + id).errorCode(), 4041006);
}

void TestSandboxEndpoints::deviceReadsBackAsListedAndActiveOneCannotBeDeleted()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(true);
    const QString base = u"/v2/product/"_s + pid;
    const QJsonObject active = sandbox.deviceWhere(pid, u"is_active"_s, true);
    QVERIFY(active.value(u"id").isDouble());
    QVERIFY(matches(timestampPattern, active.value(u"active_date").toString()));
    const QString activeId = idText(active.value(u"id"));
    QCOMPARE(sandbox.get(base + u"/device/"_s + activeId).object(), active);
    QCOMPARE(sandbox.del(base + u"/device/"_s + activeId).errorCode(), 4001022);
}

void TestSandboxEndpoints::deviceCreatedWithUpperCaseMacUpdatedAndDeleted()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(true);
    const HttpResult created = sandbox.post(base + u"/device"_s,
        { { u"mac"_s, u"a1b2c3d4e5f6"_s }, { u"sn"_s, u"SN-1"_s }, { u"name"_s, u"阳台插座 🔌"_s },
            { u"tags"_s, QJsonArray { u"new"_s } } });
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"mac").toString(), u"A1B2C3D4E5F6"_s);
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(sandbox.put(base + u"/device/"_s + id, { { u"name"_s, u"Balcony"_s } })
                 .object()
                 .value(u"name")
                 .toString(),
        u"Balcony"_s);
    QCOMPARE(
        sandbox.get(base + u"/device/"_s + id).object().value(u"name").toString(), u"Balcony"_s);
    const HttpResult deleted = sandbox.del(base + u"/device/"_s + id);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    const HttpResult missing = sandbox.get(base + u"/device/"_s + id);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), 4041008);
}

void TestSandboxEndpoints::deviceWithATakenOrBadMacIsRefused()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(true);
    QCOMPARE(sandbox.post(base + u"/device"_s, { { u"mac"_s, u"a1b2c3d4e5f6"_s } }).status, 200);
    // Taken whatever its case.
    QCOMPARE(sandbox.post(base + u"/device"_s, { { u"mac"_s, u"A1B2C3D4E5F6"_s } }).errorCode(),
        4001021);
    QCOMPARE(
        sandbox.post(base + u"/device"_s, { { u"mac"_s, u"not a mac"_s } }).errorCode(), 4001001);
}

void TestSandboxEndpoints::deviceOfAnotherOrUnknownProductIsNotFound()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(true);
    const QJsonObject other = sandbox.deviceWhere(sandbox.productId(false), u"is_active"_s, true);
    QCOMPARE(sandbox.get(base + u"/device/"_s + idText(other.value(u"id"))).errorCode(), 4041008);
    QCOMPARE(sandbox.get(u"/v2/product/00000000000000000000000000000000/device/1"_s).errorCode(),
        4041005);
}

void TestSandboxEndpoints::deviceBatchCreatesEveryMac()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    const HttpResult created
        = sandbox.postRaw(base + u"/device_batch"_s, R"(["0011223344A0","0011223344A1"])"_ba);
    QCOMPARE(created.status, 200);
    // Each new device's id and MAC address, as the document answers.
    const QJsonArray devices = created.object().value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(1).toObject().value(u"mac"_s).toString(), u"0011223344A1"_s);
    QVERIFY(devices.at(0).toObject().value(u"id"_s).toInteger() > 0);
    // Each is there: a second batch with one of them is refused.
    QCOMPARE(
        sandbox.postRaw(base + u"/device_batch"_s, R"(["0011223344A0"])"_ba).errorCode(), 4001021);
}

void TestSandboxEndpoints::deviceBatchOfAnObjectOrOver2000MacsIs4001001()
{
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    QCOMPARE(sandbox.postRaw(base + u"/device_batch"_s, R"({"mac":"00"})"_ba).errorCode(), 4001001);
    QByteArray tooMany = "[";
    for (int i = 0; i < 2001; ++i)
        tooMany += (i ? ",\"" : "\"") + QByteArray::number(0x100000 + i, 16) + '"';
    tooMany += ']';
    QCOMPARE(sandbox.postRaw(base + u"/device_batch"_s, tooMany).errorCode(), 4001001);
}

void TestSandboxEndpoints::devicePropertiesAnswerByTheirStateAndLimits()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(false);
    const QJsonObject device = sandbox.deviceWhere(pid, u"is_active"_s, false);
    const QString path
        = u"/v2/product/"_s + pid + u"/device/"_s + idText(device.value(u"id")) + u"/property"_s;
    // None yet: not found, and nothing to update.
    QCOMPARE(sandbox.get(path).errorCode(), 4041009);
    QCOMPARE(sandbox.put(path, { { u"room"_s, u"厨房"_s } }).errorCode(), 4001026);
    // A reserved name, a name with characters a property may not have.
    QCOMPARE(sandbox.post(path, { { u"mac"_s, u"x"_s } }).errorCode(), 4001023);
    QCOMPARE(sandbox.post(path, { { u"bad key!"_s, 1 } }).errorCode(), 4001027);
    // Created once, then only updated; deleted once.
    QCOMPARE(sandbox.post(path, { { u"room"_s, u"厨房"_s } }).status, 200);
    QCOMPARE(sandbox.get(path).object().value(u"room").toString(), u"厨房"_s);
    // Ten more would be more than a device may have.
    QJsonObject many;
    for (int i = 0; i < 10; ++i)
        many.insert(u"k"_s + QString::number(i), i);
    QCOMPARE(sandbox.post(path, many).errorCode(), 4001024);
    QCOMPARE(sandbox.post(path, { { u"room"_s, u"卧室"_s } }).errorCode(), 4001025);
    QCOMPARE(sandbox.put(path, { { u"room"_s, u"卧室"_s } }).object().value(u"room").toString(),
        u"卧室"_s);
    QVERIFY(sandbox.del(path + u"/room"_s).body.isEmpty());
    QCOMPARE(sandbox.del(path + u"/room"_s).errorCode(), 4041009);
}

namespace {

HttpResult sendCommand(
    SandboxFixture &sandbox, const QString &did, int index, const QJsonValue &value)
{
    return sandbox.post(u"/v2/device/command/"_s + did + u"/datapoint"_s,
        { { u"source"_s, 3 }, { u"write_back"_s, true },
            { u"command"_s,
                QJsonArray { QJsonObject { { u"index"_s, index }, { u"value"_s, value } } } } });
}

} // namespace

void TestSandboxEndpoints::commandToAnOnlineDeviceChangesItsValue()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(true);
    const QJsonObject online = sandbox.deviceWhere(pid, u"is_online"_s, true);
    const QString did = idText(online.value(u"id"));
    const QString valuesPath = u"/v2/product/"_s + pid + u"/v_device/"_s + did;
    const QJsonObject values = sandbox.get(valuesPath).object();
    QVERIFY(values.contains(u"0"));
    QCOMPARE(values.value(u"online").toBool(), true);

    const bool flipped = !values.value(u"0").toBool();
    const HttpResult command = sendCommand(sandbox, did, 0, flipped);
    QCOMPARE(command.status, 200);
    QVERIFY(command.body.isEmpty());
    QCOMPARE(sandbox.get(valuesPath).object().value(u"0").toBool(), flipped);
    const QJsonObject status = sandbox
                                   .post(u"/v2/device/command/"_s + did + u"/datapoint/status"_s,
                                       { { u"filter"_s, QJsonArray { u"online"_s, u"0"_s } } })
                                   .object();
    QCOMPARE(status.value(u"current"_s).toObject().keys(), (QStringList { u"0"_s, u"online"_s }));
    // Written at once: the target list holds each datapoint's value, synchronised (4).
    const QJsonArray targets = status.value(u"target_list"_s).toArray();
    const auto target = std::find_if(targets.begin(), targets.end(),
        [](const QJsonValue &t) { return t.toObject().value(u"index"_s).toInt() == 0; });
    QVERIFY(target != targets.end());
    QCOMPARE(
        target->toObject().value(u"target"_s), status.value(u"current"_s).toObject().value(u"0"_s));
    QCOMPARE(target->toObject().value(u"status"_s).toInt(), 4);
    QCOMPARE(status.value(u"current"_s).toObject().value(u"0").toBool(), flipped);
}

void TestSandboxEndpoints::commandToAnUnknownDatapointIs4041007()
{
    SandboxFixture sandbox;
    const QJsonObject online = sandbox.deviceWhere(sandbox.productId(true), u"is_online"_s, true);
    QCOMPARE(sendCommand(sandbox, idText(online.value(u"id")), 99, 1).errorCode(), 4041007);
}

void TestSandboxEndpoints::commandToAnOfflineDeviceIs4001054()
{
    SandboxFixture sandbox;
    const QJsonObject offline = sandbox.deviceWhere(sandbox.productId(true), u"is_online"_s, false);
    QCOMPARE(sendCommand(sandbox, idText(offline.value(u"id")), 0, true).errorCode(), 4001054);
}

void TestSandboxEndpoints::onlineDeviceIsProbedAndHasPagedSnapshots()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(true);
    const QJsonObject online = sandbox.deviceWhere(pid, u"is_online"_s, true);
    const QString did = idText(online.value(u"id"));
    QCOMPARE(sandbox.get(u"/v2/diagnosis/device/probe/"_s + did).object().value(u"online").toBool(),
        true);
    const HttpResult snapshots = sandbox.post(
        u"/v2/product/"_s + pid + u"/device/"_s + did + u"/snapshot"_s, { { u"limit"_s, 5 } });
    QCOMPARE(snapshots.object().value(u"count").toInt(), 24);
    QCOMPARE(snapshots.object().value(u"list").toArray().size(), 5);
}

namespace {

QJsonObject lowHumidityRule(const QString &pid)
{
    return { { u"product_id"_s, pid }, { u"name"_s, u"湿度过低"_s },
        { u"content"_s, u"低于 20%"_s }, { u"type"_s, 1 }, { u"notify_type"_s, 2 },
        { u"notify_target"_s, QJsonArray { 1, 2 } }, { u"is_enable"_s, true },
        { u"param"_s, u"2"_s }, { u"compare"_s, 3 }, { u"value"_s, u"20"_s }, { u"scope"_s, 1 } };
}

} // namespace

void TestSandboxEndpoints::alarmRulesAreListedPerProductOnly()
{
    SandboxFixture sandbox;
    const HttpResult listed
        = sandbox.get(u"/v2/alert/rules?product_id="_s + sandbox.productId(true));
    QVERIFY(listed.json().isArray());
    QCOMPARE(listed.json().array().size(), 2);
    QCOMPARE(sandbox.get(u"/v2/alert/rules"_s).errorCode(), 4001002);
}

void TestSandboxEndpoints::alarmRuleCreatedReadAndDeleted()
{
    SandboxFixture sandbox;
    const HttpResult created
        = sandbox.post(u"/v2/alert/rule"_s, lowHumidityRule(sandbox.productId(true)));
    QCOMPARE(created.status, 200);
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(
        sandbox.get(u"/v2/alert/rule/"_s + id).object().value(u"name").toString(), u"湿度过低"_s);
    QVERIFY(sandbox.del(u"/v2/alert/rule/"_s + id).body.isEmpty());
    const HttpResult missing = sandbox.get(u"/v2/alert/rule/"_s + id);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), 4041015);
}

void TestSandboxEndpoints::alarmRuleWithATakenNameIs4001043()
{
    SandboxFixture sandbox;
    const QJsonObject rule = lowHumidityRule(sandbox.productId(true));
    const HttpResult created = sandbox.post(u"/v2/alert/rule"_s, rule);
    QCOMPARE(created.status, 200);
    QCOMPARE(sandbox.post(u"/v2/alert/rule"_s, rule).errorCode(), 4001043);
    // Renaming to a name another rule has ("温度过高" is seeded).
    const QString id = idText(created.object().value(u"id"));
    QCOMPARE(sandbox.put(u"/v2/alert/rule/"_s + id, { { u"name"_s, u"温度过高"_s } }).errorCode(),
        4001043);
}

void TestSandboxEndpoints::alarmRuleWithAnUnknownComparisonIs4001001()
{
    SandboxFixture sandbox;
    QJsonObject badCompare = lowHumidityRule(sandbox.productId(true));
    badCompare.insert(u"compare"_s, 7);
    QCOMPARE(sandbox.post(u"/v2/alert/rule"_s, badCompare).errorCode(), 4001001);
}

void TestSandboxEndpoints::upgradeTaskCreatedListedAndStarted()
{
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(true);
    // The demo data already upgrades v1; this task takes v2 on.
    const QJsonObject task { { u"product_id"_s, pid }, { u"name"_s, u"v2 to v3"_s },
        { u"from_version"_s, 2 }, { u"target_version"_s, 3 } };
    const HttpResult created = sandbox.post(u"/v2/upgrade/firmware/task"_s, task);
    QCOMPARE(created.status, 200);
    QCOMPARE(
        sandbox.get(u"/v2/upgrade/firmware/tasks?product_id="_s + pid).json().array().size(), 2);
    QVERIFY(
        sandbox
            .post(u"/v2/upgrade/firmware/task/status"_s,
                { { u"product_id"_s, pid }, { u"upgrade_task_id"_s, created.object().value(u"id") },
                    { u"status"_s, 1 } })
            .body.isEmpty());
    // The same task again.
    QCOMPARE(sandbox.post(u"/v2/upgrade/firmware/task"_s, task).errorCode(), 4001035);
}

void TestSandboxEndpoints::statusOfAnUnknownUpgradeTaskIs4041013()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox
                 .post(u"/v2/upgrade/firmware/task/status"_s,
                     { { u"product_id"_s, sandbox.productId(true) },
                         { u"upgrade_task_id"_s, u"1"_s }, { u"status"_s, 1 } })
                 .errorCode(),
        4041013);
    // A task id is a string in the document: a number is a field of the wrong type.
    QCOMPARE(sandbox
                 .post(u"/v2/upgrade/firmware/task/status"_s,
                     { { u"product_id"_s, sandbox.productId(true) }, { u"upgrade_task_id"_s, 1 },
                         { u"status"_s, 1 } })
                 .errorCode(),
        4001001);
}

void TestSandboxEndpoints::corpMessagesArePaged()
{
    SandboxFixture sandbox;
    const HttpResult messages = sandbox.post(u"/v2/corp/messages"_s, { { u"limit"_s, 2 } });
    QCOMPARE(messages.object().value(u"count").toInt(), 4);
    QCOMPARE(messages.object().value(u"list").toArray().size(), 2);
}

void TestSandboxEndpoints::dataTableCreatedNeedsItsType()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.get(u"/v2/tables"_s).json().isArray());
    QCOMPARE(sandbox.post(u"/v2/table"_s, { { u"name"_s, u"sensor_log"_s } }).errorCode(), 4001045);
    QCOMPARE(sandbox
                 .post(u"/v2/table"_s,
                     { { u"name"_s, u"readings"_s }, { u"type"_s, 1 },
                         { u"permission"_s, QJsonArray { u"get"_s, u"find"_s } },
                         { u"field"_s, QJsonObject { { u"v"_s, u"int"_s } } } })
                 .status,
        200);
    QCOMPARE(sandbox.get(u"/v2/tables"_s).json().array().size(), 2);
}

void TestSandboxEndpoints::dataRowCreatedReadUpdatedQueriedAndDeleted()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox
                 .post(u"/v2/table"_s,
                     { { u"name"_s, u"readings"_s }, { u"type"_s, 1 },
                         { u"permission"_s, QJsonArray { u"get"_s, u"find"_s } },
                         { u"field"_s, QJsonObject { { u"v"_s, u"int"_s } } } })
                 .status,
        200);
    const HttpResult row
        = sandbox.post(u"/v2/data/readings"_s, { { u"v"_s, 1 }, { u"备注"_s, u"中文"_s } });
    QCOMPARE(row.status, 200);
    const QString objectId = row.object().value(u"objectId").toString();
    QVERIFY(!objectId.isEmpty());
    QCOMPARE(sandbox.get(u"/v2/data/readings/"_s + objectId).object().value(u"备注").toString(),
        u"中文"_s);
    QCOMPARE(sandbox.put(u"/v2/data/readings/"_s + objectId, { { u"v"_s, 2 } })
                 .object()
                 .value(u"v")
                 .toInt(),
        2);
    const HttpResult queried
        = sandbox.post(u"/v2/datas/readings"_s, { { u"query"_s, QJsonObject { { u"v"_s, 2 } } } });
    QCOMPARE(queried.object().value(u"count").toInt(), 1);
    QVERIFY(sandbox.del(u"/v2/data/readings/"_s + objectId).body.isEmpty());
    const HttpResult missingRow = sandbox.get(u"/v2/data/readings/"_s + objectId);
    QCOMPARE(missingRow.status, 404);
    QCOMPARE(missingRow.errorCode(), 4041017);
}

void TestSandboxEndpoints::dataRowOfAnUnknownTableIs4041016()
{
    SandboxFixture sandbox;
    const HttpResult missingTable = sandbox.post(u"/v2/data/nope"_s, { { u"v"_s, 1 } });
    QCOMPARE(missingTable.status, 404);
    QCOMPARE(missingTable.errorCode(), 4041016);
}

void TestSandboxEndpoints::usersAreListedAndLookedUpById()
{
    SandboxFixture sandbox;
    const HttpResult listed = sandbox.post(u"/v2/users"_s, {});
    QCOMPARE(listed.object().value(u"count").toInt(), 3);
    const QJsonObject user = listed.object().value(u"list").toArray().at(0).toObject();
    const QString uid = idText(user.value(u"id"));
    QCOMPARE(sandbox.get(u"/v2/user/"_s + uid).object().value(u"email").toString(),
        user.value(u"email").toString());
}

void TestSandboxEndpoints::unknownOrNonNumericUserIs4041011()
{
    SandboxFixture sandbox;
    for (const QString &missing : { u"/v2/user/999999999"_s, u"/v2/user/abc"_s }) {
        const HttpResult result = sandbox.get(missing);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.errorCode(), 4041011);
    }
}

namespace {

QString firstUserId(SandboxFixture &sandbox)
{
    return QString::number(sandbox.post(u"/v2/users"_s, {})
                               .object()
                               .value(u"list")
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"id")
                               .toInteger());
}

} // namespace

void TestSandboxEndpoints::userStatusSetIsReadBack()
{
    SandboxFixture sandbox;
    const QString uid = firstUserId(sandbox);
    QVERIFY(sandbox.client()
                .send("PUT", u"/v2/user/"_s + uid + u"/status/2"_s, {},
                    { { "Access-Token"_ba, sandbox.token().toLatin1() } })
                .body.isEmpty());
    // The documented values: 1 normal, 2 disabled.
    QCOMPARE(sandbox.get(u"/v2/user/"_s + uid).object().value(u"status").toInt(), 2);
}

void TestSandboxEndpoints::userSubscriptionsComeWithAVersion()
{
    SandboxFixture sandbox;
    const QString uid = firstUserId(sandbox);
    // {version, list}, as the app-side document answers.
    const QJsonObject subscriptions
        = sandbox.get(u"/v2/user/"_s + uid + u"/subscribe/devices"_s).object();
    QVERIFY(subscriptions.value(u"version"_s).isDouble());
    QCOMPARE(subscriptions.value(u"list"_s).toArray().size(), 2);
}

void TestSandboxEndpoints::onlyTheAppUserUnsubscribesAndOnlyOnce()
{
    SandboxFixture sandbox;
    const QString uid = firstUserId(sandbox);
    const QJsonArray subscribed = sandbox.get(u"/v2/user/"_s + uid + u"/subscribe/devices"_s)
                                      .object()
                                      .value(u"list"_s)
                                      .toArray();
    QVERIFY(!subscribed.isEmpty());
    const QJsonObject unsubscribe { { u"device_id"_s, subscribed.at(0).toObject().value(u"id") } };
    const QString unsubscribePath = u"/v2/user/"_s + uid + u"/unsubscribe"_s;
    // The app-side document allows unsubscribing to the app user only.
    QCOMPARE(sandbox.post(unsubscribePath, unsubscribe).errorCode(), 4031001);
    const QString userToken = sandbox.client().userToken();
    QVERIFY(sandbox.client().post(unsubscribePath, unsubscribe, userToken).body.isEmpty());
    QCOMPARE(sandbox.client().post(unsubscribePath, unsubscribe, userToken).errorCode(), 4001034);
}

void TestSandboxEndpoints::shareInvitesAnswerByTheirState()
{
    SandboxFixture sandbox;
    // Sharing is the app user's (app-side document): an enterprise token may not.
    const QString userToken = sandbox.client().userToken();
    const auto answer = [&sandbox, &userToken](const QString &action, const QString &code) {
        return sandbox.client().post(
            u"/v2/share/device/"_s + action, { { u"invite_code"_s, code } }, userToken);
    };
    QCOMPARE(
        sandbox.post(u"/v2/share/device/accept"_s, { { u"invite_code"_s, u"x"_s } }).status, 403);
    // Seeded shares: 5a1f5a1e00000001 pending, ...02 accepted, ...03 cancelled.
    QCOMPARE(answer(u"accept"_s, u"5a1f5a1e00000003"_s).errorCode(), 4031008);
    QCOMPARE(answer(u"deny"_s, u"5a1f5a1e00000003"_s).status, 403);
    QCOMPARE(answer(u"accept"_s, u"5a1f5a1e00000002"_s).errorCode(), 4031009);
    QCOMPARE(answer(u"accept"_s, u"ffffffffffffffff"_s).errorCode(), 4041018);
    QCOMPARE(answer(u"accept"_s, u"ffffffffffffffff"_s).status, 404);
    QVERIFY(answer(u"accept"_s, u"5a1f5a1e00000001"_s).body.isEmpty());
    QCOMPARE(answer(u"accept"_s, u"5a1f5a1e00000001"_s).errorCode(), 4031009);

    const QJsonObject device = sandbox.deviceWhere(sandbox.productId(true), u"is_active"_s, true);
    const HttpResult shared = sandbox.client().post(u"/v2/share/device"_s,
        { { u"device_id"_s, device.value(u"id") }, { u"user"_s, u"han.meimei@example.com"_s },
            { u"expire"_s, 3600 }, { u"mode"_s, u"email"_s }, { u"authority"_s, u"R"_s } },
        userToken);
    QCOMPARE(shared.status, 200);
    const QString code = shared.object().value(u"invite_code").toString();
    QVERIFY(answer(u"cancel"_s, code).body.isEmpty());
    QCOMPARE(answer(u"accept"_s, code).errorCode(), 4031008);
    QCOMPARE(sandbox.client()
                 .post(u"/v2/share/device"_s,
                     { { u"device_id"_s, device.value(u"id") }, { u"user"_s, u"x"_s },
                         { u"mode"_s, u"carrier-pigeon"_s } },
                     userToken)
                 .errorCode(),
        4001001);
}

void TestSandboxEndpoints::statisticsSummaryCountsDevicesAndUsers()
{
    SandboxFixture sandbox;
    const QJsonObject summary = sandbox.get(u"/v2/statistics/summary"_s).object();
    // The document's shape: device figures under "total", user figures under "user".
    const QJsonObject devices = summary.value(u"total").toObject();
    QCOMPARE(devices.value(u"total").toInt(), 50);
    QVERIFY(devices.value(u"activated").toInt() > devices.value(u"online").toInt());
    QVERIFY(devices.value(u"online").toInt() > 0);
    QCOMPARE(devices.value(u"today_add").toInt(), 0);
    QCOMPARE(summary.value(u"user").toObject().value(u"user").toInt(), 3);
    QCOMPARE(summary.value(u"user").toObject().value(u"today_add").toInt(), 0);
}

void TestSandboxEndpoints::lessCommonCodesWithCatalogueMessages()
{
    // The codes the sandbox answers beyond those the other tests name, each with the status its
    // first three digits give and the catalogue's Chinese message: one source of truth.
    SandboxFixture sandbox;
    const QString pid = sandbox.productId(false);
    QList<QPair<HttpResult, int>> answers;

    // A datapoint source other than -1, 1, 2 or 3.
    answers.append(
        { sandbox.post(u"/v2/product/"_s + pid + u"/datapoint"_s,
              { { u"name"_s, u"x"_s }, { u"type"_s, 1 }, { u"index"_s, 200 }, { u"source"_s, 9 } }),
            4001178 });
    // A firmware type other than Wi-Fi, MCU or sub-device.
    answers.append(
        { sandbox.post(u"/v2/product/"_s + pid + u"/firmware"_s,
              { { u"mod"_s, u"m"_s }, { u"version"_s, 99 },
                  { u"file_url"_s, u"https://example.com/fw.bin"_s }, { u"type"_s, 4 } }),
            4001112 });
    // A data table type the platform does not have (the documents name 1-3).
    answers.append(
        { sandbox.post(u"/v2/table"_s, { { u"name"_s, u"readings"_s }, { u"type"_s, 4 } }),
            4001058 });
    // An app user logging in to an enterprise that does not exist.
    answers.append(
        { sandbox.client().post(u"/v2/user_auth"_s,
              { { u"corp_id"_s, u"ffffffffffffffff"_s }, { u"email"_s, u"user@example.com"_s },
                  { u"password"_s, u"sandbox123"_s } }),
            4041010 });
    // Upgrade tasks: a second task from the same version, and a status that is neither 0 nor 1.
    const HttpResult task = sandbox.post(u"/v2/upgrade/firmware/task"_s,
        { { u"product_id"_s, pid }, { u"name"_s, u"a"_s }, { u"from_version"_s, 1 },
            { u"target_version"_s, 2 } });
    QCOMPARE(task.status, 200);
    answers.append({ sandbox.post(u"/v2/upgrade/firmware/task"_s,
                         { { u"product_id"_s, pid }, { u"name"_s, u"b"_s },
                             { u"from_version"_s, 1 }, { u"target_version"_s, 3 } }),
        4001037 });
    answers.append(
        { sandbox.post(u"/v2/upgrade/firmware/task/status"_s,
              { { u"product_id"_s, pid }, { u"upgrade_task_id"_s, task.object().value(u"id") },
                  { u"status"_s, 5 } }),
            4001036 });

    for (const auto &[result, code] : std::as_const(answers)) {
        const xlink::CatalogueEntry *entry = xlink::ErrorCatalogue::builtin().find(code);
        QVERIFY(entry);
        const QString what
            = u"%1: HTTP %2 %3"_s.arg(code).arg(result.status).arg(QString::fromUtf8(result.body));
        QVERIFY2(result.errorCode() == code, qPrintable(what));
        QVERIFY2(result.status == code / 10000, qPrintable(what));
        QVERIFY2(result.object().value(u"error").toObject().value(u"msg").toString()
                == entry->message.zh,
            qPrintable(what));
    }
}

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "TestSandboxEndpoints.moc"
