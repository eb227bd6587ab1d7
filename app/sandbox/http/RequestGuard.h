#pragma once

#include "SandboxOptions.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace xlink::sandbox {

// Sees each connection's bytes before the HTTP server parses them, and answers itself requests
// that are too big: a request line over 16 KiB (414), headers over 64 KiB (431), a body over the
// configured limit (413); requests that stall half-sent for longer than the timeout, or whose
// headers are not complete by the header deadline however steadily they drip in (408). A
// kept-alive connection idle past the idle timeout is closed, and a client address holding
// the most connections allowed gets no more (503, then closed).
// Qt HTTP Server 6.4 has no such limits: it buffers any body whole, waits for the rest of a
// request forever, and closes a connection whose headers exceed its parser's limit without an
// answer. After a refusal the guard ends only its sending side, and reads and discards what the
// client still sends until the client closes (at most for a drain timeout): a connection closed
// with bytes unread ends in a reset, and the client, still uploading, would lose the refusal
// before reading it.
class RequestGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGuard)

public:
    RequestGuard(const SandboxOptions &options, QObject *httpServer, QObject *parent = nullptr);

    // Call for each new connection before the HTTP server connects to its readyRead. False
    // when its address holds too many connections already: the socket has been answered 503
    // and is closing; do not hand it to the HTTP server.
    bool watch(QTcpSocket *socket);
    // Call when the HTTP server has parsed a whole request from `socket`, and when it has
    // handed that request's answer to the socket (which may be later, for a delayed answer).
    void requestParsed(QTcpSocket *socket);
    void replied(QTcpSocket *socket);

    static constexpr qsizetype maxRequestLine = 16 * 1024;
    static constexpr qsizetype maxHead = 64 * 1024;

private:
    struct Watch
    {
        QByteArray head; // the request's bytes up to the end of its headers
        qint64 headLength = -1; // set once the blank line after the headers arrived
        qint64 contentLength = -1;
        qint64 seen = 0; // bytes of this request seen so far
        bool refused = false; // answered by the guard: the rest is read and discarded
        QDeadlineTimer stallDeadline; // for a request begun but not complete
        QDeadlineTimer headDeadline; // for the headers of a request begun
        QDeadlineTimer idleDeadline; // for a connection with no request in progress
        int unanswered = 0; // requests parsed whose answer is not written yet
        QPointer<QTcpSocket> socket; // the HTTP server may delete it without telling
        QHostAddress address;
    };

    void onReadyRead(QTcpSocket *socket);
    void reject(QTcpSocket *socket, Watch &watch, int status, int code);
    static qint64 contentLengthOf(const QByteArray &head);
    void checkDeadlines();
    void forget(QTcpSocket *socket);

    qint64 m_maxBodyBytes;
    int m_stalledRequestTimeoutMs;
    int m_headerTimeoutMs;
    int m_idleTimeoutMs;
    int m_maxConnectionsPerAddress;
    QObject *m_httpServer;
    QTimer m_deadlineCheck;
    QHash<QTcpSocket *, Watch> m_watches;
    QHash<QHostAddress, int> m_connectionsByAddress;
};

} // namespace xlink::sandbox
