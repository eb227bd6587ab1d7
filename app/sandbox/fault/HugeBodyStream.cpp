#include "fault/HugeBodyStream.h"

#include <QTcpSocket>

namespace xlink::sandbox {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 highWater = 4 * chunkSize;
constexpr char prefix[] = "{\"padding\":\"";
constexpr char suffix[] = "\"}";
constexpr qint64 prefixLength = sizeof(prefix) - 1;
constexpr qint64 suffixLength = sizeof(suffix) - 1;

} // namespace

HugeBodyStream::HugeBodyStream(QTcpSocket *socket, qint64 totalBytes, qint64 stopAfter)
    : QObject(socket)
    , m_socket(socket)
    , m_total(totalBytes)
    , m_stopAfter(std::min(stopAfter, totalBytes))
{ }

QByteArray HugeBodyStream::bodyPart(qint64 totalBytes, qint64 offset, qint64 length)
{
    QByteArray part;
    part.reserve(length);
    const bool padded = totalBytes >= prefixLength + suffixLength;
    for (qint64 i = offset; i < offset + length && i < totalBytes; ++i) {
        char c;
        if (!padded && totalBytes == 1)
            c = '0';
        else if (!padded) // "[", blanks, "]": an empty array
            c = i == 0 ? '[' : (i == totalBytes - 1 ? ']' : ' ');
        else if (i < prefixLength)
            c = prefix[i];
        else if (i >= totalBytes - suffixLength)
            c = suffix[i - (totalBytes - suffixLength)];
        else
            c = 'x';
        part.append(c);
    }
    return part;
}

void HugeBodyStream::start()
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HugeBodyStream::writeMore);
    writeMore();
}

void HugeBodyStream::writeMore()
{
    while (m_written < m_stopAfter && m_socket->bytesToWrite() < highWater) {
        const qint64 length = std::min(chunkSize, m_stopAfter - m_written);
        if (m_written >= prefixLength && m_written + length <= m_total - suffixLength) {
            // The middle of the body is all padding: no need to build it byte by byte.
            m_socket->write(QByteArray(length, 'x'));
        } else {
            m_socket->write(bodyPart(m_total, m_written, length));
        }
        m_written += length;
    }
    if (m_written >= m_stopAfter) {
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &HugeBodyStream::writeMore);
        if (m_stopAfter < m_total)
            m_socket->disconnectFromHost();
        deleteLater();
    }
}

} // namespace xlink::sandbox
