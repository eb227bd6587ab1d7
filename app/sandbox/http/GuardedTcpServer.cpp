#include "http/GuardedTcpServer.h"

#include "http/RequestGuard.h"

#include <QTcpSocket>

namespace xlink::sandbox {

GuardedTcpServer::GuardedTcpServer(RequestGuard *guard, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_guard->watch(socket))
        addPendingConnection(socket);
}

} // namespace xlink::sandbox
