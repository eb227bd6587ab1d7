#pragma once

#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace xlink::sandbox {

class RequestDispatcher;
class RequestGuard;
struct SandboxReply;

// The HTTP side of the sandbox on Qt HTTP Server: every request goes to the dispatcher (one
// catch-all handler, so unknown paths get the platform's 4041001 and faults apply to all), and
// the reply is written after the requested delay without blocking other connections.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    SandboxHttpServer(
        const SandboxOptions &options, RequestDispatcher &dispatcher, QObject *parent = nullptr);

    // Listens through a size-guarded TCP server; the port it got, or 0 with `error` set.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxOptions m_options;
    RequestDispatcher &m_dispatcher;
    RequestGuard *m_guard;
};

} // namespace xlink::sandbox
