#include "Session.h"

#include "ApiClient.h"
#include "ApiRequest.h"
#include "HttpExchange.h"
#include "call/FailureText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace xlink {

Q_LOGGING_CATEGORY(lcSession, "xlink.api.session", QtWarningMsg)

namespace {

constexpr int kTokenInvalid = 4031003;
constexpr int kTokenExpired = 4031021;
constexpr int kTokenSuperseded = 4031022;
constexpr int kRefreshTokenInvalid = 4001010;

QString jsonString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return value.toString();
}

} // namespace

QString Session::Identity::displayText() const
{
    QString text = account;
    if (!memberId.isEmpty())
        text += QCoreApplication::translate("xlink::Session", " (member %1)").arg(memberId);
    if (!userId.isEmpty())
        text += QCoreApplication::translate("xlink::Session", " (user %1)").arg(userId);
    if (!corpId.isEmpty())
        text += QCoreApplication::translate("xlink::Session", ", enterprise %1").arg(corpId);
    return text;
}

Session::Session(ApiClient *client)
    : QObject(client)
    , m_client(client)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_renewing && isLoggedIn())
            beginRenewal(0);
    });
}

Session::~Session() = default;

bool Session::isTokenFailure(int code)
{
    return code == kTokenInvalid || code == kTokenExpired || code == kTokenSuperseded;
}

void Session::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Session::isExpired() const
{
    return m_expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= m_expiresAt;
}

void Session::setProactiveRefresh(bool enabled)
{
    m_proactive = enabled;
    if (!enabled)
        m_refreshTimer.stop();
    else
        scheduleRefresh();
}

void Session::login()
{
    if (m_pending) {
        // A login or refresh is already on its way; its outcome answers this request too.
        return;
    }
    startLogin(Reason::User);
}

void Session::logout()
{
    ++m_generation;
    m_refreshTimer.stop();
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    m_issuedAt = {};
    m_identity = {};
    setState(State::LoggedOut);
    if (m_renewing)
        finishRenewal(false, tr("Logged out."));
}

void Session::refreshNow()
{
    if (m_renewing || m_pending)
        return;
    if (m_accessToken.isEmpty()) {
        login();
        return;
    }
    beginRenewal(0);
}

Session::Tokens Session::tokens() const
{
    return { m_accessToken, m_refreshToken, m_expiresAt, m_identity, m_issuedAt };
}

void Session::restore(const Tokens &tokens)
{
    logout();
    if (tokens.accessToken.isEmpty())
        return;
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_expiresAt = tokens.expiresAt;
    m_issuedAt = tokens.issuedAt;
    m_identity = tokens.identity;
    scheduleRefresh();
    setState(State::LoggedIn);
    Q_EMIT tokenChanged();
}

void Session::startLogin(Reason reason)
{
    ApiRequest request;
    request.method = "POST";
    QJsonObject body;
    switch (m_credentials.kind) {
    case Environment::LoginKind::EnterpriseMember:
        request.target = u"/v2/corp_auth"_s;
        body.insert(u"account"_s, m_credentials.account);
        body.insert(u"password"_s, m_credentials.secret);
        break;
    case Environment::LoginKind::AccessKey:
        request.target = u"/v2/accesskey_auth"_s;
        body.insert(u"id"_s, m_credentials.account);
        body.insert(u"secret"_s, m_credentials.secret);
        break;
    case Environment::LoginKind::AppUser:
        request.target = u"/v2/user_auth"_s;
        body.insert(u"corp_id"_s, m_credentials.corpId);
        // The platform takes either an email or a phone number.
        body.insert(
            m_credentials.account.contains(u'@') ? u"email"_s : u"phone"_s, m_credentials.account);
        body.insert(u"password"_s, m_credentials.secret);
        break;
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (reason == Reason::User)
        setState(State::LoggingIn);
    HttpExchange *exchange = m_client->startExchange(request, CallRecord::Purpose::Login, {});
    m_pending = exchange;
    const quint64 generation = m_generation;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, reason, generation] {
        exchange->deleteLater();
        if (generation != m_generation)
            return;
        m_pending = nullptr;
        onLoginFinished(exchange, reason);
    });
}

void Session::startRefresh()
{
    ApiRequest request;
    request.method = "POST";
    request.target = m_identity.kind == Environment::LoginKind::AppUser
        ? u"/v2/user/token/refresh"_s
        : u"/v2/corp/token/refresh"_s;
    QJsonObject body;
    body.insert(u"refresh_token"_s, QString::fromUtf8(m_refreshToken));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    HttpExchange *exchange
        = m_client->startExchange(request, CallRecord::Purpose::Refresh, m_accessToken);
    m_pending = exchange;
    const quint64 generation = m_generation;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, generation] {
        exchange->deleteLater();
        if (generation != m_generation)
            return;
        m_pending = nullptr;
        onRefreshFinished(exchange);
    });
}

bool Session::takeTokens(const CallRecord &record, bool isLogin)
{
    if (record.kind != CallRecord::Kind::Success)
        return false;
    const QJsonObject answer = QJsonDocument::fromJson(record.responseBody).object();
    const QString token = answer.value(u"access_token").toString();
    if (token.isEmpty())
        return false;
    m_accessToken = token.toUtf8();
    m_refreshToken = answer.value(u"refresh_token").toString().toUtf8();
    const QJsonValue expireIn = answer.value(u"expire_in");
    const qint64 seconds
        = expireIn.isString() ? expireIn.toString().toLongLong() : qint64(expireIn.toDouble());
    m_issuedAt = QDateTime::currentDateTimeUtc();
    m_expiresAt = seconds > 0 ? m_issuedAt.addMSecs(seconds * 1000) : QDateTime();
    if (isLogin) {
        m_identity = {};
        m_identity.kind = m_credentials.kind;
        m_identity.account = m_credentials.account;
        m_identity.corpId = jsonString(answer, u"corp_id");
        if (m_identity.corpId.isEmpty())
            m_identity.corpId = m_credentials.corpId;
        m_identity.memberId = jsonString(answer, u"member_id");
        m_identity.userId = jsonString(answer, u"user_id");
    }
    scheduleRefresh();
    setState(State::LoggedIn);
    Q_EMIT tokenChanged();
    return true;
}

QString Session::failureText(const CallRecord &record) const
{
    if (record.platformError)
        return tr("The platform answered %1: %2")
            .arg(record.platformError->rawCode, record.platformError->serverMessage);
    if (const QString failure = FailureText::sentence(record); !failure.isEmpty())
        return failure;
    if (record.kind == CallRecord::Kind::Success)
        return tr("The answer has no access_token.");
    return tr("HTTP %1").arg(record.httpStatus);
}

void Session::onLoginFinished(HttpExchange *exchange, Reason reason)
{
    const CallRecord &record = exchange->record();
    const bool ok = takeTokens(record, true);
    if (!ok) {
        qCInfo(lcSession) << "login failed:" << failureText(record);
        m_accessToken.clear();
        m_refreshToken.clear();
        m_expiresAt = {};
        m_issuedAt = {};
        m_refreshTimer.stop();
        setState(State::LoggedOut);
    }
    Q_EMIT loginFinished(ok, exchange->redactedRecord());
    if (reason == Reason::Renewal || m_renewing)
        finishRenewal(ok, ok ? QString() : failureText(record));
}

void Session::onRefreshFinished(HttpExchange *exchange)
{
    const CallRecord &record = exchange->record();
    const bool ok = takeTokens(record, false);
    Q_EMIT refreshFinished(ok, exchange->redactedRecord());
    if (ok) {
        finishRenewal(true);
        return;
    }
    const int code = record.platformError ? record.platformError->code : 0;
    // The refresh token or the token itself is no longer good: only a new login helps.
    const bool loginHelps = code == kRefreshTokenInvalid || isTokenFailure(code);
    if (loginHelps && m_credentials.isValid()) {
        qCInfo(lcSession) << "refresh refused with" << code << "- logging in again";
        startLogin(Reason::Renewal);
        return;
    }
    finishRenewal(false, failureText(record));
}

QDateTime Session::refreshDueAt() const
{
    if (!m_refreshTimer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_refreshTimer.remainingTime());
}

void Session::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_proactive || m_refreshToken.isEmpty() || !m_expiresAt.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 80% of the lifetime: the same margin whatever the TTL, as the platform's console does.
    // A restored token whose issue time is known keeps its schedule (at once when overdue).
    const qint64 wait = m_issuedAt.isValid() && m_issuedAt < m_expiresAt
        ? now.msecsTo(m_issuedAt.addMSecs(m_issuedAt.msecsTo(m_expiresAt) * 8 / 10))
        : now.msecsTo(m_expiresAt) * 8 / 10;
    m_refreshTimer.start(int(std::clamp<qint64>(wait, 0, 24LL * 3600 * 1000)));
}

void Session::beginRenewal(int code)
{
    m_renewing = true;
    m_refreshTimer.stop();
    const bool canRefresh = !m_refreshToken.isEmpty() && !m_accessToken.isEmpty()
        && m_identity.kind != Environment::LoginKind::AccessKey && !isExpired()
        && code != kTokenExpired;
    if (canRefresh) {
        startRefresh();
        return;
    }
    if (m_credentials.isValid()) {
        startLogin(Reason::Renewal);
        return;
    }
    finishRenewal(false, tr("The token cannot be renewed: no credentials to log in again."));
}

void Session::finishRenewal(bool ok, const QString &message)
{
    if (!m_renewing)
        return;
    m_renewing = false;
    if (!ok) {
        qCInfo(lcSession) << "renewal failed:" << message;
        Q_EMIT renewalFailed(message);
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(ok);
    }
}

void Session::renew(
    const QByteArray &usedToken, int code, QObject *context, std::function<void(bool)> done)
{
    if (!m_renewing && !m_accessToken.isEmpty() && usedToken != m_accessToken) {
        // Someone else already renewed the token since this call left: just replay.
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(true);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append({ context, std::move(done) });
    if (!m_renewing)
        beginRenewal(code);
}

void Session::whenIdle(QObject *context, std::function<void()> done)
{
    if (!m_renewing) {
        done();
        return;
    }
    m_waiters.append({ context, [done = std::move(done)](bool) { done(); } });
}

} // namespace xlink
