#pragma once

#include "TeamConnectionSettings.h"
#include "TeamLogSettings.h"
#include "TeamPushStatus.h"

#include <QObject>

#include <memory>

namespace xlink {

class FailureStore;
class SecretStore;
class TeamPusher;
class TeamReader;

// The console's side of the team log: with the team log set up and turned on in the settings,
// it reads the password from the keychain and runs a TeamPusher on the failure log's file,
// woken by every record the store adds; it restarts it when the settings change and tells the
// status bar how sending goes. No network I/O of its own: the pusher sends on its own thread.
class TeamLogController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamLogController)

public:
    TeamLogController(FailureStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~TeamLogController() override;

    // Starts sending per the saved settings (once the failure log is open).
    void start();
    // Saves new settings (the password, when one was typed, to the keychain only) and restarts
    // sending with them. False with `error` when the settings file could not be written.
    bool apply(const TeamConnectionSettings &connection, const TeamLogSettings &team,
        const QString &typedPassword, QString *error);

    bool isSending() const { return m_pusher != nullptr; }
    TeamPushStatus status() const { return m_status; }
    TeamPusher *pusher() const { return m_pusher.get(); }
    // Whether the keychain (or this run's memory) holds a password for the team log.
    bool hasPassword() const;
    QString password() const;
    // The team log to read, as saved (with the keychain's password); nullopt when none is set
    // up. Reading does not depend on sending being turned on.
    std::optional<TeamConnectionSettings> connection() const;
    // Reads of the team log outside the failure-log page (the code browser's "seen N times"),
    // on threads of their own; nullptr while none is set up. Made on first use, and again
    // once the connection changed.
    TeamReader *reader();

Q_SIGNALS:
    // connection() may have changed (new settings, or the keychain's password arrived).
    void connectionChanged();
    // `text` for the status bar, `detail` for its tooltip; both empty while not sending.
    void statusChanged(const QString &text, const QString &detail);

private:
    void restart(const QString &password);

    FailureStore *m_store;
    SecretStore *m_secrets;
    std::unique_ptr<TeamPusher> m_pusher;
    std::unique_ptr<TeamReader> m_reader;
    bool m_readerMade = false; // the settings were read for it (none: no reader until they change)
    TeamPushStatus m_status;
    bool m_started = false;
};

} // namespace xlink
