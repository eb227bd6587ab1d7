// Request body validation (line and column of the mistake) and order-preserving formatting.
#include "JsonBodyValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace xlink;

class TestJsonBodyValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsValid();
    void validBodies();
    void errorPosition_data();
    void errorPosition();
    void columnCountsCharacters();
    void prettyKeepsOrderAndNumbers();
    void prettyLeavesInvalidAlone();
    void compactRoundTrip();
};

void TestJsonBodyValidator::emptyIsValid()
{
    for (const QByteArray &body : { QByteArray(), QByteArray("  \n\t") }) {
        const auto result = JsonBodyValidator::validate(body);
        QVERIFY(result.valid);
        QVERIFY(result.empty);
    }
}

void TestJsonBodyValidator::validBodies()
{
    QVERIFY(JsonBodyValidator::validate(R"({"a":[1,2,{"b":null}]})").valid);
    QVERIFY(JsonBodyValidator::validate(R"(["AABBCCDDEE01"])").valid);
    QVERIFY(!JsonBodyValidator::validate(R"({"a":1})").empty);
}

void TestJsonBodyValidator::errorPosition_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // Missing comma at the start of line 3.
    QTest::newRow("missing-comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
    // Unterminated object: the parser stops at the end.
    QTest::newRow("truncated") << QByteArray("{\"a\": 1") << 1 << 8;
    QTest::newRow("trailing-garbage") << QByteArray("{}\nx") << 2 << 1;
}

void TestJsonBodyValidator::errorPosition()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto result = JsonBodyValidator::validate(body);
    QVERIFY(!result.valid);
    QVERIFY(!result.message.isEmpty());
    // The parser reports the offset where it gave up, which may be one character on.
    QCOMPARE(result.line, line);
    QVERIFY2(std::abs(result.column - column) <= 1,
        qPrintable(QString::number(result.column) + u" vs " + QString::number(column)));
    QVERIFY(result.describe().startsWith(QStringLiteral("line %1, column ").arg(line)));
}

void TestJsonBodyValidator::columnCountsCharacters()
{
    // Each Chinese character is 3 UTF-8 bytes but one column.
    const QByteArray text = QStringLiteral("{\"名称\": x}").toUtf8();
    const auto [line, column] = JsonBodyValidator::lineAndColumn(text, text.indexOf('x'));
    QCOMPARE(line, 1);
    QCOMPARE(column, 8);
}

void TestJsonBodyValidator::prettyKeepsOrderAndNumbers()
{
    const QByteArray body
        = R"({"z":1,"a":{"big":9007199254740993,"s":"a, b: {c}","e":[],"o":{}},"l":[true,"x\"y"]})";
    const QByteArray pretty = JsonBodyValidator::prettyPrinted(body);
    const QByteArray expected = "{\n"
                                "  \"z\": 1,\n"
                                "  \"a\": {\n"
                                "    \"big\": 9007199254740993,\n"
                                "    \"s\": \"a, b: {c}\",\n"
                                "    \"e\": [],\n"
                                "    \"o\": {}\n"
                                "  },\n"
                                "  \"l\": [\n"
                                "    true,\n"
                                "    \"x\\\"y\"\n"
                                "  ]\n"
                                "}\n";
    QCOMPARE(pretty, expected);
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(body));
}

void TestJsonBodyValidator::prettyLeavesInvalidAlone()
{
    const QByteArray broken = "{\"a\": 1,, }";
    QCOMPARE(JsonBodyValidator::prettyPrinted(broken), broken);
    QCOMPARE(JsonBodyValidator::prettyPrinted(QByteArray()), QByteArray());
}

void TestJsonBodyValidator::compactRoundTrip()
{
    const QByteArray body = R"({"a":[1,2,{"b":"c d"}],"e":"\u4e2d"})";
    QCOMPARE(JsonBodyValidator::compacted(JsonBodyValidator::prettyPrinted(body, 4)), body);
}

QTEST_GUILESS_MAIN(TestJsonBodyValidator)
#include "TestJsonBodyValidator.moc"
