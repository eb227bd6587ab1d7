#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <memory>

namespace xlink::test {

// A loopback HTTP(S) server that answers every request with one canned raw response (status
// line, headers and body exactly as given) and counts the connections it accepted: for the cases
// the sandbox does not produce, such as a body without Content-Length or a redirect, or to prove
// that nothing was sent at all. With TLS it presents tests/data/tls/server.pem (test CA).
class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    enum class Transport { Plain, Tls };
    explicit RawHttpServer(const QByteArray &response, Transport transport = Transport::Plain,
        QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server->serverPort(); }
    QString baseUrl() const;
    int connections() const { return m_connections; }
    // The request line and headers of the last request answered, as they came.
    QByteArray lastRequestHead() const { return m_lastHead; }

private:
    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_response;
    bool m_tls;
    int m_connections = 0;
    QByteArray m_lastHead;
};

} // namespace xlink::test
