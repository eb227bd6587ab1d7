// FailureText says why a call failed from the record's data, in the language of the moment (so
// a stored record reads right after a language switch), and shows a record stored before the
// data existed with its sentence as stored. ProxyPage recognises a proxy's HTML error page for
// the banner, the Decode page and the CLI.
#include "call/FailureText.h"
#include "catalogue/ProxyPage.h"
#include "util/Translations.h"

#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestFailureText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(Language::English); }
    void cleanup() { Translations::install(Language::English); }

    void eachReasonIsSaid_data();
    void eachReasonIsSaid();
    void saidInTheCurrentLanguage();
    void earlierRecordsKeepTheirWords();
    void proxyPages_data();
    void proxyPages();
};

void TestFailureText::eachReasonIsSaid_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << FailureText::truncated(10, 100) << QString()
                               << u"The connection closed after 10 of the 100 bytes announced."_s;
    QTest::newRow("too-large") << FailureText::tooLarge(5000, 1000) << QString()
                               << u"The response (4.88 KiB) is larger than the limit of 1,000 "
                                  "bytes; the call was stopped."_s;
    QTest::newRow("timeout") << FailureText::timedOut(300) << QString()
                             << u"No data for 300 ms: the call timed out."_s;
    QTest::newRow("certificate")
        << FailureText::certificateRefused() << u"The certificate is self-signed"_s
        << u"The server's certificate was refused: The certificate is self-signed"_s;
    QTest::newRow("dns") << FailureText::hostNotResolved(u"no-such.invalid"_s) << QString()
                         << u"The host name no-such.invalid could not be resolved (DNS)."_s;
    QTest::newRow("redirect") << FailureText::insecureRedirect() << QString()
                              << u"The server redirected from https to http; the redirect was "
                                 "refused."_s;
    QTest::newRow("transport") << FailureText::transport() << u"Connection refused"_s
                               << u"Connection refused"_s;
    QTest::newRow("invalid-json") << FailureText::invalidJson(22) << u"unterminated string"_s
                                  << u"The body is not valid JSON: unterminated string "
                                     "(offset 22)"_s;
    QTest::newRow("off-schema")
        << FailureText::offSchema(u"createProduct"_s, { u"$.id"_s, u"$.name"_s }) << QString()
        << u"The answer does not match the documented response of createProduct at $.id, "
           "$.name."_s;
    QTest::newRow("off-schema, many")
        << FailureText::offSchema(u"listProducts"_s,
               { u"$.list[0].id"_s, u"$.list[1].id"_s, u"$.list[2].id"_s, u"$.list[3].id"_s,
                   u"$.list[4].id"_s, u"$.list[5].id"_s, u"$.list[6].id"_s })
        << QString()
        << u"The answer does not match the documented response of listProducts at $.list[0].id, "
           "$.list[1].id, $.list[2].id, $.list[3].id, $.list[4].id and 2 more."_s;
    QTest::newRow("html-page") << FailureText::htmlPage() << QString()
                               << u"HTTP 502 with an HTML page instead of a platform error: "
                                  "probably a proxy or load balancer answered"_s;
}

void TestFailureText::eachReasonIsSaid()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    QCOMPARE(FailureText::sentence(502, data, detail), expected);
}

void TestFailureText::saidInTheCurrentLanguage()
{
    CallRecord record;
    record.kind = CallRecord::Kind::Timeout;
    record.errorData = FailureText::timedOut(300);
    QCOMPARE(FailureText::sentence(record), u"No data for 300 ms: the call timed out."_s);
    Translations::install(Language::Chinese);
    QCOMPARE(FailureText::sentence(record), u"300 毫秒内未收到数据：调用超时。"_s);
    record.kind = CallRecord::Kind::Http;
    record.httpStatus = 502;
    record.errorData = FailureText::htmlPage();
    QVERIFY2(FailureText::sentence(record).startsWith(u"HTTP 502 返回的是 HTML 页面"),
        qPrintable(FailureText::sentence(record)));
}

void TestFailureText::earlierRecordsKeepTheirWords()
{
    const QString stored = u"HTTP 502 with an HTML page instead of a platform error"_s;
    Translations::install(Language::Chinese);
    QCOMPARE(FailureText::sentence(502, {}, stored), stored);
    // A reason a later build added: its detail, as this build cannot say more.
    QCOMPARE(FailureText::sentence(0, { { u"reason"_s, u"quota"_s } }, u"detail"_s), u"detail"_s);
    QVERIFY(FailureText::sentence(200, {}, {}).isEmpty());
}

void TestFailureText::proxyPages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("server");
    QTest::newRow("nginx") << u"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                              "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>"
                              "nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"_s
                           << 502 << u"Bad Gateway"_s << u"nginx/1.24.0"_s;
    QTest::newRow("heading-only") << u"<body><h1>503 Service Temporarily Unavailable</h1></body>"_s
                                  << 503 << u"Service Temporarily Unavailable"_s << QString();
    QTest::newRow("apache") << u"<!DOCTYPE HTML><html><head><TITLE>504 Gateway Timeout</TITLE>"
                               "</head><body><address>Apache/2.4.57 Server at api.example"
                               "</address></body></html>"_s
                            << 504 << u"Gateway Timeout"_s
                            << u"Apache/2.4.57 Server at api.example"_s;
    QTest::newRow("in-a-log") << u"curl: <html><head><title>429 Too Many Requests</title>"_s << 429
                              << u"Too Many Requests"_s << QString();
    QTest::newRow("not-an-error") << u"<html><head><title>200 OK</title></head></html>"_s << 0
                                  << QString() << QString();
    QTest::newRow("a-year") << u"<html><head><title>2026 release notes</title></head></html>"_s << 0
                            << QString() << QString();
    QTest::newRow("no-markup") << u"502 Bad Gateway"_s << 0 << QString() << QString();
    QTest::newRow("unclosed") << u"<title>502 Bad Gateway"_s << 0 << QString() << QString();
}

void TestFailureText::proxyPages()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, server);
    const std::optional<ProxyPage> page = ProxyPage::find(text);
    QCOMPARE(page.has_value(), status != 0);
    if (!page)
        return;
    QCOMPARE(page->status, status);
    QCOMPARE(page->reason, reason);
    QCOMPARE(page->server, server);
    QVERIFY(page->summary().contains(QString::number(status)));
}

QTEST_GUILESS_MAIN(TestFailureText)
#include "TestFailureText.moc"
