// FailureClassifier: every kind from every shape of answer (no body, JSON, a platform error
// object with its code as a string or a number, HTML, truncated JSON, text), at every kind of
// status, and records that never got an answer left as the caller set them.
#include "call/FailureClassifier.h"
#include "call/FailureText.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallRecord::Kind)

class TestFailureClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindFromAnswer_data();
    void kindFromAnswer();
    void noAnswerIsLeftAlone_data();
    void noAnswerIsLeftAlone();
    void classifyingTwiceGivesTheSameRecord();
};

namespace {

const QByteArray platformBody = R"({"error":{"code":"4031003","msg":"Access-Token无效"}})"_ba;
const QByteArray numericCodeBody = R"({"error":{"code":4041011,"msg":"设备不存在"}})"_ba;
const QByteArray htmlBody = "<html><head><title>502 Bad Gateway</title></head></html>"_ba;
const QByteArray truncatedJson = R"({"list":[{"id":1},{"id")"_ba;

CallRecord answer(int status, const QByteArray &body, const QByteArray &contentType)
{
    CallRecord record;
    record.httpStatus = status;
    record.responseBody = body;
    if (!contentType.isEmpty())
        record.responseHeaders.append({ "Content-Type"_ba, contentType });
    return record;
}

} // namespace

void TestFailureClassifier::kindFromAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<CallRecord::Kind>("kind");
    QTest::addColumn<int>("code"); // the platform error's, 0 for none
    QTest::addColumn<QString>("errorTextHas"); // empty: nothing said beyond the kind

    using K = CallRecord::Kind;
    const QByteArray json = "application/json"_ba;
    const QByteArray html = "text/html"_ba;
    const QByteArray text = "text/plain"_ba;
    QTest::newRow("200-empty") << 200 << QByteArray() << QByteArray() << K::Success << 0
                               << QString();
    QTest::newRow("204-empty") << 204 << QByteArray() << json << K::Success << 0 << QString();
    QTest::newRow("200-json") << 200 << R"({"id":"1"})"_ba << json << K::Success << 0 << QString();
    QTest::newRow("200-text") << 200 << "OK"_ba << text << K::Success << 0 << QString();
    QTest::newRow("302-html") << 302 << htmlBody << html << K::Success << 0 << QString();
    QTest::newRow("200-platform-error")
        << 200 << platformBody << json << K::Platform << 4031003 << QString();
    QTest::newRow("403-platform-error")
        << 403 << platformBody << json << K::Platform << 4031003 << QString();
    QTest::newRow("404-numeric-code")
        << 404 << numericCodeBody << json << K::Platform << 4041011 << QString();
    QTest::newRow("503-platform-error-without-content-type")
        << 503 << platformBody << QByteArray() << K::Platform << 4031003 << QString();
    QTest::newRow("400-json-without-error")
        << 400 << R"({"id":"1"})"_ba << json << K::Http << 0 << QString();
    QTest::newRow("500-empty") << 500 << QByteArray() << QByteArray() << K::Http << 0 << QString();
    QTest::newRow("404-text") << 404 << "not found"_ba << text << K::Http << 0 << QString();
    QTest::newRow("502-html") << 502 << htmlBody << html << K::Http << 0
                              << u"HTML page instead of a platform error"_s;
    QTest::newRow("502-html-without-content-type")
        << 502 << htmlBody << QByteArray() << K::Http << 0
        << u"HTML page instead of a platform error"_s;
    QTest::newRow("200-truncated-json")
        << 200 << truncatedJson << json << K::Malformed << 0 << u"not valid JSON"_s;
    QTest::newRow("500-truncated-json")
        << 500 << truncatedJson << json << K::Malformed << 0 << u"not valid JSON"_s;
    QTest::newRow("200-truncated-json-without-content-type")
        << 200 << truncatedJson << QByteArray() << K::Malformed << 0 << u"not valid JSON"_s;
    QTest::newRow("400-truncated-platform-error")
        << 400 << platformBody.left(platformBody.size() - 3) << json << K::Malformed << 0
        << u"offset"_s;
}

void TestFailureClassifier::kindFromAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(CallRecord::Kind, kind);
    QFETCH(int, code);
    QFETCH(QString, errorTextHas);

    CallRecord record = answer(status, body, contentType);
    FailureClassifier::classify(record);
    QCOMPARE(CallRecord::kindName(record.kind), CallRecord::kindName(kind));
    QCOMPARE(record.platformError.has_value(), code != 0);
    if (code)
        QCOMPARE(record.platformError->code, code);
    // Why, as data; FailureText says it.
    const QString said = FailureText::sentence(record);
    if (errorTextHas.isEmpty()) {
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QVERIFY(record.errorData.isEmpty());
    } else {
        QVERIFY2(said.contains(errorTextHas), qPrintable(said));
        QVERIFY(!FailureText::reasonName(record.errorData).isEmpty());
    }
    // What arrived is kept as it arrived.
    QCOMPARE(record.httpStatus, status);
    QCOMPARE(record.responseBody, body);
}

void TestFailureClassifier::noAnswerIsLeftAlone_data()
{
    QTest::addColumn<CallRecord::Kind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("network") << CallRecord::Kind::Network << QByteArray();
    QTest::newRow("timeout") << CallRecord::Kind::Timeout << QByteArray();
    // A size limit hit in the middle of an error body: still a network failure.
    QTest::newRow("network-with-partial-error-body") << CallRecord::Kind::Network << platformBody;
    QTest::newRow("timeout-with-partial-json") << CallRecord::Kind::Timeout << truncatedJson;
}

void TestFailureClassifier::noAnswerIsLeftAlone()
{
    QFETCH(CallRecord::Kind, kind);
    QFETCH(QByteArray, body);
    CallRecord record = answer(body.isEmpty() ? 0 : 200, body, "application/json"_ba);
    record.kind = kind;
    record.errorText = u"Connection refused"_s;
    FailureClassifier::classify(record);
    QCOMPARE(CallRecord::kindName(record.kind), CallRecord::kindName(kind));
    QCOMPARE(record.errorText, u"Connection refused"_s);
    QVERIFY(!record.platformError);
}

void TestFailureClassifier::classifyingTwiceGivesTheSameRecord()
{
    // The CLI classifies a record the console already classified (a replayed history entry).
    for (const QByteArray &body : { platformBody, htmlBody, truncatedJson, QByteArray() }) {
        CallRecord once = answer(502, body, {});
        FailureClassifier::classify(once);
        CallRecord twice = once;
        FailureClassifier::classify(twice);
        QCOMPARE(CallRecord::kindName(twice.kind), CallRecord::kindName(once.kind));
        QCOMPARE(twice.errorText, once.errorText);
        QCOMPARE(twice.errorData, once.errorData);
        QCOMPARE(twice.platformError.has_value(), once.platformError.has_value());
    }
}

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "TestFailureClassifier.moc"
