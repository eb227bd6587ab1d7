#include "TlsTestServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace xlink::test {

namespace {

QByteArray readTlsFile(const QString &fileName)
{
    QFile file(QStringLiteral(XLINK_TEST_DATA_DIR) + u"/tls/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return file.readAll();
}

// Requests here are tiny; anything bigger means the test is broken.
constexpr qsizetype maxRequestSize = 1024 * 1024;

} // namespace

TlsTestServer::TlsTestServer(const QString &name, QObject *parent)
    : QObject(parent)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem(name)));
    config.setPrivateKey(QSslKey(readTlsFile(name + u".key"_s), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_server.setSslConfiguration(config);
    m_server.setHandshakeTimeout(5000);

    connect(&m_server, &QSslServer::errorOccurred, this,
        [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(qobject_cast<QSslSocket *>(socket));
    });
}

TlsTestServer::~TlsTestServer() = default;

bool TlsTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 TlsTestServer::port() const
{
    return m_server.serverPort();
}

QString TlsTestServer::baseUrl() const
{
    return u"https://127.0.0.1:"_s + QString::number(port());
}

void TlsTestServer::setResponse(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}

QByteArray TlsTestServer::certificatePem(const QString &name)
{
    return readTlsFile(name + u".pem"_s);
}

void TlsTestServer::serve(QSslSocket *socket)
{
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (buffer->size() > maxRequestSize) {
            socket->abort();
            return;
        }
        if (headEnd < 0)
            return;
        const QByteArray head = buffer->first(headEnd);
        qsizetype contentLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0
                && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer->size() < headEnd + 4 + contentLength)
            return;
        m_lastHead = head;
        ++m_served;
        const QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status)
            + " Test\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body;
        socket->write(response);
        socket->disconnectFromHost();
    });
}

} // namespace xlink::test
