// HttpExchange on its own, against real loopback servers answering exactly the bytes each case
// needs (RawHttpServer): what it makes of every way an answer can end (whole, cut short, over
// the size limit announced or streamed, no answer at all, no data in time), and redirects
// (followed over plain HTTP and within https, refused from https to http).
#include "HttpExchange.h"
#include "RawHttpServer.h"
#include "TlsTestServer.h"
#include "call/FailureText.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace xlink;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallRecord::Kind)

namespace {

QByteArray answer(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\nConnection: close\r\n" + headers + "\r\n" + body;
}

QByteArray withLength(const QByteArray &statusLine, const QByteArray &body)
{
    return answer(statusLine,
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n",
        body);
}

} // namespace

class TestHttpExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachWayAnAnswerEndsGetsItsKind_data();
    void eachWayAnAnswerEndsGetsItsKind();
    void nothingListening();
    void noDataInTimeIsATimeout();
    void cancelIsNotATimeout();
    void redirectFollowedOverHttp();
    void redirectFromHttpsToHttpRefused();
    void unknownCertificateRefusedWithItsReason();

private:
    // The finished exchange's record, nothing if it did not finish in time.
    std::optional<CallRecord> run(const QUrl &url, const HttpExchange::Options &options = {},
        const QByteArray &method = "GET");

    QNetworkAccessManager m_manager;
};

std::optional<CallRecord> TestHttpExchange::run(
    const QUrl &url, const HttpExchange::Options &options, const QByteArray &method)
{
    CallRecord request;
    request.method = method;
    request.url = url;
    HttpExchange exchange(&m_manager, request, options);
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start();
    if (!finished.wait(20000))
        return std::nullopt;
    if (exchange.isRunning())
        return std::nullopt;
    return exchange.record();
}

void TestHttpExchange::eachWayAnAnswerEndsGetsItsKind_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<CallRecord::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("size"); // responseSize
    QTest::addColumn<qint64>("kept"); // bytes of the body in the record
    QTest::addColumn<QString>("errorTextHas");

    using K = CallRecord::Kind;
    const QByteArray ok = R"({"id":"1","name":"lamp"})";
    const QByteArray platform = R"({"error":{"code":"4031003","msg":"x"}})";
    QTest::newRow("whole-answer") << withLength("200 OK", ok) << "GET"_ba << qint64(1000)
                                  << K::Success << 200 << qint64(ok.size()) << qint64(ok.size())
                                  << QString();
    QTest::newRow("platform-error")
        << withLength("403 Forbidden", platform) << "GET"_ba << qint64(1000) << K::Platform << 403
        << qint64(platform.size()) << qint64(platform.size()) << QString();
    QTest::newRow("html-from-a-proxy")
        << answer("502 Bad Gateway", "Content-Type: text/html\r\n", "<html>502</html>") << "GET"_ba
        << qint64(1000) << K::Http << 502 << qint64(16) << qint64(16) << u"HTML"_s;
    QTest::newRow("cut-short") << answer("200 OK", "Content-Length: 100\r\n", "0123456789")
                               << "GET"_ba << qint64(1000) << K::Network << 200 << qint64(10)
                               << qint64(10) << u"closed after 10 of the 100 bytes"_s;
    QTest::newRow("announced-over-the-limit")
        << answer("200 OK", "Content-Length: 5000\r\n", QByteArray(5000, '1')) << "GET"_ba
        << qint64(1000) << K::Network << 200 << qint64(5000) << qint64(0) << u"limit"_s;
    QTest::newRow("streamed-over-the-limit")
        << answer("200 OK", {}, QByteArray(5000, '1')) << "GET"_ba << qint64(1000) << K::Network
        << 200 << qint64(-1) << qint64(1000) << u"limit"_s;
    QTest::newRow("streamed-at-the-limit")
        << answer("200 OK", {}, QByteArray(1000, '1')) << "GET"_ba << qint64(1000) << K::Success
        << 200 << qint64(1000) << qint64(1000) << QString();
    QTest::newRow("status-line-then-closed")
        << "HTTP/1.1 200 OK\r\n"_ba
        << "GET"_ba << qint64(1000) << K::Network << 0 << qint64(0) << qint64(0) << QString();
    QTest::newRow("closed-without-a-byte") << QByteArray() << "GET"_ba << qint64(1000) << K::Network
                                           << 0 << qint64(0) << qint64(0) << QString();
    QTest::newRow("not-http") << "SSH-2.0-OpenSSH_9.2\r\n"_ba
                              << "GET"_ba << qint64(1000) << K::Network << 0 << qint64(0)
                              << qint64(0) << QString();
}

void TestHttpExchange::eachWayAnAnswerEndsGetsItsKind()
{
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, method);
    QFETCH(qint64, limit);
    QFETCH(CallRecord::Kind, kind);
    QFETCH(int, status);
    QFETCH(qint64, size);
    QFETCH(qint64, kept);
    QFETCH(QString, errorTextHas);

    test::RawHttpServer server(response);
    QVERIFY(server.listen());
    HttpExchange::Options options;
    options.maxResponseBytes = limit;
    const std::optional<CallRecord> record
        = run(QUrl(server.baseUrl() + u"/v2/x"_s), options, method);
    QVERIFY(record);
    QCOMPARE(CallRecord::kindName(record->kind), CallRecord::kindName(kind));
    QCOMPARE(record->httpStatus, status);
    if (size >= 0)
        QCOMPARE(record->responseSize, size);
    else
        QVERIFY2(record->responseSize > limit, qPrintable(QString::number(record->responseSize)));
    QCOMPARE(record->responseBody.size(), kept);
    // A failure without an answer always says why; an answer says nothing unless it is HTML.
    const bool saysWhy = kind == CallRecord::Kind::Network || !errorTextHas.isEmpty();
    QVERIFY2(!FailureText::sentence(*record).isEmpty() == saysWhy,
        qPrintable(FailureText::sentence(*record)));
    QVERIFY2(FailureText::sentence(*record).contains(errorTextHas),
        qPrintable(FailureText::sentence(*record)));
    QVERIFY(server.connections() >= 1);
    QVERIFY(record->startedAt.isValid());
}

void TestHttpExchange::nothingListening()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const auto record = run(QUrl(u"http://127.0.0.1:%1/v2/x"_s.arg(port)));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QCOMPARE(record->httpStatus, 0);
    QVERIFY2(FailureText::sentence(*record).contains(u"refused"_s),
        qPrintable(FailureText::sentence(*record)));
}

void TestHttpExchange::noDataInTimeIsATimeout()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    HttpExchange::Options options;
    options.timeoutMs = 300;
    const auto record = run(QUrl(u"http://127.0.0.1:%1/v2/x"_s.arg(silent.serverPort())), options);
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Timeout);
    QVERIFY2(FailureText::sentence(*record).contains(u"300 ms"_s),
        qPrintable(FailureText::sentence(*record)));
}

void TestHttpExchange::cancelIsNotATimeout()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    CallRecord request;
    request.method = "GET";
    request.url = QUrl(u"http://127.0.0.1:%1/v2/x"_s.arg(silent.serverPort()));
    HttpExchange exchange(&m_manager, request, {});
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start();
    QVERIFY(exchange.isRunning());
    QTRY_VERIFY(silent.hasPendingConnections()); // the request is on its way
    exchange.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(exchange.wasCancelled());
    // Its own kind, not a network failure; the kind says it all (no English sentence stored).
    QCOMPARE(exchange.record().kind, CallRecord::Kind::Cancelled);
    QVERIFY(!exchange.record().isFailure());
    QVERIFY(exchange.record().errorText.isEmpty());
}

void TestHttpExchange::redirectFollowedOverHttp()
{
    const QByteArray body = R"({"from":"target"})";
    test::RawHttpServer target(withLength("200 OK", body));
    QVERIFY(target.listen());
    test::RawHttpServer redirecting(
        answer("302 Found", "Location: " + target.baseUrl().toLatin1() + "/v2/y\r\n", {}));
    QVERIFY(redirecting.listen());
    const auto record = run(QUrl(redirecting.baseUrl() + u"/v2/x"_s));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Success);
    QCOMPARE(record->httpStatus, 200);
    QCOMPARE(record->responseBody, body);
    QVERIFY(target.connections() >= 1);
}

void TestHttpExchange::redirectFromHttpsToHttpRefused()
{
    test::RawHttpServer plain(withLength("200 OK", "{}"));
    QVERIFY(plain.listen());
    test::RawHttpServer tls(
        answer("302 Found", "Location: " + plain.baseUrl().toLatin1() + "/v2/y\r\n", {}),
        test::RawHttpServer::Transport::Tls);
    QVERIFY(tls.listen());
    HttpExchange::Options options;
    options.extraTrustedCertificates
        = QSslCertificate::fromData(test::TlsTestServer::certificatePem(u"ca"_s));
    QVERIFY(!options.extraTrustedCertificates.isEmpty());
    const auto record = run(QUrl(tls.baseUrl() + u"/v2/x"_s), options);
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QVERIFY2(FailureText::sentence(*record).contains(u"https to http"_s),
        qPrintable(FailureText::sentence(*record)));
    QVERIFY(tls.connections() >= 1);
    QCOMPARE(plain.connections(), 0); // nothing was sent over plain HTTP
}

void TestHttpExchange::unknownCertificateRefusedWithItsReason()
{
    test::RawHttpServer tls(withLength("200 OK", "{}"), test::RawHttpServer::Transport::Tls);
    QVERIFY(tls.listen());
    const auto record = run(QUrl(tls.baseUrl() + u"/v2/x"_s)); // the test CA not trusted
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QVERIFY2(FailureText::sentence(*record).contains(u"certificate was refused"_s),
        qPrintable(FailureText::sentence(*record)));
    QVERIFY(record->responseBody.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
