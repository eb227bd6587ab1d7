#pragma once

#include "CallSettings.h"
#include "RequestVariables.h"
#include "Session.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QSettings;

namespace xlink {

class ApiClient;
class CallHistory;
class CallPipeline;
class EnvironmentStore;
class FailureStore;
struct LogSettings;
class RequestTabStore;
class SandboxController;
class SecretStore;
class SessionVault;
class UserVariableStore;

// The console's composition root, without a widget: the environments, the secrets, the call
// pipeline (client, session, history, failure log), the saved sessions and the local sandbox,
// created and wired together here. The main window, and tests, create one and hand it to the
// pages; a page holds a pointer to it.
class CallWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallWorkspace)

public:
    // `settings` is not owned; nullptr uses the application's default QSettings.
    explicit CallWorkspace(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~CallWorkspace() override;

    EnvironmentStore *environments() const { return m_environments; }
    SecretStore *secrets() const { return m_secrets; }
    // The user's own variables of each environment (plain in the settings, secret ones in the
    // keychain); those of a deleted environment go with it.
    UserVariableStore *userVariables() const { return m_userVariables; }
    // The current environment's user variables with their values (the secret ones read from
    // the keychain once, when it becomes current or they change; userValuesChanged() then),
    // and which of them are secret.
    const QHash<QString, QString> &userValues() const { return m_userValues; }
    const QSet<QString> &userSecretNames() const { return m_userSecretNames; }
    // What `{{name}}` means in a request the console sends: the current environment's user
    // variables, and over them its own values (baseUrl, corpId, userId...), as
    // `xlink-cli call`/`run --env` put them in.
    VariableMap requestVariables() const;
    CallPipeline *pipeline() const { return m_pipeline; }
    ApiClient *client() const;
    CallHistory *history() const;
    SandboxController *sandbox() const { return m_sandbox; }
    SessionVault *sessionVault() const { return m_vault; }
    // The console's open request tabs, kept in the settings without the session's secrets.
    RequestTabStore *requestTabs() const { return m_requestTabs.get(); }

    // Creates the failure log at `path` (owned by this workspace; opened by the caller) and
    // records every call in it from now on, through its writer thread.
    FailureStore *createFailureLog(const QString &path, const LogSettings &settings);
    FailureStore *failureLog() const { return m_failureLog; }

    // Makes `id` the current environment and points the client at it, starting the sandbox
    // first when it is the local one, and goes on with the session saved for it, if any.
    // False with `error` set when the sandbox cannot start.
    bool activate(const QString &id, QString *error = nullptr);
    // Logs in to the environment `environmentId` (the current one) with `credentials`: the
    // account (and enterprise) is remembered with the environment, the secret goes to the
    // keychain only, and the session logs in (Session::loginFinished says how it went).
    enum class LoginStart { Started, MissingCredentials, NoEnvironment };
    LoginStart logIn(const QString &environmentId, Session::Credentials credentials);
    // Logs out of the current environment and forgets its saved session.
    void logOut();

    // Bodies larger than this are shown in part until the user asks for all of it.
    qint64 displayLimitBytes() const { return m_callSettings.displayLimitBytes; }

    const CallSettings &settings() const { return m_callSettings; }
    // Saves `settings` and applies them at once: the client's default timeout and response
    // limit now, the display limit through settingsChanged(). Applied even when they cannot be
    // saved: false then, with `error` set (they hold for this run only).
    bool applySettings(const CallSettings &settings, QString *error = nullptr);

Q_SIGNALS:
    void settingsChanged(const xlink::CallSettings &settings);
    void userValuesChanged();

private:
    void readUserValues();

    QSettings *m_settings;
    EnvironmentStore *m_environments;
    SecretStore *m_secrets;
    UserVariableStore *m_userVariables;
    CallPipeline *m_pipeline;
    SandboxController *m_sandbox;
    SessionVault *m_vault;
    std::unique_ptr<RequestTabStore> m_requestTabs;
    FailureStore *m_failureLog = nullptr;
    CallSettings m_callSettings;
    QHash<QString, QString> m_userValues;
    QSet<QString> m_userSecretNames;
    QString m_userValuesOf; // the environment they belong to
    quint64 m_userValuesRead = 0; // the latest read; an older answer is dropped
};

} // namespace xlink
