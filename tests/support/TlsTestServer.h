#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QString>

namespace xlink::test {

// An HTTPS server on 127.0.0.1 for tests, presenting a certificate from tests/data/tls/. It
// answers every complete request with one canned response and closes the connection, and counts
// what happened, so a test can tell "refused before any request was sent" from "served".
class TlsTestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestServer)

public:
    // `name` is a certificate in tests/data/tls/: "server", "self-signed", "expired", "wrong-host".
    explicit TlsTestServer(const QString &name, QObject *parent = nullptr);
    ~TlsTestServer() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const;
    QString baseUrl() const; // https://127.0.0.1:<port>

    void setResponse(int status, const QByteArray &body);

    int requestsServed() const { return m_served; }
    int failedHandshakes() const { return m_failedHandshakes; }
    QByteArray lastRequestHead() const { return m_lastHead; }

    // PEM of tests/data/tls/<name>.pem (a leaf, or "ca" for the test CA).
    static QByteArray certificatePem(const QString &name);

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    int m_status = 200;
    QByteArray m_body = R"({"ok":true})";
    int m_served = 0;
    int m_failedHandshakes = 0;
    QByteArray m_lastHead;
};

} // namespace xlink::test
