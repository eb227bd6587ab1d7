#pragma once

#include <QTcpServer>

namespace xlink::sandbox {

class RequestGuard;

// A QTcpServer that hands each new connection to the size guard before the HTTP server sees it,
// so that the guard's readyRead handler runs first.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(RequestGuard *guard, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestGuard *m_guard;
};

} // namespace xlink::sandbox
