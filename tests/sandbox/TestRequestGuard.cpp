// RequestGuard on its own, between real loopback sockets: what it answers itself (414 for a
// long request line, 431 for long headers, 413 for a body over the limit, announced or
// chunked, 408 for a request stalled half-sent) and what it lets through untouched to the HTTP
// server, played here by the test, which reads every byte the guard does not take.
#include "http/RequestGuard.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace xlink::sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxBody = 1000;
constexpr int stallMs = 300;

SandboxOptions guardOptions()
{
    SandboxOptions options;
    options.maxBodyBytes = maxBody;
    options.stalledRequestTimeoutMs = stallMs;
    return options;
}

// A guarded loopback server whose "HTTP server" (this object) reads whatever reaches it.
class GuardedPair final : public QObject
{
public:
    GuardedPair()
        : guard(guardOptions(), this)
    {
        QObject::connect(&server, &QTcpServer::newConnection, this, [this] {
            serverSide = server.nextPendingConnection();
            guard.watch(serverSide);
            // Connected after the guard, as the HTTP server is.
            QObject::connect(serverSide, &QTcpSocket::readyRead, this,
                [this] { passedThrough += serverSide->readAll(); });
        });
    }
    bool connect()
    {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        return client.waitForConnected(5000) && QTest::qWaitFor([this] { return serverSide; });
    }

    QTcpServer server;
    RequestGuard guard;
    QTcpSocket client;
    QTcpSocket *serverSide = nullptr;
    QByteArray passedThrough;
};

QByteArray request(const QByteArray &head, const QByteArray &body = {})
{
    return head + "\r\n\r\n" + body;
}

} // namespace

class TestRequestGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooLargeRequestsAreAnsweredByTheGuard_data();
    void tooLargeRequestsAreAnsweredByTheGuard();
    void acceptableRequestsReachTheServerUntouched_data();
    void acceptableRequestsReachTheServerUntouched();
    void stalledRequestIs408();
    void clientStillSendingAfterTheRefusalReadsIt_data();
    void clientStillSendingAfterTheRefusalReadsIt();
    void idleBetweenRequestsIsLeftAlone();
};

void TestRequestGuard::tooLargeRequestsAreAnsweredByTheGuard_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");

    const QByteArray longTarget(RequestGuard::maxRequestLine + 1, 'a');
    QTest::newRow("request-line-over-16k")
        << request("GET /" + longTarget + " HTTP/1.1\r\nHost: x") << 414 << "4141001"_ba;
    QTest::newRow("request-line-over-16k-without-end")
        << "GET /" + longTarget << 414 << "4141001"_ba;
    QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: x";
    while (manyHeaders.size() <= RequestGuard::maxHead)
        manyHeaders += "\r\nX-Filler: " + QByteArray(100, 'z');
    QTest::newRow("headers-over-64k") << manyHeaders << 431 << "4311001"_ba;
    QTest::newRow("announced-body-over-limit")
        << request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1001", QByteArray(1001, 'b'))
        << 413 << "4131001"_ba;
    QTest::newRow("content-length-any-case")
        << request("POST / HTTP/1.1\r\nHost: x\r\ncOnTeNt-LeNgTh:   5000", QByteArray(5000, 'b'))
        << 413 << "4131001"_ba;
    QTest::newRow("chunked-body-growing-past-limit")
        << request("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked",
               "7d0\r\n" + QByteArray(2000, 'c') + "\r\n")
        << 413 << "4131001"_ba;
}

void TestRequestGuard::tooLargeRequestsAreAnsweredByTheGuard()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    GuardedPair pair;
    QVERIFY(pair.connect());
    pair.client.write(sent);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += pair.client.readAll(), answer.contains("}}")), 10000);
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
        answer.left(60).constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    QVERIFY2(answer.contains(QByteArray("\"code\":\"" + code + '"')), answer.constData());
    // The guard closes the connection once the rest of the request is read and dropped.
    QTRY_COMPARE_WITH_TIMEOUT(pair.client.state(), QAbstractSocket::UnconnectedState, 10000);
    // Nothing of the refused request past what arrived before the refusal reached the server.
    QVERIFY(pair.passedThrough.size() < sent.size());
}

void TestRequestGuard::acceptableRequestsReachTheServerUntouched_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("small-get") << request("GET /v2/corp HTTP/1.1\r\nHost: x");
    QTest::newRow("body-at-the-limit")
        << request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000", QByteArray(1000, 'b'));
    QTest::newRow("request-line-at-16k")
        << request("GET /" + QByteArray(RequestGuard::maxRequestLine - 15, 'a') + " HTTP/1.1");
    QTest::newRow("no-content-length") << request("DELETE /v2/x HTTP/1.1\r\nHost: x");
    QTest::newRow("bad-content-length-is-no-length")
        << request("POST / HTTP/1.1\r\nContent-Length: lots", "{}");
}

void TestRequestGuard::acceptableRequestsReachTheServerUntouched()
{
    QFETCH(QByteArray, sent);
    GuardedPair pair;
    QVERIFY(pair.connect());
    pair.client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(pair.passedThrough.size(), sent.size(), 10000);
    QCOMPARE(pair.passedThrough, sent);
    // Whatever the guard would have said was written before the server saw the last byte:
    // the first thing the client reads is the server's own answer.
    pair.serverSide->write("server-answer");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += pair.client.readAll(), answer.size() >= qsizetype(13)), 10000);
    QCOMPARE(answer, "server-answer"_ba);
    QCOMPARE(pair.client.state(), QAbstractSocket::ConnectedState);
}

void TestRequestGuard::stalledRequestIs408()
{
    GuardedPair pair;
    QVERIFY(pair.connect());
    pair.client.write("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{\"a\"");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += pair.client.readAll(), answer.contains("}}")), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.left(60).constData());
    QTRY_COMPARE_WITH_TIMEOUT(pair.client.state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestRequestGuard::clientStillSendingAfterTheRefusalReadsIt_data()
{
    QTest::addColumn<QByteArray>("refused");
    QTest::addColumn<int>("status");
    // Refusals where the guard cannot know how much more is coming: a body grown past the
    // limit, more bytes than announced, a request line or headers too long.
    QTest::newRow("chunked-body-past-limit") << request(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked", "7d0\r\n" + QByteArray(maxBody + 10, 'c'))
                                             << 413;
    QTest::newRow("more-than-announced")
        << request("POST / HTTP/1.1\r\nContent-Length: 1000", QByteArray(maxBody + 10, 'b')) << 413;
    QTest::newRow("announced-over-limit")
        << request("POST / HTTP/1.1\r\nContent-Length: 1001", QByteArray(maxBody + 1, 'b')) << 413;
    QTest::newRow("request-line-too-long")
        << "GET /" + QByteArray(RequestGuard::maxRequestLine + 1, 'a') << 414;
}

void TestRequestGuard::clientStillSendingAfterTheRefusalReadsIt()
{
    // A client goes on uploading after the guard refused its request (it cannot know yet). A
    // connection closed with bytes unread ends in a reset instead of an orderly close, and the
    // client, whose next write meets the reset, loses the refusal it had not read yet: it must
    // read the refusal whatever it sends after it. The client here writes in small pieces,
    // turning the event loop between them, for as long as the connection is open.
    QFETCH(QByteArray, refused);
    QFETCH(int, status);
    GuardedPair pair;
    QVERIFY(pair.connect());
    const QByteArray sent = refused + QByteArray(200, 'x');
    const qsizetype piece = refused.size() > 4096 ? 64 : 1;
    for (qsizetype at = 0;
         at < sent.size() && pair.client.state() == QAbstractSocket::ConnectedState; at += piece) {
        pair.client.write(sent.mid(at, piece));
        pair.client.flush();
        QCoreApplication::processEvents();
    }
    // Read until the whole answer is in, or the connection is gone (a reset closes it).
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        !pair.client.isOpen() || (answer += pair.client.readAll(), answer.contains("}}")), 10000);
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
        qPrintable(u"answer: '%1', connection: %2"_s.arg(
            QString::fromLatin1(answer.left(60)), pair.client.errorString())));
    // Once the client has it, the connection ends.
    QTRY_COMPARE_WITH_TIMEOUT(pair.client.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(pair.passedThrough.size() < refused.size());
}

void TestRequestGuard::idleBetweenRequestsIsLeftAlone()
{
    GuardedPair first;
    QVERIFY(first.connect());
    const QByteArray whole = request("GET / HTTP/1.1\r\nHost: x");
    first.client.write(whole);
    QTRY_COMPARE(first.passedThrough.size(), whole.size());
    first.guard.requestParsed(first.serverSide);
    // A second connection that stalls after the first went idle: once it has its 408, the
    // first has been idle longer than the stall timeout.
    GuardedPair second;
    QVERIFY(second.connect());
    second.client.write("GET / HTTP/1.1\r\nHost");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += second.client.readAll(), answer.startsWith("HTTP/1.1 408 ")), 10000);
    QCOMPARE(first.client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(first.client.bytesAvailable(), 0);
    // And its next request goes through.
    first.client.write(whole);
    QTRY_COMPARE(first.passedThrough.size(), 2 * whole.size());
}

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "TestRequestGuard.moc"
