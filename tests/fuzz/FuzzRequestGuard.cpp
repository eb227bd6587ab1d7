// libFuzzer target: the sandbox's RequestGuard, which sees every byte a client sends before
// the HTTP server parses it. The input goes over a real loopback connection in chunks (the
// first byte sets the chunk size). The guard either lets every byte through to the server
// untouched, or answers 413/414/431 itself, only for a request that is too large, and closes.
#include "FuzzCheck.h"
#include "http/RequestGuard.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstddef>
#include <cstdint>
#include <memory>

using xlink::sandbox::RequestGuard;
using xlink::sandbox::SandboxOptions;

namespace {

constexpr qint64 maxBody = 256;

// libFuzzer has no application object; the regression test (a Qt Test) has one already.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz_request_guard";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

qint64 announcedLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && length >= 0 ? length : -1;
        }
    }
    return -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    ensureApplication();
    // Never destroyed: it must outlive every input, and the application object.
    static QTcpServer *const server = new QTcpServer;
    if (!server->isListening())
        XLINK_FUZZ_CHECK(server->listen(QHostAddress::LocalHost));
    const qsizetype chunk = 1 + data[0] * 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QObject httpServer; // stands in for Qt HTTP Server: reads what reaches it
    SandboxOptions options;
    options.maxBodyBytes = maxBody;
    options.stalledRequestTimeoutMs = 60'000;
    RequestGuard guard(options, &httpServer);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server->serverPort());
    XLINK_FUZZ_CHECK(client.waitForConnected(5000));
    XLINK_FUZZ_CHECK(server->waitForNewConnection(5000));
    std::unique_ptr<QTcpSocket> serverSide(server->nextPendingConnection());
    XLINK_FUZZ_CHECK(serverSide != nullptr);
    guard.watch(serverSide.get());
    QByteArray passed;
    QObject::connect(serverSide.get(), &QTcpSocket::readyRead, &httpServer,
        [&] { passed += serverSide->readAll(); });

    // A client stops sending once its connection is gone (after a refusal, the guard ends it).
    for (qsizetype at = 0; at < input.size() && client.state() == QAbstractSocket::ConnectedState;
         at += chunk) {
        client.write(input.mid(at, chunk));
        client.flush();
        QCoreApplication::processEvents();
    }
    // Until everything reached the server, or the guard's answer (its head) is in, or the
    // connection is gone and nothing is left to read.
    QByteArray answer;
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && passed.size() < input.size() && !answer.contains("\r\n\r\n")
        && client.isOpen()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (client.state() == QAbstractSocket::ConnectedState)
            client.waitForReadyRead(1);
        if (client.isOpen())
            answer += client.readAll();
    }
    if (client.isOpen())
        answer += client.readAll();
    if (answer.isEmpty()) {
        // Nothing refused: every byte reached the server, unchanged.
        XLINK_FUZZ_CHECK(passed == input);
        return 0;
    }
    XLINK_FUZZ_CHECK(answer.startsWith("HTTP/1.1 4"));
    const int status = answer.mid(9, 3).toInt();
    const qsizetype lineEnd = input.indexOf("\r\n");
    const qsizetype headEnd = input.indexOf("\r\n\r\n");
    switch (status) {
    case 414:
        XLINK_FUZZ_CHECK(lineEnd < 0 ? input.size() > RequestGuard::maxRequestLine
                                     : lineEnd > RequestGuard::maxRequestLine);
        break;
    case 431:
        XLINK_FUZZ_CHECK(headEnd < 0 || headEnd > RequestGuard::maxHead);
        break;
    case 413:
        XLINK_FUZZ_CHECK(headEnd >= 0);
        XLINK_FUZZ_CHECK(announcedLength(input.left(headEnd)) > maxBody
            || input.size() - (headEnd + 4) > maxBody);
        break;
    default:
        XLINK_FUZZ_CHECK(false && "an answer other than 413, 414 or 431");
    }
    // Nothing past the refused request's first bytes reaches the server.
    XLINK_FUZZ_CHECK(passed.size() <= input.size() && input.startsWith(passed));
    return 0;
}
