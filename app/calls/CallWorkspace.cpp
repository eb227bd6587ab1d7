#include "CallWorkspace.h"

#include "ApiClient.h"
#include "CallHistory.h"
#include "CallPipeline.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "RequestTabStore.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionVault.h"
#include "UserVariableStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace xlink {

CallWorkspace::CallWorkspace(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_environments(new EnvironmentStore(settings, this))
    , m_secrets(new SecretStore(u"xlink-console"_s, this))
    , m_userVariables(new UserVariableStore(m_secrets, settings, this))
    , m_pipeline(new CallPipeline(this))
    , m_sandbox(new SandboxController(this))
    , m_vault(new SessionVault(m_pipeline->client(), m_secrets, this))
    , m_requestTabs(std::make_unique<RequestTabStore>(settings, [this] {
        // What the live session holds is never written with the tabs.
        const Session *session = m_pipeline->client()->session();
        const Session::Tokens tokens = session->tokens();
        return QByteArrayList { tokens.accessToken, tokens.refreshToken,
            session->credentials().secret.toUtf8() };
    }))
{
    m_callSettings = m_settings ? CallSettings::load(*m_settings) : CallSettings::load();
    m_pipeline->applyLimits(m_callSettings);
    // A deleted environment's own variables (and their keychain entries) go with it.
    connect(m_environments, &EnvironmentStore::environmentRemoved, m_userVariables,
        &UserVariableStore::removeAll);
    connect(m_userVariables, &UserVariableStore::changed, this, [this](const QString &id) {
        if (id == m_userValuesOf)
            readUserValues();
    });
    // Edits of the environment in use apply at once; the session survives those that keep it
    // valid (a timeout, a certificate).
    connect(m_environments, &EnvironmentStore::environmentChanged, this, [this](const QString &id) {
        ApiClient *client = m_pipeline->client();
        if (id != client->environment().id)
            return;
        if (const std::optional<Environment> environment = m_environments->find(id))
            client->updateEnvironment(*environment);
    });
}

CallWorkspace::~CallWorkspace() = default;

ApiClient *CallWorkspace::client() const
{
    return m_pipeline->client();
}

CallHistory *CallWorkspace::history() const
{
    return m_pipeline->history();
}

FailureStore *CallWorkspace::createFailureLog(const QString &path, const LogSettings &settings)
{
    delete m_failureLog;
    m_failureLog = new FailureStore(path, settings, this);
    m_pipeline->setFailureLog(m_failureLog, CallPipeline::Recording::Queued);
    return m_failureLog;
}

bool CallWorkspace::activate(const QString &id, QString *error)
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
    client()->setEnvironment(*environment);
    m_vault->restore();
    m_userValuesOf = id;
    readUserValues();
    return true;
}

void CallWorkspace::readUserValues()
{
    const quint64 read = ++m_userValuesRead;
    const QString id = m_userValuesOf;
    m_userVariables->readValues(id, this,
        [this, read, id](const QHash<QString, QString> &values, const QStringList &secretNames,
            const QStringList &) {
            if (read != m_userValuesRead)
                return;
            m_userValues = values;
            m_userSecretNames = QSet<QString>(secretNames.cbegin(), secretNames.cend());
            // A secret value is masked in every record, under whatever name a request sends it.
            QList<QByteArray> secretValues;
            for (const QString &name : secretNames) {
                if (values.contains(name))
                    secretValues << values.value(name).toUtf8();
            }
            client()->setSecretValues(secretValues);
            Q_EMIT userValuesChanged();
        });
}

VariableMap CallWorkspace::requestVariables() const
{
    VariableMap variables = m_userValues;
    const VariableMap builtIn = m_pipeline->environmentVariables();
    for (auto it = builtIn.constBegin(); it != builtIn.constEnd(); ++it)
        variables.insert(it.key(), it.value());
    return variables;
}

CallWorkspace::LoginStart CallWorkspace::logIn(
    const QString &environmentId, Session::Credentials credentials)
{
    const std::optional<Environment> found = m_environments->find(environmentId);
    if (!found)
        return LoginStart::NoEnvironment;
    Environment environment = *found;
    credentials.kind = environment.loginKind;
    credentials.account = credentials.account.trimmed();
    credentials.corpId = credentials.corpId.trimmed();
    if (!credentials.isValid())
        return LoginStart::MissingCredentials;
    if (environment.account != credentials.account || environment.corpId != credentials.corpId) {
        // The account is remembered with the environment; the secret goes to the keychain only.
        environment.account = credentials.account;
        environment.corpId = credentials.corpId;
        m_environments->update(environment);
    }
    m_secrets->write(environment.secretKey(environment.loginSecret()), credentials.secret);
    Session *session = client()->session();
    session->setCredentials(credentials);
    session->login();
    return LoginStart::Started;
}

void CallWorkspace::logOut()
{
    m_vault->forget(client()->environment());
    client()->session()->logout();
}

bool CallWorkspace::applySettings(const CallSettings &settings, QString *error)
{
    const bool saved
        = m_settings ? settings.save(*m_settings, error) : settings.save(QSettings(), error);
    m_callSettings = settings;
    m_pipeline->applyLimits(settings);
    Q_EMIT settingsChanged(settings);
    return saved;
}

} // namespace xlink
