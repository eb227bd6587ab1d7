#include "RawHttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace xlink::test {

namespace {
QByteArray readTlsFile(const char *name)
{
    QFile file(QStringLiteral(XLINK_TEST_DATA_DIR "/tls/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}
} // namespace

RawHttpServer::RawHttpServer(const QByteArray &response, Transport transport, QObject *parent)
    : QObject(parent)
    , m_response(response)
    , m_tls(transport == Transport::Tls)
{
    if (m_tls) {
        auto *server = new QSslServer;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(readTlsFile("server.pem")));
        config.setPrivateKey(QSslKey(readTlsFile("server.key"), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        m_server.reset(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                // Answer once the request head is complete; the tests send small bodies.
                if (!socket->property("answered").toBool()
                    && socket->peek(1 << 20).contains("\r\n\r\n")) {
                    socket->setProperty("answered", true);
                    const QByteArray head = socket->peek(1 << 20);
                    m_lastHead = head.left(head.indexOf("\r\n\r\n") + 2);
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString RawHttpServer::baseUrl() const
{
    return (m_tls ? QStringLiteral("https://127.0.0.1:%1") : QStringLiteral("http://127.0.0.1:%1"))
        .arg(m_server->serverPort());
}

} // namespace xlink::test
