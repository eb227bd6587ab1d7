#include "http/RequestGuard.h"

#include "SandboxLog.h"
#include "http/ErrorBody.h"

#include <QTcpSocket>
#include <QTimer>

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
    default:
        return "Request Header Fields Too Large";
    }
}

} // namespace

RequestGuard::RequestGuard(
    qint64 maxBodyBytes, int stalledRequestTimeoutMs, QObject *httpServer, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_stalledRequestTimeoutMs(stalledRequestTimeoutMs)
    , m_httpServer(httpServer)
{
    m_stallCheck.setInterval(std::clamp(stalledRequestTimeoutMs / 4, 10, 1000));
    connect(&m_stallCheck, &QTimer::timeout, this, &RequestGuard::closeStalled);
}

void RequestGuard::watch(QTcpSocket *socket)
{
    Watch watch;
    watch.socket = socket;
    m_watches.insert(socket, watch);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_watches.remove(socket); });
}

void RequestGuard::requestParsed(QTcpSocket *socket)
{
    const auto it = m_watches.find(socket);
    if (it != m_watches.end()) {
        Watch fresh;
        fresh.socket = socket;
        *it = fresh;
    }
}

void RequestGuard::closeStalled()
{
    bool pending = false;
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (!it->socket) {
            it = m_watches.erase(it);
            continue;
        }
        if (it->seen > 0 && it->drainRemaining < 0) {
            if (it->stallDeadline.hasExpired())
                reject(it->socket, *it, 408, 4001001, 0);
            else
                pending = true;
        }
        ++it;
    }
    if (!pending)
        m_stallCheck.stop();
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
    watch.stallDeadline.setRemainingTime(m_stalledRequestTimeoutMs);
    if (!m_stallCheck.isActive())
        m_stallCheck.start();
    if (watch.drainRemaining >= 0) {
        watch.drainRemaining -= socket->skip(available);
        if (watch.drainRemaining <= 0)
            socket->disconnectFromHost();
        return;
    }
    if (watch.headLength < 0) {
        // Only the new bytes are peeked: the server has read everything before them.
        watch.head += socket->peek(std::min<qint64>(available, maxHead + 4 - watch.head.size()));
        const qsizetype lineEnd = watch.head.indexOf("\r\n");
        const qsizetype headEnd = watch.head.indexOf("\r\n\r\n");
        if (lineEnd < 0 ? watch.head.size() > maxRequestLine : lineEnd > maxRequestLine) {
            reject(socket, watch, 414, 4041001, 0);
            return;
        }
        if (headEnd < 0) {
            if (watch.head.size() > maxHead)
                reject(socket, watch, 431, 4001001, 0);
            watch.seen += available;
            return;
        }
        watch.headLength = headEnd + 4;
        watch.contentLength = contentLengthOf(watch.head.left(headEnd));
        watch.head.clear();
        if (watch.contentLength > m_maxBodyBytes) {
            const qint64 total = watch.headLength + watch.contentLength;
            reject(socket, watch, 413, 4001001, total - watch.seen);
            return;
        }
    }
    watch.seen += available;
    // A chunked body announces no length: it is cut off once it grows past the limit.
    if (watch.seen - watch.headLength > m_maxBodyBytes)
        reject(socket, watch, 413, 4001001, 0);
}

void RequestGuard::reject(QTcpSocket *socket, Watch &watch, int status, int code, qint64 drainBytes)
{
    qCInfo(lcSandbox) << "refusing a request with HTTP" << status;
    // From here on the guard alone reads this connection.
    QObject::disconnect(socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    const QByteArray body = ErrorBody::render(code);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    watch.drainRemaining = std::max<qint64>(drainBytes, 0) - socket->skip(socket->bytesAvailable());
    if (watch.drainRemaining <= 0) {
        watch.drainRemaining = 0;
        socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(drainTimeoutMs, socket, [socket] { socket->abort(); });
}

} // namespace xlink::sandbox
