// The generic query body (filter, query operators, order, offset/limit) on the device query,
// through real HTTP requests to an in-process sandbox.
#include "SandboxFixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestSandboxQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsAndPaging();
    void queryOperatorSelectsMatchingDevices_data();
    void queryOperatorSelectsMatchingDevices();
    void orderByFieldsInTheGivenOrder();
    void filterSelectsFields();
    void invalidQueries_data();
    void invalidQueries();

private:
    // The device list of the released product under `body`.
    QJsonObject query(const QByteArray &body);
    QList<QJsonObject> all();

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_path;
};

void TestSandboxQuery::initTestCase()
{
    // Queries do not write: one sandbox serves every test here.
    m_sandbox = std::make_unique<SandboxFixture>();
    m_path = u"/v2/product/"_s + m_sandbox->productId(true) + u"/devices"_s;
}

QJsonObject TestSandboxQuery::query(const QByteArray &body)
{
    const HttpResult result = m_sandbox->postRaw(m_path, body);
    if (result.status != 200)
        qWarning("query failed: %d %s", result.status, result.body.constData());
    return result.object();
}

QList<QJsonObject> TestSandboxQuery::all()
{
    QList<QJsonObject> devices;
    const QJsonArray list = query(R"({"limit":1000})").value(u"list").toArray();
    for (const QJsonValue &device : list)
        devices.append(device.toObject());
    return devices;
}

void TestSandboxQuery::defaultsAndPaging()
{
    const QJsonObject defaults = query({});
    QCOMPARE(defaults.value(u"count").toInt(), 30);
    QCOMPARE(defaults.value(u"list").toArray().size(), 10);
    const QJsonObject page = query(R"({"offset":25,"limit":10})");
    QCOMPARE(page.value(u"count").toInt(), 30);
    QCOMPARE(page.value(u"list").toArray().size(), 5);
    QCOMPARE(page.value(u"list").toArray().at(0), QJsonValue(all().at(25)));
    QCOMPARE(query(R"({"offset":100})").value(u"list").toArray().size(), 0);
}

void TestSandboxQuery::queryOperatorSelectsMatchingDevices_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    // Which devices should match, by the value of `field`.
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonValue>("operand");

    QTest::newRow("in-bool") << R"({"query":{"is_online":{"$in":[true]}}})"_ba << u"is_online"_s
                             << u"in"_s << QJsonValue(QJsonArray { true });
    QTest::newRow("in-numbers") << R"({"query":{"firmware_version":{"$in":[1,3]}}})"_ba
                                << u"firmware_version"_s << u"in"_s
                                << QJsonValue(QJsonArray { 1, 3 });
    QTest::newRow("lt") << R"({"query":{"firmware_version":{"$lt":2}}})"_ba << u"firmware_version"_s
                        << u"lt"_s << QJsonValue(2);
    QTest::newRow("lte") << R"({"query":{"firmware_version":{"$lte":2}}})"_ba
                         << u"firmware_version"_s << u"lte"_s << QJsonValue(2);
    QTest::newRow("gt") << R"({"query":{"firmware_version":{"$gt":2}}})"_ba << u"firmware_version"_s
                        << u"gt"_s << QJsonValue(2);
    QTest::newRow("gte") << R"({"query":{"firmware_version":{"$gte":2}}})"_ba
                         << u"firmware_version"_s << u"gte"_s << QJsonValue(2);
    QTest::newRow("like") << R"({"query":{"mac":{"$like":"accf2301001"}}})"_ba << u"mac"_s
                          << u"like"_s << QJsonValue(u"ACCF2301001"_s);
    QTest::newRow("like-unicode") << R"({"query":{"name":{"$like":"客厅"}}})"_ba << u"name"_s
                                  << u"like"_s << QJsonValue(u"客厅"_s);
    QTest::newRow("equal") << R"({"query":{"is_active":false}})"_ba << u"is_active"_s << u"eq"_s
                           << QJsonValue(false);
    QTest::newRow("nin") << R"({"query":{"firmware_version":{"$nin":[1,3]}}})"_ba
                         << u"firmware_version"_s << u"nin"_s << QJsonValue(QJsonArray { 1, 3 });
    QTest::newRow("ne") << R"({"query":{"is_online":{"$ne":false}}})"_ba << u"is_online"_s
                        << u"ne"_s << QJsonValue(false);
    // Tags: a device matches when it carries every tag asked for.
    QTest::newRow("all-tags") << R"({"query":{"tags":{"$all":["odd","demo"]}}})"_ba << u"tags"_s
                              << u"all"_s << QJsonValue(QJsonArray { u"odd"_s, u"demo"_s });
    QTest::newRow("timestamp-range")
        << R"({"query":{"create_date":{"$gte":"2024-01-16T02:40:00.000Z"}}})"_ba << u"create_date"_s
        << u"gte"_s << QJsonValue(u"2024-01-16T02:40:00.000Z"_s);
}

void TestSandboxQuery::queryOperatorSelectsMatchingDevices()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QJsonValue, operand);

    int expected = 0;
    for (const QJsonObject &device : all()) {
        const QJsonValue value = device.value(field);
        bool match = false;
        if (op == u"in")
            match = operand.toArray().contains(value);
        else if (op == u"nin")
            match = !operand.toArray().contains(value);
        else if (op == u"ne")
            match = value != operand;
        else if (op == u"all")
            match = std::all_of(operand.toArray().begin(), operand.toArray().end(),
                [&value](const QJsonValue &tag) { return value.toArray().contains(tag); });
        else if (op == u"like")
            match = value.toString().contains(operand.toString(), Qt::CaseInsensitive);
        else if (op == u"eq")
            match = value == operand;
        else if (value.isString())
            match = op == u"gte" ? value.toString() >= operand.toString() : false;
        else if (op == u"lt")
            match = value.toDouble() < operand.toDouble();
        else if (op == u"lte")
            match = value.toDouble() <= operand.toDouble();
        else if (op == u"gt")
            match = value.toDouble() > operand.toDouble();
        else if (op == u"gte")
            match = value.toDouble() >= operand.toDouble();
        expected += match ? 1 : 0;
    }
    QVERIFY(expected > 0);
    QVERIFY(expected < 30);
    const QByteArray withLimit = body.left(body.size() - 1) + R"(,"limit":1000})";
    const QJsonObject result = query(withLimit);
    QCOMPARE(result.value(u"count").toInt(), expected);
    QCOMPARE(result.value(u"list").toArray().size(), expected);
}

void TestSandboxQuery::orderByFieldsInTheGivenOrder()
{
    // firmware_version first (descending), then id (ascending): the client's order, not the
    // alphabetical order a JSON object would give.
    const QJsonArray list
        = query(R"({"limit":1000,"order":{"firmware_version":"desc","id":"asc"}})")
              .value(u"list")
              .toArray();
    QCOMPARE(list.size(), 30);
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QJsonObject a = list.at(i - 1).toObject();
        const QJsonObject b = list.at(i).toObject();
        const int va = a.value(u"firmware_version").toInt();
        const int vb = b.value(u"firmware_version").toInt();
        QVERIFY(va >= vb);
        if (va == vb)
            QVERIFY(a.value(u"id").toInteger() < b.value(u"id").toInteger());
    }
    const QJsonArray byId = query(R"({"limit":3,"order":{"id":"desc"}})").value(u"list").toArray();
    QVERIFY(byId.at(0).toObject().value(u"id").toInteger()
        > byId.at(1).toObject().value(u"id").toInteger());
}

void TestSandboxQuery::filterSelectsFields()
{
    const QJsonArray list
        = query(R"({"limit":5,"filter":["id","mac","is_online"]})").value(u"list").toArray();
    QCOMPARE(list.size(), 5);
    for (const QJsonValue &item : list)
        QCOMPARE(item.toObject().keys(), (QStringList { u"id"_s, u"is_online"_s, u"mac"_s }));
}

void TestSandboxQuery::invalidQueries_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown-operator") << R"({"query":{"mac":{"$regex":"A"}}})"_ba;
    QTest::newRow("in-not-array") << R"({"query":{"mac":{"$in":"A"}}})"_ba;
    QTest::newRow("like-number") << R"({"query":{"mac":{"$like":5}}})"_ba;
    QTest::newRow("negative-limit") << R"({"limit":-1})"_ba;
    QTest::newRow("string-offset") << R"({"offset":"0"})"_ba;
    QTest::newRow("huge-limit") << R"({"limit":100000})"_ba;
    QTest::newRow("bad-direction") << R"({"order":{"id":"up"}})"_ba;
    QTest::newRow("filter-not-strings") << R"({"filter":[1,2]})"_ba;
    QTest::newRow("query-not-object") << R"({"query":["mac"]})"_ba;
    QTest::newRow("not-json") << "offset=0&limit=10"_ba;
    QTest::newRow("array") << "[]"_ba;
}

void TestSandboxQuery::invalidQueries()
{
    QFETCH(QByteArray, body);
    const HttpResult result = m_sandbox->postRaw(m_path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), 4001001);
}

QTEST_GUILESS_MAIN(TestSandboxQuery)
#include "TestSandboxQuery.moc"
