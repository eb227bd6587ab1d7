#pragma once

#include "Environment.h"
#include "Session.h"

#include <QObject>

namespace xlink {

class ApiClient;
class SecretStore;

// Keeps each environment's session across runs: after every login and refresh the tokens, their
// expiry and who is logged in go to SecretStore (the OS keychain; where none works, memory for
// this run only), one entry per environment, never a file. restore() goes on with them at the
// next start: as they are while fresh, refreshed at once when 80% of their life has passed, and
// through a new login (with the environment's stored secret) when they have expired.
class SessionVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionVault)

public:
    enum class Outcome {
        NothingSaved, // no session saved for this environment (or it was for another account)
        Restored, // logged in with the saved tokens (a refresh follows if one is due)
        LoggingInAgain, // the saved token had expired: logging in with the stored secret
        Expired, // the saved token had expired and there is no secret to log in again with
    };
    Q_ENUM(Outcome)

    SessionVault(ApiClient *client, SecretStore *secrets, QObject *parent = nullptr);
    ~SessionVault() override;

    // Reads the session saved for the client's current environment and goes on with it;
    // restoreFinished() tells how. Ignored when the environment changes in the meantime or the
    // user logged in already.
    void restore();
    // Forgets the saved session of `environment` (the user logged out).
    void forget(const Environment &environment);

    // The serialized form, for the keychain entry.
    static QString serialize(const Session::Tokens &tokens, const Environment &environment);
    static std::optional<Session::Tokens> deserialize(
        const QString &text, const Environment &environment);

Q_SIGNALS:
    void restoreFinished(xlink::SessionVault::Outcome outcome);

private:
    void save();
    void resume(const Environment &environment, const Session::Tokens &tokens,
        const std::optional<QString> &secret);

    ApiClient *m_client;
    SecretStore *m_secrets;
    bool m_restoring = false; // restore() puts tokens in the session: no need to save them back
    quint64 m_generation = 0;
};

} // namespace xlink
