// Slow and idle clients cannot hold the sandbox's connections: headers that drip in past the
// header deadline get 408 (a platform error body, code 408xxxx) and the connection closes; an
// idle kept-alive connection is closed; one client address gets at most N connections, while
// other addresses and its own first N are still served. Raw sockets on loopback, short
// deadlines, and every wait is on a socket signal or an answer.
#include "SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace xlink::sandbox;

namespace {

const QByteArray unknownPath = "GET /v2/no-such-thing HTTP/1.1\r\nHost: sandbox\r\n\r\n";

// Reads until a whole answer (headers and a JSON body) is in, or the connection ends. Waits
// in the event loop: the sandbox answers from this thread.
QByteArray readAnswer(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray answer;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        answer += socket.readAll();
        if (answer.contains("}}") || deadline.hasExpired()
            || socket.state() != QAbstractSocket::ConnectedState)
            break;
        ready.wait(int(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    return answer + socket.readAll();
}

QByteArray bodyOf(const QByteArray &answer)
{
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress &from, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!from.isNull())
        socket->bind(from);
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// A fresh connection from `from` gets an answer to a request.
bool served(const QHostAddress &from, quint16 port)
{
    const auto socket = connectFrom(from, port);
    if (!socket)
        return false;
    socket->write(unknownPath);
    return readAnswer(*socket, 2000).startsWith("HTTP/1.1 404");
}

} // namespace

class TestSandboxDeadlines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drippingHeadersGet408();
    void idleConnectionIsClosed();
    void slowAnswerIsNotIdle();
    void connectionsPerAddressAreCapped();
};

void TestSandboxDeadlines::drippingHeadersGet408()
{
    SandboxOptions options;
    options.headerTimeoutMs = 300;
    options.stalledRequestTimeoutMs = 60'000; // each byte comes well within this
    SandboxServer server(options);
    QVERIFY(server.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    // One byte every 20 ms: headers that would never end.
    const QByteArray head = "GET /v2/corp HTTP/1.1\r\nHost: sandbox\r\nX-Padding: ";
    qsizetype sent = 0;
    QTimer drip;
    drip.setInterval(20);
    connect(&drip, &QTimer::timeout, &socket, [&] {
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.write(sent < head.size() ? head.mid(sent, 1) : QByteArray("a"));
        ++sent;
    });
    drip.start();
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("}}")), 10'000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.left(40).constData());
    const QJsonObject error = QJsonDocument::fromJson(bodyOf(answer))[u"error"].toObject();
    QVERIFY2(error[u"code"].toString().startsWith(u"408"), bodyOf(answer).constData());
    QVERIFY(!error[u"msg"].toString().isEmpty());
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    // Other clients are served as before.
    QVERIFY(served({}, server.port()));
}

void TestSandboxDeadlines::idleConnectionIsClosed()
{
    SandboxOptions options;
    options.idleTimeoutMs = 200;
    SandboxServer server(options);
    QVERIFY(server.listen());

    // Connected and silent.
    const auto silent = connectFrom({}, server.port());
    QVERIFY(silent);
    QSignalSpy silentClosed(silent.get(), &QTcpSocket::disconnected);
    // Kept alive after an answer, then silent.
    const auto keptAlive = connectFrom({}, server.port());
    QVERIFY(keptAlive);
    QSignalSpy keptAliveClosed(keptAlive.get(), &QTcpSocket::disconnected);
    keptAlive->write(unknownPath);
    const QByteArray answer = readAnswer(*keptAlive);
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(40).constData());
    QVERIFY(!answer.toLower().contains("connection: close"));

    QVERIFY(silentClosed.count() > 0 || silentClosed.wait(5000));
    QVERIFY(keptAliveClosed.count() > 0 || keptAliveClosed.wait(5000));
}

void TestSandboxDeadlines::slowAnswerIsNotIdle()
{
    SandboxOptions options;
    options.idleTimeoutMs = 100;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const auto socket = connectFrom({}, server.port());
    QVERIFY(socket);
    // The answer comes well after the idle timeout: the connection waits for it.
    socket->write("GET /v2/no-such-thing HTTP/1.1\r\nHost: sandbox\r\n"
                  "X-Sandbox-Fault: delay=600\r\n\r\n");
    const QByteArray answer = readAnswer(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(40).constData());
}

void TestSandboxDeadlines::connectionsPerAddressAreCapped()
{
    SandboxOptions options;
    options.maxConnectionsPerAddress = 3;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const QHostAddress first(u"127.0.0.1"_s);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(connectFrom(first, server.port()));
        QVERIFY(held.back());
    }
    // The fourth from the same address is answered 503 and closed.
    const auto extra = connectFrom(first, server.port());
    QVERIFY(extra);
    QSignalSpy extraClosed(extra.get(), &QTcpSocket::disconnected);
    const QByteArray refused = readAnswer(*extra);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.left(40).constData());
    QVERIFY(extraClosed.count() > 0 || extraClosed.wait(5000));

    // The three held connections still work, and so does another address.
    for (const auto &socket : held) {
        socket->write(unknownPath);
        const QByteArray answer = readAnswer(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(40).constData());
    }
    QVERIFY(served(QHostAddress(u"127.0.0.2"_s), server.port()));

    // Once one closes, the address gets a connection again.
    QSignalSpy heldClosed(held.front().get(), &QTcpSocket::disconnected);
    held.front()->disconnectFromHost();
    QVERIFY(heldClosed.count() > 0 || heldClosed.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(served(first, server.port()), 5000);
}

QTEST_GUILESS_MAIN(TestSandboxDeadlines)
#include "TestSandboxDeadlines.moc"
