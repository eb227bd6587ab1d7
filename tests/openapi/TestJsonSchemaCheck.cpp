// JsonSchemaCheck: valijson behind one class, problems with their JSON path and line.
#include "JsonSchemaCheck.h"
#include "JsonTextPosition.h"

#include <QJsonDocument>
#include <QJsonParseError>
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
    void textPositionsSkipWhatIsNotWanted();
    void textAndValueChecksAgree_data();
    void textAndValueChecksAgree();
    void deepNestingIsRefusedNotFollowed();
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

void TestJsonSchemaCheck::textPositionsSkipWhatIsNotWanted()
{
    // Values off the way to a wanted one are skipped unread: brackets and quotes inside their
    // strings, nested containers and scalars must not throw the count off.
    const QByteArray text = "{\"a\":{\"x\":\"]}[{\\\"\",\"y\":[1,[2,{\"z\":null}]]},\n"
                            "\"n\": -1.5e3 ,\n\"b\":\n[0,\n{\"c\":true}],\"after\":[\n]}";
    const QHash<QString, int> lines
        = JsonTextPosition::linesOf(text, { u"$.b[1].c"_s, u"$.n"_s, u"$.after"_s });
    QCOMPARE(lines.value(u"$.n"_s), 2);
    QCOMPARE(lines.value(u"$.b[1].c"_s), 5);
    QCOMPARE(lines.value(u"$.after"_s), 5);
}

void TestJsonSchemaCheck::textAndValueChecksAgree_data()
{
    // checkText reads a text with RapidJSON, check() takes Qt's value: both must say the same.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("problems");
    const QByteArray valid = R"({"name":"P","mode":"wifi","count":3})";
    QTest::addRow("valid") << valid << 0;
    // Qt keeps every number as a double: a whole number written as a fraction is an integer.
    QTest::addRow("3.0 is an integer")
        << QByteArray(R"({"name":"P","mode":"wifi","count":3.0})") << 0;
    QTest::addRow("3e0 is an integer")
        << QByteArray(R"({"name":"P","mode":"wifi","count":3e0})") << 0;
    QTest::addRow("3.5 is not") << QByteArray(R"({"name":"P","mode":"wifi","count":3.5})") << 1;
    QTest::addRow("beyond 32 bits passes")
        << QByteArray(R"({"name":"P","mode":"wifi","count":4294967296})") << 0;
    QTest::addRow("a number RapidJSON cannot hold")
        << QByteArray(R"({"name":"P","mode":"wifi","count":1e400})") << -1;
    QTest::addRow("unicode") << QByteArray(R"({"name":"插座\u00e9","mode":"wifi"})") << 0;
    // RapidJSON stops at a NUL byte, Qt reads on and refuses what follows.
    QTest::addRow("a NUL after the value") << QByteArray(R"({"name":"P","mode":"wifi"})"
                                                         "\0\0\tx\n",
        32) << -1;
    // A document is an object or an array to Qt.
    QTest::addRow("a bare number") << QByteArray("0\n") << -1;
    QTest::addRow("a number too small for a double")
        << QByteArray(R"({"name":"P","mode":"wifi","count":-6e-55555555})") << -1;
    QTest::addRow("a lone surrogate") << QByteArray(R"({"name":"\ud800","mode":"wifi"})") << -1;
}

void TestJsonSchemaCheck::textAndValueChecksAgree()
{
    QFETCH(QByteArray, body);
    QFETCH(int, problems);
    const JsonSchemaCheck check(object(
        R"({"type":"object","required":["name","mode"],"properties":{"name":{"type":"string"},
            "mode":{"type":"string"},"count":{"type":"number","not":{"allOf":[
            {"type":"number"},{"not":{"type":"integer"}},
            {"minimum":-2147483648,"maximum":2147483647}]}}}})"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QList<SchemaProblem> fromText = check.checkText(body);
    if (error.error != QJsonParseError::NoError) {
        QCOMPARE(fromText.size(), 1);
        QCOMPARE(int(fromText.at(0).kind), int(SchemaProblem::Kind::InvalidJson));
        return;
    }
    const QList<SchemaProblem> fromValue = check.check(document.object());
    if (problems >= 0)
        QCOMPARE(fromValue.size(), problems);
    QCOMPARE(fromText.size(), fromValue.size());
    for (qsizetype i = 0; i < fromText.size(); ++i) {
        QCOMPARE(fromText.at(i).path, fromValue.at(i).path);
        QCOMPARE(int(fromText.at(i).kind), int(fromValue.at(i).kind));
    }
}

void TestJsonSchemaCheck::deepNestingIsRefusedNotFollowed()
{
    // Deeper than Qt's limit: said to be invalid, as Qt would, before a validator or a walk
    // recurses into it.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QList<SchemaProblem> problems = JsonSchemaCheck(object(productSchema)).checkText(deep);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.at(0).kind), int(SchemaProblem::Kind::InvalidJson));
    // Within the limit it is read and checked.
    const QByteArray fine = QByteArray(1000, '[') + QByteArray(1000, ']');
    const QList<SchemaProblem> typed = JsonSchemaCheck(object(productSchema)).checkText(fine);
    QCOMPARE(typed.size(), 1);
    QCOMPARE(int(typed.at(0).kind), int(SchemaProblem::Kind::WrongType));
}

QTEST_GUILESS_MAIN(TestJsonSchemaCheck)
#include "TestJsonSchemaCheck.moc"
