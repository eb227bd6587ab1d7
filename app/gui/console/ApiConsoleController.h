#pragma once

#include "ConsoleSettings.h"

#include <QObject>
#include <QString>

class QSettings;

namespace xlink {

class ApiClient;
class CallHistory;
class EnvironmentStore;
class SandboxController;
class SecretStore;
class SessionVault;

// Everything the API console page works with that is not a widget: the environments, the
// secrets, the client with its session, this run's call history and the local sandbox. The page
// holds a pointer to it; whoever creates the page owns this (the main window, or a test).
class ApiConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConsoleController)

public:
    static constexpr qint64 defaultDisplayLimitBytes = ConsoleSettings::defaultDisplayLimit;

    // `settings` is not owned; nullptr uses the application's default QSettings.
    explicit ApiConsoleController(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ApiConsoleController() override;

    EnvironmentStore *environments() const { return m_environments; }
    SecretStore *secrets() const { return m_secrets; }
    ApiClient *client() const { return m_client; }
    CallHistory *history() const { return m_history; }
    SandboxController *sandbox() const { return m_sandbox; }
    SessionVault *sessionVault() const { return m_vault; }

    // Makes `id` the current environment and points the client at it, starting the sandbox
    // first when it is the local one, and goes on with the session saved for it, if any.
    // False with `error` set when the sandbox cannot start.
    bool activate(const QString &id, QString *error = nullptr);
    // Logs out of the current environment and forgets its saved session.
    void logOut();

    // Bodies larger than this are shown in part until the user asks for all of it.
    qint64 displayLimitBytes() const { return m_consoleSettings.displayLimitBytes; }

    const ConsoleSettings &settings() const { return m_consoleSettings; }
    // Saves `settings` and applies them at once: the client's default timeout and response
    // limit now, the display limit through settingsChanged(). Applied even when they cannot be
    // saved: false then, with `error` set (they hold for this run only).
    bool applySettings(const ConsoleSettings &settings, QString *error = nullptr);

Q_SIGNALS:
    void settingsChanged(const xlink::ConsoleSettings &settings);

private:
    QSettings *m_settings;
    EnvironmentStore *m_environments;
    SecretStore *m_secrets;
    ApiClient *m_client;
    CallHistory *m_history;
    SandboxController *m_sandbox;
    SessionVault *m_vault;
    ConsoleSettings m_consoleSettings;
};

} // namespace xlink
