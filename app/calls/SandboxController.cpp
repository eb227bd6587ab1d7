#include "SandboxController.h"

#include "SandboxServer.h"

namespace xlink {

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
{ }

SandboxController::~SandboxController() = default;

bool SandboxController::ensureStarted()
{
    if (isRunning())
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>(m_options);
    if (!server->listen()) {
        m_error = tr("The local sandbox could not start: %1").arg(server->errorString());
        return false;
    }
    m_error.clear();
    m_server = std::move(server);
    Q_EMIT started(m_server->url());
    return true;
}

bool SandboxController::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl SandboxController::url() const
{
    return isRunning() ? m_server->url() : QUrl();
}

} // namespace xlink
