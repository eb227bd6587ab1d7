#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace xlink::test {

// A loopback HTTP server that answers every request with one canned raw response (status line,
// headers and body exactly as given) and counts the connections it accepted: for the cases the
// sandbox does not produce, such as a body without Content-Length, or proving that nothing was
// sent at all.
class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    explicit RawHttpServer(const QByteArray &response, QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, any free port
    QString baseUrl() const;
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    int m_connections = 0;
};

} // namespace xlink::test
