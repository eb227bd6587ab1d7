#pragma once

#include "ApiRequest.h"
#include "Environment.h"
#include "HttpExchange.h"
#include "call/CallRecord.h"
#include "call/RedactedCall.h"

#include <QObject>

class QNetworkAccessManager;

namespace xlink {

class ApiCall;
class Session;

// The console's and the CLI's way to the platform. Owns the network access manager and the
// Session of the current environment. Every request with a body gets Content-Type:
// application/json (unless it names its own type); every request gets the
// environment's timeout, the response size limit, verified TLS (plus the environment's extra
// trusted certificates) and no https→http redirects.
//
// Every exchange that finishes — the user's calls, their replays, logins and refreshes — is
// announced once through callRecorded(), redacted (once, by the exchange): that is what the
// CallPipeline hands to the history and the failure log.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Switching environments logs the session out and forgets its credentials.
    void setEnvironment(const Environment &environment);
    // Takes edits of the current environment. Where the session still belongs to it (same
    // base URL, login kind, account and enterprise) the session lives on; otherwise this is
    // setEnvironment(). Other ids are ignored.
    void updateEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }

    // The timeout of environments that do not set their own (timeoutMs 0).
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultTimeoutMs(int ms);
    int effectiveTimeoutMs() const;

    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes);
    // Whether a success answer off its documented response schema is recorded as a failure
    // (CallRecord::Kind::OffSchema); off unless the user turns it on.
    bool checksResponseSchema() const { return m_checkResponseSchema; }
    void setCheckResponseSchema(bool check) { m_checkResponseSchema = check; }
    // Values masked in every record of this client, wherever they appear: the user's secret
    // variables, which a request may put under any header, key or path.
    const QList<QByteArray> &secretValues() const { return m_secretValues; }
    void setSecretValues(const QList<QByteArray> &values) { m_secretValues = values; }

    Session *session() const { return m_session; }
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Sends a request the user composed. Access-Token comes from the session unless the request
    // carries its own (a value other than [REDACTED]); with the session's token, an expired,
    // invalid or superseded token is renewed and the call replayed once. The returned call
    // is owned by this client and deletes itself after finished() (see ApiCall).
    ApiCall *send(const ApiRequest &request);

    // One exchange without token handling (Session's logins and refreshes, ApiCall's attempts).
    // `accessToken` is sent as Access-Token when not empty. The exchange's record() is not
    // redacted; callRecorded() gets the redacted copy when it finishes.
    HttpExchange *startExchange(
        const ApiRequest &request, CallRecord::Purpose purpose, const QByteArray &accessToken);

    // Where a request goes (base URL + path, or its absolute URL).
    QUrl resolve(const ApiRequest &request) const;
    // Whether the session's token may go to this URL: only to the environment's own origin, so
    // a pasted command for another host never receives it.
    bool isEnvironmentOrigin(const QUrl &url) const;
    // What a call to `url` is recorded under: the environment for its own origin, else the
    // host it went to ("api2.xlink.cn", "127.0.0.1:8080"), so the log does not file a pasted
    // call for another host under the environment that happened to be selected.
    QString recordedEnvironment(const QUrl &url) const;
    // A URL's host, with its port unless it is the scheme's default.
    static QString hostLabel(const QUrl &url);

Q_SIGNALS:
    void callRecorded(const xlink::RedactedCall &record);
    void environmentChanged();

private:
    void applyTransport(const Environment &environment);

    QNetworkAccessManager *m_manager;
    Session *m_session;
    Environment m_environment;
    qint64 m_maxResponseBytes = CallSettings::defaultMaxResponse;
    bool m_checkResponseSchema = false;
    QList<QByteArray> m_secretValues;
    int m_defaultTimeoutMs = CallSettings::defaultTimeout;
    QList<QSslCertificate> m_trusted;
};

} // namespace xlink
