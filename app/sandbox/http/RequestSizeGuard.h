#pragma once

#include <QHash>
#include <QObject>

class QTcpSocket;

namespace xlink::sandbox {

// Sees each connection's bytes before the HTTP server parses them, and answers requests that are
// too big itself: a request line over 16 KiB (414), headers over 64 KiB (431), a body over the
// configured limit (413). Qt HTTP Server 6.4 has no such limits: it buffers any body whole, and
// on headers its parser refuses it silently leaves the connection open, so the client would hang.
// A rejected request's remaining body is read and discarded before closing, so the client, still
// uploading, reads the error instead of a connection reset.
class RequestSizeGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSizeGuard)

public:
    RequestSizeGuard(qint64 maxBodyBytes, QObject *httpServer, QObject *parent = nullptr);

    // Call for each new connection before the HTTP server connects to its readyRead.
    void watch(QTcpSocket *socket);
    // Call when the HTTP server has parsed a whole request from `socket`.
    void requestParsed(QTcpSocket *socket);

    static constexpr qsizetype maxRequestLine = 16 * 1024;
    static constexpr qsizetype maxHead = 64 * 1024;

private:
    struct Watch
    {
        QByteArray head; // the request's bytes up to the end of its headers
        qint64 headLength = -1; // set once the blank line after the headers arrived
        qint64 contentLength = -1;
        qint64 seen = 0; // bytes of this request seen so far
        qint64 drainRemaining = -1; // >= 0 once rejected: bytes still to discard
    };

    void onReadyRead(QTcpSocket *socket);
    void reject(QTcpSocket *socket, Watch &watch, int status, int code, qint64 drainBytes);
    static qint64 contentLengthOf(const QByteArray &head);

    qint64 m_maxBodyBytes;
    QObject *m_httpServer;
    QHash<QTcpSocket *, Watch> m_watches;
};

} // namespace xlink::sandbox
