#pragma once

#include "Environment.h"
#include "call/CallRecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace xlink {

class ApiClient;
class HttpExchange;

// Who is logged in to the current environment, and the token lifecycle done the platform's way:
//  - login for each kind: POST /v2/corp_auth, /v2/accesskey_auth, /v2/user_auth;
//  - proactive refresh at 80% of expire_in through /v2/corp/token/refresh or
//    /v2/user/token/refresh (current Access-Token + {"refresh_token"}; the refresh token rotates);
//  - reactive renewal for a call that met 4031003/4031021/4031022 (see renew()): refresh, or log
//    in again where refreshing cannot work (access keys, an expired token, a refused refresh).
// Concurrent callers share one renewal. Each login and refresh is a CallRecord announced through
// ApiClient::callRecorded() like any other call. Credentials and tokens stay in memory.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { LoggedOut, LoggingIn, LoggedIn };
    Q_ENUM(State)

    struct Credentials
    {
        Environment::LoginKind kind = Environment::LoginKind::EnterpriseMember;
        QString account; // member account, access key id, or the app user's email or phone
        QString secret; // password or access key secret
        QString corpId; // app users only
        bool isValid() const { return !account.isEmpty() && !secret.isEmpty(); }
    };

    // Who the platform says is logged in.
    struct Identity
    {
        Environment::LoginKind kind = Environment::LoginKind::EnterpriseMember;
        QString account;
        QString corpId;
        QString memberId; // enterprise members
        QString userId; // app users
        QString displayText() const; // "dev@example.com (member 1001, corp 5a1f…)"
    };

    // Everything needed to go on with a session elsewhere (another run, another window).
    // Secret: keep it in SecretStore, never in a file.
    struct Tokens
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QDateTime expiresAt;
        Identity identity;
        // When the platform issued the token: with expiresAt, its lifetime, so a restored
        // session is refreshed at 80% of that lifetime like a fresh one. Invalid when unknown.
        QDateTime issuedAt;
    };

    explicit Session(ApiClient *client);
    ~Session() override;

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    // Logs in with the credentials; loginFinished() reports the outcome.
    void login();
    // Forgets the tokens (the platform has no logout call). Pending renewals fail.
    void logout();
    // Renews the token now: a refresh where one can work, else a new login.
    void refreshNow();

    Tokens tokens() const;
    // Goes on with tokens saved earlier (LoggedIn at once; renewed like any others).
    void restore(const Tokens &tokens);

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    const Identity &identity() const { return m_identity; }
    QByteArray accessToken() const { return m_accessToken; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // When the access token expires; invalid when the platform did not say (access keys).
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isExpired() const;

    // Refresh at 80% of expire_in (on by default).
    bool proactiveRefresh() const { return m_proactive; }
    // When the proactive refresh is due; invalid when none is scheduled.
    QDateTime refreshDueAt() const;
    void setProactiveRefresh(bool enabled);

    // Renews the token after a call that carried `usedToken` failed with `code`, then calls
    // `done(renewed)` on `context`. If the token already changed since that call, `done(true)`
    // comes at once; if a renewal is under way, the caller joins it. Never more than one
    // refresh and one login per renewal.
    void renew(
        const QByteArray &usedToken, int code, QObject *context, std::function<void(bool)> done);
    bool isRenewing() const { return m_renewing; }
    // Calls `done` once no renewal is under way (at once if none is).
    void whenIdle(QObject *context, std::function<void()> done);

    // The codes after which a call's token is renewed and the call replayed once.
    static bool isTokenFailure(int code);

Q_SIGNALS:
    void stateChanged(xlink::Session::State state);
    void tokenChanged(); // after a login or refresh: new token and expiry
    void loginFinished(bool ok, const xlink::CallRecord &record);
    void refreshFinished(bool ok, const xlink::CallRecord &record);
    // A renewal (proactive or reactive) failed; the message says why, in words.
    void renewalFailed(const QString &message);

private:
    enum class Reason { User, Renewal };
    void startLogin(Reason reason);
    void startRefresh();
    void onLoginFinished(HttpExchange *exchange, Reason reason);
    void onRefreshFinished(HttpExchange *exchange);
    bool takeTokens(const CallRecord &record, bool isLogin);
    void beginRenewal(int code);
    void finishRenewal(bool ok, const QString &message = {});
    void scheduleRefresh();
    void setState(State state);
    QString failureText(const CallRecord &record) const;

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    ApiClient *m_client;
    Credentials m_credentials;
    Identity m_identity;
    State m_state = State::LoggedOut;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QDateTime m_expiresAt;
    QDateTime m_issuedAt;
    QTimer m_refreshTimer;
    bool m_proactive = true;
    bool m_renewing = false;
    QList<Waiter> m_waiters;
    QPointer<HttpExchange> m_pending; // the login or refresh in flight
    quint64 m_generation = 0; // bumped by logout so late answers are ignored
};

} // namespace xlink
