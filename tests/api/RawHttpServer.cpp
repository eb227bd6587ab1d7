#include "RawHttpServer.h"

#include <QTcpSocket>

namespace xlink::test {

RawHttpServer::RawHttpServer(const QByteArray &response, QObject *parent)
    : QObject(parent)
    , m_response(response)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                // Answer once the request head is complete; the tests send small bodies.
                if (!socket->property("answered").toBool()
                    && socket->peek(1 << 20).contains("\r\n\r\n")) {
                    socket->setProperty("answered", true);
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool RawHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString RawHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

} // namespace xlink::test
