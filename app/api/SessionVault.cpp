#include "SessionVault.h"

#include "ApiClient.h"
#include "SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace xlink {

Q_LOGGING_CATEGORY(lcVault, "xlink.api.session", QtWarningMsg)

SessionVault::SessionVault(ApiClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
{
    connect(m_client->session(), &Session::tokenChanged, this, &SessionVault::save);
    // Whatever was under way for the previous environment no longer applies.
    connect(m_client, &ApiClient::environmentChanged, this, [this] { ++m_generation; });
}

SessionVault::~SessionVault() = default;

QString SessionVault::serialize(const Session::Tokens &tokens, const Environment &environment)
{
    QJsonObject object;
    object.insert(u"access_token"_s, QString::fromUtf8(tokens.accessToken));
    object.insert(u"refresh_token"_s, QString::fromUtf8(tokens.refreshToken));
    object.insert(u"expires_at"_s, tokens.expiresAt.toString(Qt::ISODateWithMs));
    object.insert(u"issued_at"_s, tokens.issuedAt.toString(Qt::ISODateWithMs));
    object.insert(u"kind"_s, Environment::loginKindName(tokens.identity.kind));
    object.insert(u"account"_s, tokens.identity.account);
    object.insert(u"corp_id"_s, tokens.identity.corpId);
    object.insert(u"member_id"_s, tokens.identity.memberId);
    object.insert(u"user_id"_s, tokens.identity.userId);
    // The token belongs to this server: a later change of the base URL must not send it there.
    object.insert(u"base_url"_s, environment.baseUrl.toString());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace {

// A saved time: invalid when none was saved (the platform gave no expiry), nullopt when the
// entry holds something that is not a time (damaged or hand-edited: the session is not used,
// rather than taken as one that never expires). In UTC, so it is written back as it was read.
std::optional<QDateTime> savedTime(const QJsonObject &object, QStringView key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace

std::optional<Session::Tokens> SessionVault::deserialize(
    const QString &text, const Environment &environment)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    Session::Tokens tokens;
    tokens.accessToken = object.value(u"access_token").toString().toUtf8();
    tokens.refreshToken = object.value(u"refresh_token").toString().toUtf8();
    const std::optional<QDateTime> expiresAt = savedTime(object, u"expires_at");
    const std::optional<QDateTime> issuedAt = savedTime(object, u"issued_at");
    const auto kind = Environment::loginKindFromName(object.value(u"kind").toString());
    if (tokens.accessToken.isEmpty() || !kind || !expiresAt || !issuedAt)
        return std::nullopt;
    tokens.expiresAt = *expiresAt;
    tokens.issuedAt = *issuedAt;
    tokens.identity.kind = *kind;
    tokens.identity.account = object.value(u"account").toString();
    tokens.identity.corpId = object.value(u"corp_id").toString();
    tokens.identity.memberId = object.value(u"member_id").toString();
    tokens.identity.userId = object.value(u"user_id").toString();
    // Saved for another server, login kind or account: of no use here.
    const bool sameCorp = environment.loginKind != Environment::LoginKind::AppUser
        || environment.corpId.isEmpty() || environment.corpId == tokens.identity.corpId;
    // A URL that does not parse names no server: serialize() could not write it back, and no
    // session can have been made with it.
    const QUrl savedFor(object.value(u"base_url").toString());
    if (!savedFor.isValid() || savedFor != environment.baseUrl || *kind != environment.loginKind
        || tokens.identity.account != environment.account || !sameCorp)
        return std::nullopt;
    return tokens;
}

void SessionVault::save()
{
    const Session *session = m_client->session();
    const Environment &environment = m_client->environment();
    if (m_restoring || !session->isLoggedIn() || environment.id.isEmpty())
        return;
    m_secrets->write(environment.secretKey(Environment::Secret::Session),
        serialize(session->tokens(), environment));
}

void SessionVault::forget(const Environment &environment)
{
    m_secrets->remove(environment.secretKey(Environment::Secret::Session));
}

void SessionVault::restore()
{
    const Environment environment = m_client->environment();
    if (environment.id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_secrets->read(environment.secretKey(Environment::Secret::Session), this,
        [this, environment, generation](const std::optional<QString> &saved) {
            if (generation != m_generation
                || m_client->session()->state() != Session::State::LoggedOut)
                return;
            const std::optional<Session::Tokens> tokens
                = saved ? deserialize(*saved, environment) : std::nullopt;
            if (!tokens) {
                Q_EMIT restoreFinished(Outcome::NothingSaved);
                return;
            }
            // The login secret too: a renewal that has to log in again needs it.
            m_secrets->read(environment.secretKey(environment.loginSecret()), this,
                [this, environment, generation, tokens = *tokens](
                    const std::optional<QString> &secret) {
                    if (generation != m_generation
                        || m_client->session()->state() != Session::State::LoggedOut)
                        return;
                    resume(environment, tokens, secret);
                });
        });
}

void SessionVault::resume(const Environment &environment, const Session::Tokens &tokens,
    const std::optional<QString> &secret)
{
    Session *session = m_client->session();
    Session::Credentials credentials;
    credentials.kind = environment.loginKind;
    credentials.account = environment.account;
    credentials.corpId = environment.corpId;
    credentials.secret = secret.value_or(QString());
    if (credentials.isValid())
        session->setCredentials(credentials);

    const bool expired
        = tokens.expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= tokens.expiresAt;
    if (!expired) {
        m_restoring = true;
        session->restore(tokens);
        m_restoring = false;
        qCInfo(lcVault) << "restored the saved session of" << environment.id;
        Q_EMIT restoreFinished(Outcome::Restored);
        return;
    }
    // An expired token cannot be refreshed: only a new login helps.
    if (!credentials.isValid()) {
        forget(environment);
        Q_EMIT restoreFinished(Outcome::Expired);
        return;
    }
    session->login();
    Q_EMIT restoreFinished(Outcome::LoggingInAgain);
}

} // namespace xlink
