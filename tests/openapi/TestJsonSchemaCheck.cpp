// JsonSchemaCheck: valijson behind one class, problems with their JSON path and line.
#include "JsonSchemaCheck.h"
#include "JsonTextPosition.h"

#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const char *productSchema = R"({"type":"object","required":["name","mode"],
    "properties":{
      "name":{"type":"string","maxLength":8},
      "mode":{"type":"string","enum":["wifi","zigbee"]},
      "tags":{"type":"array","items":{"type":"string"}},
      "config":{"type":"object","properties":{"port":{"type":"number","minimum":1,"maximum":65535}}}
    }})";

} // namespace

class TestJsonSchemaCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validValueHasNoProblems();
    void problemsNameTheirPath_data();
    void problemsNameTheirPath();
    void textProblemsNameTheirLine();
    void invalidTextIsOneProblemWithItsLine();
    void unusableSchemaSaysWhy();
    void textPositions();
};

void TestJsonSchemaCheck::validValueHasNoProblems()
{
    const JsonSchemaCheck check(object(productSchema));
    QVERIFY(check.isUsable());
    QVERIFY(check.check(object(R"({"name":"Plug","mode":"wifi","tags":["a"]})")).isEmpty());
}

void TestJsonSchemaCheck::problemsNameTheirPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addRow("missing required") << QByteArray(R"({"name":"Plug"})") << u"$"_s;
    QTest::addRow("wrong type") << QByteArray(R"({"name":5,"mode":"wifi"})") << u"$.name"_s;
    QTest::addRow("too long") << QByteArray(R"({"name":"A long name","mode":"wifi"})")
                              << u"$.name"_s;
    QTest::addRow("not in enum") << QByteArray(R"({"name":"P","mode":"ble"})") << u"$.mode"_s;
    QTest::addRow("array item") << QByteArray(R"({"name":"P","mode":"wifi","tags":["a",2]})")
                                << u"$.tags[1]"_s;
    QTest::addRow("out of range") << QByteArray(
        R"({"name":"P","mode":"wifi","config":{"port":70000}})")
                                  << u"$.config.port"_s;
}

void TestJsonSchemaCheck::problemsNameTheirPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const QList<SchemaProblem> problems
        = JsonSchemaCheck(object(productSchema)).check(QJsonDocument::fromJson(body).object());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, path);
    QVERIFY(!problems.at(0).message.isEmpty());
}

void TestJsonSchemaCheck::textProblemsNameTheirLine()
{
    const QByteArray text = "{\n  \"name\": \"Plug\",\n  \"mode\": \"wifi\",\n  \"tags\": [\n"
                            "    \"a\",\n    7\n  ]\n}\n";
    const QList<SchemaProblem> problems = JsonSchemaCheck(object(productSchema)).checkText(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, u"$.tags[1]"_s);
    QCOMPARE(problems.at(0).line, 6);
}

void TestJsonSchemaCheck::invalidTextIsOneProblemWithItsLine()
{
    const QList<SchemaProblem> problems
        = JsonSchemaCheck(object(productSchema)).checkText("{\n \"name\": \"Plug\",\n}\n");
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, u"$"_s);
    QCOMPARE(problems.at(0).line, 3);
}

void TestJsonSchemaCheck::unusableSchemaSaysWhy()
{
    const JsonSchemaCheck check(object(R"({"$ref":"#/definitions/Missing"})"));
    QVERIFY(!check.isUsable());
    QVERIFY(!check.schemaError().isEmpty());
    QCOMPARE(check.check(QJsonObject()).size(), 1);
}

void TestJsonSchemaCheck::textPositions()
{
    const QByteArray text = "{\"a\":\n [1,\n {\"b c\":\"x\\\"y\", \"d\":{}}]}";
    const QHash<QString, int> lines = JsonTextPosition::linesOf(
        text, { u"$.a"_s, u"$.a[1][\"b c\"]"_s, u"$.a[1].d"_s, u"$.missing"_s });
    QCOMPARE(lines.value(u"$.a"_s), 2);
    QCOMPARE(lines.value(u"$.a[1][\"b c\"]"_s), 3);
    QCOMPARE(lines.value(u"$.a[1].d"_s), 3);
    QVERIFY(!lines.contains(u"$.missing"_s));
    const JsonTextPosition::LineColumn where = JsonTextPosition::at("ab\ncd", 4);
    QCOMPARE(where.line, 2);
    QCOMPARE(where.column, 2);
}

QTEST_GUILESS_MAIN(TestJsonSchemaCheck)
#include "TestJsonSchemaCheck.moc"
