#include "ApiConsoleController.h"

#include "ApiClient.h"
#include "CallHistory.h"
#include "EnvironmentStore.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionVault.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace xlink {

ApiConsoleController::ApiConsoleController(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_environments(new EnvironmentStore(settings, this))
    , m_secrets(new SecretStore(u"xlink-console"_s, this))
    , m_client(new ApiClient(this))
    , m_history(new CallHistory(this))
    , m_sandbox(new SandboxController(this))
    , m_vault(new SessionVault(m_client, m_secrets, this))
{
    connect(m_client, &ApiClient::callRecorded, m_history, &CallHistory::append);
    m_consoleSettings = m_settings ? ConsoleSettings::load(*m_settings) : ConsoleSettings::load();
    m_client->setDefaultTimeoutMs(m_consoleSettings.defaultTimeoutMs);
    m_client->setMaxResponseBytes(m_consoleSettings.maxResponseBytes);
    m_client->setCheckResponseSchema(m_consoleSettings.recordOffSchemaAnswers);
    // Edits of the environment in use apply at once; the session survives those that keep it
    // valid (a timeout, a certificate).
    connect(m_environments, &EnvironmentStore::environmentChanged, this, [this](const QString &id) {
        if (id != m_client->environment().id)
            return;
        if (const std::optional<Environment> environment = m_environments->find(id))
            m_client->updateEnvironment(*environment);
    });
}

ApiConsoleController::~ApiConsoleController() = default;

bool ApiConsoleController::activate(const QString &id, QString *error)
{
    if (id == EnvironmentStore::sandboxId) {
        if (!m_sandbox->ensureStarted()) {
            if (error)
                *error = m_sandbox->errorString();
            return false;
        }
        m_environments->setSandboxBaseUrl(m_sandbox->url());
    }
    const std::optional<Environment> environment = m_environments->find(id);
    if (!environment) {
        if (error)
            *error = tr("There is no environment with the id %1.").arg(id);
        return false;
    }
    m_environments->setCurrentId(id);
    m_client->setEnvironment(*environment);
    m_vault->restore();
    return true;
}

void ApiConsoleController::logOut()
{
    m_vault->forget(m_client->environment());
    m_client->session()->logout();
}

bool ApiConsoleController::applySettings(const ConsoleSettings &settings, QString *error)
{
    const bool saved
        = m_settings ? settings.save(*m_settings, error) : settings.save(QSettings(), error);
    m_consoleSettings = settings;
    m_client->setDefaultTimeoutMs(settings.defaultTimeoutMs);
    m_client->setMaxResponseBytes(settings.maxResponseBytes);
    m_client->setCheckResponseSchema(settings.recordOffSchemaAnswers);
    Q_EMIT settingsChanged(settings);
    return saved;
}

} // namespace xlink
