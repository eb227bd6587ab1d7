#include "http/RequestGuard.h"

#include "SandboxLog.h"
#include "http/ErrorBody.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace xlink::sandbox {

namespace {

constexpr int drainTimeoutMs = 10 * 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 408:
        return "Request Timeout";
    case 503:
        return "Service Unavailable";
    default:
        return "Request Header Fields Too Large";
    }
}

// Ends the sending side of the connection once the answer is out: the client reads the answer
// and then the end of the stream, while what it still sends is read and discarded. Qt has no
// half-close; where the system call is missing, the connection is closed after the answer.
void closeSendingSide(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (::shutdown(int(socket->socketDescriptor()), SHUT_WR) == 0)
        return;
#endif
    socket->disconnectFromHost();
}

} // namespace

RequestGuard::RequestGuard(const SandboxOptions &options, QObject *httpServer, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(options.maxBodyBytes)
    , m_stalledRequestTimeoutMs(options.stalledRequestTimeoutMs)
    , m_headerTimeoutMs(options.headerTimeoutMs)
    , m_idleTimeoutMs(options.idleTimeoutMs)
    , m_maxConnectionsPerAddress(options.maxConnectionsPerAddress)
    , m_httpServer(httpServer)
{
    const int shortest
        = std::min({ m_stalledRequestTimeoutMs, m_headerTimeoutMs, m_idleTimeoutMs });
    m_deadlineCheck.setInterval(std::clamp(shortest / 4, 10, 1000));
    connect(&m_deadlineCheck, &QTimer::timeout, this, &RequestGuard::checkDeadlines);
}

bool RequestGuard::watch(QTcpSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    if (m_connectionsByAddress.value(address) >= m_maxConnectionsPerAddress) {
        // Not the HTTP server's: answered here before any request, and closed.
        qCInfo(lcSandbox) << "refusing a connection: its address holds"
                          << m_maxConnectionsPerAddress << "already";
        const QByteArray body = ErrorBody::render(5031001);
        socket->write("HTTP/1.1 503 " + reasonPhrase(503)
            + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        QTimer::singleShot(drainTimeoutMs, socket, [socket] { socket->abort(); });
        return false;
    }
    ++m_connectionsByAddress[address];
    Watch watch;
    watch.socket = socket;
    watch.address = address;
    watch.idleDeadline.setRemainingTime(m_idleTimeoutMs);
    m_watches.insert(socket, watch);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    // An answer still going out keeps the connection busy.
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (const auto it = m_watches.find(socket); it != m_watches.end())
            it->idleDeadline.setRemainingTime(m_idleTimeoutMs);
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (!m_deadlineCheck.isActive())
        m_deadlineCheck.start();
    return true;
}

void RequestGuard::forget(QTcpSocket *socket)
{
    const auto it = m_watches.find(socket);
    if (it == m_watches.end())
        return;
    const auto count = m_connectionsByAddress.find(it->address);
    if (count != m_connectionsByAddress.end() && --*count <= 0)
        m_connectionsByAddress.erase(count);
    m_watches.erase(it);
}

void RequestGuard::requestParsed(QTcpSocket *socket)
{
    const auto it = m_watches.find(socket);
    if (it != m_watches.end()) {
        Watch fresh;
        fresh.socket = socket;
        fresh.address = it->address;
        fresh.unanswered = it->unanswered + 1;
        fresh.idleDeadline.setRemainingTime(m_idleTimeoutMs);
        *it = fresh;
    }
}

void RequestGuard::replied(QTcpSocket *socket)
{
    const auto it = m_watches.find(socket);
    if (it != m_watches.end()) {
        it->unanswered = std::max(it->unanswered - 1, 0);
        it->idleDeadline.setRemainingTime(m_idleTimeoutMs);
    }
}

void RequestGuard::checkDeadlines()
{
    QList<QTcpSocket *> gone;
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        QTcpSocket *socket = it->socket;
        if (!socket) {
            gone << it.key();
            continue;
        }
        if (it->refused)
            continue; // answered already, closing
        if (it->seen > 0) {
            // Headers dripping in one byte at a time, or a request stalled half-sent.
            if ((it->headLength < 0 && it->headDeadline.hasExpired())
                || it->stallDeadline.hasExpired())
                reject(socket, *it, 408, ErrorBody::requestTimeoutCode);
        } else if (it->unanswered == 0 && socket->bytesToWrite() == 0
            && it->idleDeadline.hasExpired()) {
            qCDebug(lcSandbox) << "closing an idle connection";
            it->idleDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
            socket->disconnectFromHost();
        }
    }
    for (QTcpSocket *socket : std::as_const(gone))
        forget(socket);
    if (m_watches.isEmpty())
        m_deadlineCheck.stop();
}

qint64 RequestGuard::contentLengthOf(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && length >= 0 ? length : -1;
        }
    }
    return -1;
}

void RequestGuard::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_watches.find(socket);
    if (it == m_watches.end())
        return;
    Watch &watch = *it;
    const qint64 available = socket->bytesAvailable();
    // The header deadline runs from a request's first byte and is never extended.
    if (watch.seen == 0 && watch.headLength < 0 && !watch.refused)
        watch.headDeadline.setRemainingTime(m_headerTimeoutMs);
    watch.stallDeadline.setRemainingTime(m_stalledRequestTimeoutMs);
    watch.idleDeadline.setRemainingTime(m_idleTimeoutMs);
    if (!m_deadlineCheck.isActive())
        m_deadlineCheck.start();
    if (watch.refused) {
        socket->skip(available);
        return;
    }
    if (watch.headLength < 0) {
        // Only the new bytes are peeked: the server has read everything before them.
        watch.head += socket->peek(std::min<qint64>(available, maxHead + 4 - watch.head.size()));
        const qsizetype lineEnd = watch.head.indexOf("\r\n");
        const qsizetype headEnd = watch.head.indexOf("\r\n\r\n");
        if (lineEnd < 0 ? watch.head.size() > maxRequestLine : lineEnd > maxRequestLine) {
            reject(socket, watch, 414, ErrorBody::uriTooLongCode);
            return;
        }
        if (headEnd < 0) {
            if (watch.head.size() > maxHead)
                reject(socket, watch, 431, ErrorBody::headersTooLargeCode);
            watch.seen += available;
            return;
        }
        watch.headLength = headEnd + 4;
        watch.contentLength = contentLengthOf(watch.head.left(headEnd));
        watch.head.clear();
        if (watch.contentLength > m_maxBodyBytes) {
            reject(socket, watch, 413, ErrorBody::bodyTooLargeCode);
            return;
        }
    }
    watch.seen += available;
    // A chunked body announces no length: it is cut off once it grows past the limit.
    if (watch.seen - watch.headLength > m_maxBodyBytes)
        reject(socket, watch, 413, ErrorBody::bodyTooLargeCode);
}

void RequestGuard::reject(QTcpSocket *socket, Watch &watch, int status, int code)
{
    qCInfo(lcSandbox) << "refusing a request with HTTP" << status;
    // From here on the guard alone reads this connection.
    QObject::disconnect(socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    watch.refused = true;
    socket->skip(socket->bytesAvailable());
    const QByteArray body = ErrorBody::render(code);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // The connection ends when the client closes its side (Qt then closes the socket), or at
    // the drain timeout for a client that never does.
    auto closed = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::bytesWritten, this, [socket, closed] {
        if (!*closed && socket->bytesToWrite() == 0
            && socket->state() == QAbstractSocket::ConnectedState) {
            *closed = true;
            closeSendingSide(socket);
        }
    });
    socket->flush();
    QTimer::singleShot(drainTimeoutMs, socket, [socket] { socket->abort(); });
}

} // namespace xlink::sandbox
