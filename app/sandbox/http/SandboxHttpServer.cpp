#include "http/SandboxHttpServer.h"

#include "RequestDispatcher.h"
#include "SandboxLog.h"
#include "fault/ReplyWriter.h"
#include "http/GuardedTcpServer.h"
#include "http/RequestGuard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

namespace xlink::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(
    const SandboxOptions &options, RequestDispatcher &dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_dispatcher(dispatcher)
    , m_guard(new RequestGuard(options, this, this))
{ }

quint16 SandboxHttpServer::listenGuarded(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new GuardedTcpServer(m_guard, this);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_guard->requestParsed(socket);

    FaultSpec faults = m_options.faults;
    SandboxReply reply;
    bool answered = false;
    const QByteArray faultHeader = request.value("x-sandbox-fault");
    if (!faultHeader.isEmpty()) {
        const std::optional<FaultSpec> asked = FaultSpec::parse(QString::fromUtf8(faultHeader));
        if (asked) {
            faults = faults.combinedWith(*asked);
        } else {
            reply = SandboxReply::error(4001001);
            answered = true;
        }
    }
    if (!answered && faults.serviceUnavailable) {
        reply = SandboxReply::error(5031001);
        answered = true;
    }
    if (!answered) {
        SandboxRequest sandboxRequest;
        sandboxRequest.method = methodName(request.method());
        sandboxRequest.pathSegments
            = SandboxRequest::splitPath(request.url().path(QUrl::FullyEncoded).toLatin1());
        sandboxRequest.query = request.query();
        sandboxRequest.accessToken = request.value("access-token").trimmed();
        sandboxRequest.body = request.body();
        reply = m_dispatcher.dispatch(sandboxRequest);
        // Never the token or the body: they may hold secrets.
        qCDebug(lcSandbox).noquote() << sandboxRequest.method << request.url().path()
                                     << reply.status << (reply.isError() ? reply.errorCode : 0);
    }

    const bool head = request.method() == QHttpServerRequest::Method::Head;
    RequestGuard *guard = m_guard;
    const auto respond = [head, reply, faults, guard, socket](QHttpServerResponder responder) {
        if (head)
            ReplyWriter::writeHead(responder, reply);
        else
            ReplyWriter::write(responder, reply, faults);
        guard->replied(socket);
    };
    if (faults.delayMs > 0) {
        // The request object lives as long as its socket, and the timer dies with the socket.
        const QHttpServerRequest *pending = &request;
        QTimer::singleShot(faults.delayMs, socket,
            [pending, socket, respond] { respond(makeResponder(*pending, socket)); });
        return true;
    }
    respond(makeResponder(request, socket));
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    ReplyWriter::write(responder, SandboxReply::error(4041001), FaultSpec {});
}

} // namespace xlink::sandbox
