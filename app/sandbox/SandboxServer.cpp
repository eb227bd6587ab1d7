#include "SandboxServer.h"

#include "RequestDispatcher.h"
#include "http/SandboxHttpServer.h"

#include <QCoreApplication>

namespace xlink::sandbox {

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dispatcher(std::make_unique<RequestDispatcher>(options))
    , m_http(new SandboxHttpServer(options, *m_dispatcher, this))
{ }

SandboxServer::~SandboxServer()
{
    // The HTTP server and its connections go first: they refer to the dispatcher.
    delete m_http;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (isListening()) {
        m_error = QCoreApplication::translate(
            "xlink::sandbox::SandboxServer", "The sandbox is already listening.");
        return false;
    }
    m_port = m_http->listenGuarded(address, port, &m_error);
    if (m_port != 0)
        m_address = address;
    return m_port != 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

} // namespace xlink::sandbox
