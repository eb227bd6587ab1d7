// Classification of response bodies and extraction of the platform error object.
#include "catalogue/ErrorBodyDecoder.h"

#include <QTest>

using namespace xlink;
using Shape = ErrorBodyDecoder::Shape;
Q_DECLARE_METATYPE(ErrorBodyDecoder::Shape)

class TestErrorBodyDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyShapeAndCodeFromBytes_data();
    void bodyShapeAndCodeFromBytes();
    void codeAsStringOrNumber();
    void malformedReportsOffset();
    void largeBodyIsCheckedWithoutADocument();
};

void TestErrorBodyDecoder::bodyShapeAndCodeFromBytes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("code");

    QTest::newRow("empty") << QByteArray() << QByteArray() << Shape::Empty << 0;
    QTest::newRow("whitespace") << QByteArray(" \r\n") << QByteArray() << Shape::Empty << 0;
    QTest::newRow("object") << QByteArray(R"({"id":1})") << QByteArray() << Shape::Json << 0;
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray() << Shape::Json << 0;
    QTest::newRow("error") << QByteArray(
        R"({"error":{"code":"4031003","msg":"无效的Access-Token"}})")
                           << QByteArray() << Shape::PlatformError << 4031003;
    QTest::newRow("error-with-bom")
        << QByteArray("\xEF\xBB\xBF{\"error\":{\"code\":\"4041008\",\"msg\":\"\"}}") << QByteArray()
        << Shape::PlatformError << 4041008;
    QTest::newRow("error-bad-code") << QByteArray(R"({"error":{"code":"abc","msg":"x"}})")
                                    << QByteArray() << Shape::PlatformError << 0;
    // The key spelled with escapes is the same key.
    QTest::newRow("error-escaped-key")
        << QByteArray(R"({"\u0065rror":{"code":"4001001","msg":"x"}})") << QByteArray()
        << Shape::PlatformError << 4001001;
    QTest::newRow("malformed-without-error-key")
        << QByteArray(R"({"id":1,})") << QByteArray() << Shape::MalformedJson << 0;
    QTest::newRow("error-not-object")
        << QByteArray(R"({"error":"boom"})") << QByteArray() << Shape::Json << 0;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><title>502 Bad Gateway</title>")
                          << QByteArray() << Shape::Html << 0;
    QTest::newRow("html-by-type") << QByteArray("Bad gateway") << QByteArray("text/html")
                                  << Shape::Html << 0;
    QTest::newRow("truncated") << QByteArray(R"({"error":{"code":"50310)") << QByteArray()
                               << Shape::MalformedJson << 0;
    QTest::newRow("text") << QByteArray("upstream timed out") << QByteArray() << Shape::Text << 0;
}

void TestErrorBodyDecoder::bodyShapeAndCodeFromBytes()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(Shape, shape);
    QFETCH(int, code);
    const auto result = ErrorBodyDecoder::decode(body, contentType);
    QCOMPARE(result.shape, shape);
    QCOMPARE(result.error.has_value(), shape == Shape::PlatformError);
    if (result.error)
        QCOMPARE(result.error->code, code);
}

void TestErrorBodyDecoder::codeAsStringOrNumber()
{
    const auto asString = ErrorBodyDecoder::decode(R"({"error":{"code":"5031001","msg":"x"}})");
    QVERIFY(!asString.error->codeWasNumber);
    QCOMPARE(asString.error->rawCode, QStringLiteral("5031001"));
    const auto asNumber
        = ErrorBodyDecoder::decode(R"({"error":{"code":5031001,"msg":"service unavailable"}})");
    QVERIFY(asNumber.error->codeWasNumber);
    QCOMPARE(asNumber.error->code, 5031001);
    QCOMPARE(asNumber.error->serverMessage, QStringLiteral("service unavailable"));
    const auto fractional = ErrorBodyDecoder::decode(R"({"error":{"code":1.5e300}})");
    QCOMPARE(fractional.error->code, 0);
}

void TestErrorBodyDecoder::malformedReportsOffset()
{
    const auto result = ErrorBodyDecoder::decode(R"({"a":1,)");
    QCOMPARE(result.shape, Shape::MalformedJson);
    QVERIFY(!result.parseError.isEmpty());
    QVERIFY(result.parseErrorOffset > 0);
}

void TestErrorBodyDecoder::largeBodyIsCheckedWithoutADocument()
{
    // Above maxParsedBytes only the syntax is checked: still valid or malformed, with where.
    QByteArray body = "[";
    while (body.size() <= ErrorBodyDecoder::maxParsedBytes)
        body += R"({"id":1,"name":"\u8bbe\u5907","online":true},)";
    body += "null]";
    QCOMPARE(ErrorBodyDecoder::decode(body).shape, Shape::Json);
    const QByteArray cut = body.first(body.size() - 1);
    const auto truncated = ErrorBodyDecoder::decode(cut);
    QCOMPARE(truncated.shape, Shape::MalformedJson);
    QVERIFY(!truncated.parseError.isEmpty());
    QCOMPARE(truncated.parseErrorOffset, cut.size());
    QByteArray broken = body;
    const qsizetype at = body.indexOf("true", 100);
    broken[at] = 'x';
    const auto early = ErrorBodyDecoder::decode(broken);
    QCOMPARE(early.shape, Shape::MalformedJson);
    QCOMPARE(early.parseErrorOffset, at);
}

QTEST_GUILESS_MAIN(TestErrorBodyDecoder)
#include "TestErrorBodyDecoder.moc"
