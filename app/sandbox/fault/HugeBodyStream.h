#pragma once

#include <QObject>

class QTcpSocket;

namespace xlink::sandbox {

// Streams a valid JSON body of exactly `totalBytes` ({"padding":"xxx..."}, or a blank-padded
// empty array when that does not fit) onto a socket in
// chunks, writing more only as the socket drains, so a body of gigabytes never sits in memory.
// With `stopAfter` below the total it closes the connection there (the drop fault).
class HugeBodyStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HugeBodyStream)

public:
    HugeBodyStream(QTcpSocket *socket, qint64 totalBytes, qint64 stopAfter);
    void start();

    // Bytes [offset, offset + length) of the body of `totalBytes`.
    static QByteArray bodyPart(qint64 totalBytes, qint64 offset, qint64 length);

private:
    void writeMore();

    QTcpSocket *m_socket;
    qint64 m_total;
    qint64 m_stopAfter;
    qint64 m_written = 0;
};

} // namespace xlink::sandbox
