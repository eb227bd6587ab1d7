// A session lives on across runs through SecretStore: saved after login and refresh, restored
// as it is while fresh, refreshed at once when 80% of its life has passed, logged in again when
// expired. Each "run" is a new ApiClient sharing one SecretStore (the keychain's stand-in: this
// machine has no secret service, so the store keeps the secrets in memory), against the sandbox
// on loopback.
#include "ApiCall.h"
#include "ApiClient.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionVault.h"
#include "state/DemoIdentities.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;
namespace demo = xlink::sandbox::demo;
using Outcome = SessionVault::Outcome;

namespace {

// One run of the console: its client and its vault.
struct Run
{
    std::unique_ptr<ApiClient> client = std::make_unique<ApiClient>();
    std::unique_ptr<SessionVault> vault;
    Run(const Environment &environment, SecretStore *secrets)
        : vault(std::make_unique<SessionVault>(client.get(), secrets))
    {
        client->setEnvironment(environment);
    }
    Session *session() const { return client->session(); }
};

} // namespace

class TestSessionVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savedAfterLoginAndRestoredInTheNextRun();
    void restoredTokenIsRefreshedWhenDue();
    void expiredTokenLogsInAgain();
    void expiredWithoutSecretIsForgotten();
    void savedForAnotherAccountOrServerIsIgnored();
    void forgetAfterLogout();
    void serializedFormRoundTrips();
    void tokenWithoutExpiryRoundTrips();
    void unreadableExpiryIsNoSession();
    void unparsableServerIsNoSession();
    void noTokenInAnyFile();

private:
    Environment environment(const sandbox::SandboxServer &server) const;
    bool logIn(Run &run);
    Outcome restore(Run &run);
    // Rewrites the saved session of `env` as expired a minute ago (instead of sleeping until
    // it has, which would tie the test to the machine's load).
    void expireSavedSession(const Environment &env);

    QTemporaryDir m_home;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox; // two-hour tokens
    std::unique_ptr<sandbox::SandboxServer> m_shortLived; // two-second tokens, to expire
    std::unique_ptr<SecretStore> m_secrets;
    QByteArrayList m_seenTokens;
};

void TestSessionVault::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config").toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/data").toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qRegisterMetaType<CallRecord>();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    sandbox::SandboxOptions options;
    options.tokenTtlSeconds = 2;
    m_shortLived = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_shortLived->listen());
}

void TestSessionVault::init()
{
    // The real keychain is tried (and fails here without a secret service): the memory
    // fallback is what keeps the session.
    m_secrets = std::make_unique<SecretStore>(u"xlink-console-test"_s);
}

Environment TestSessionVault::environment(const sandbox::SandboxServer &server) const
{
    Environment environment;
    environment.id = u"env-"_s + QString::number(server.url().port());
    environment.name = u"sandbox"_s;
    environment.baseUrl = server.url();
    environment.account = QString::fromUtf16(demo::memberAccount);
    environment.timeoutMs = 10000;
    return environment;
}

bool TestSessionVault::logIn(Run &run)
{
    const Environment &environment = run.client->environment();
    m_secrets->write(environment.secretKey(Environment::Secret::Password),
        QString::fromUtf16(demo::memberPassword));
    run.session()->setCredentials({ Environment::LoginKind::EnterpriseMember, environment.account,
        QString::fromUtf16(demo::memberPassword), {} });
    QSignalSpy finished(run.session(), &Session::loginFinished);
    QSignalSpy written(m_secrets.get(), &SecretStore::written);
    run.session()->login();
    if (!finished.wait(10000) || !finished.first().first().toBool())
        return false;
    m_seenTokens.append(run.session()->accessToken());
    const QString key = environment.secretKey(Environment::Secret::Session);
    return QTest::qWaitFor([&] {
        return std::any_of(written.cbegin(), written.cend(),
            [&](const QList<QVariant> &arguments) { return arguments.first() == key; });
    });
}

Outcome TestSessionVault::restore(Run &run)
{
    QSignalSpy finished(run.vault.get(), &SessionVault::restoreFinished);
    run.vault->restore();
    if (!finished.wait(10000))
        return Outcome(-1);
    return finished.first().first().value<Outcome>();
}

void TestSessionVault::savedAfterLoginAndRestoredInTheNextRun()
{
    const Environment env = environment(*m_sandbox);
    QByteArray token;
    {
        Run first(env, m_secrets.get());
        QVERIFY(logIn(first));
        token = first.session()->accessToken();
        const std::optional<QString> saved
            = m_secrets->cached(env.secretKey(Environment::Secret::Session));
        QVERIFY(saved);
        QVERIFY(saved->contains(QString::fromUtf8(token)));
    }

    Run second(env, m_secrets.get());
    QSignalSpy recorded(second.client.get(), &ApiClient::callRecorded);
    QCOMPARE(restore(second), Outcome::Restored);
    QVERIFY(second.session()->isLoggedIn());
    QCOMPARE(second.session()->accessToken(), token);
    QCOMPARE(second.session()->identity().account, env.account);
    QVERIFY(!second.session()->identity().memberId.isEmpty());
    QVERIFY(second.session()->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(7000));

    // The restored token works, and no login was needed for it.
    ApiRequest request;
    request.target = u"/v2/corp"_s;
    ApiCall *call = second.client->send(request);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().value<CallRecord>().kind, CallRecord::Kind::Success);
    for (const QList<QVariant> &arguments : recorded)
        QCOMPARE(arguments.first().value<CallRecord>().purpose, CallRecord::Purpose::Request);
}

void TestSessionVault::expireSavedSession(const Environment &env)
{
    const QString key = env.secretKey(Environment::Secret::Session);
    const std::optional<QString> stored = m_secrets->cached(key);
    QVERIFY(stored);
    std::optional<Session::Tokens> saved = SessionVault::deserialize(*stored, env);
    QVERIFY(saved);
    const qint64 lifetime = saved->issuedAt.secsTo(saved->expiresAt);
    saved->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    saved->issuedAt = saved->expiresAt.addSecs(-lifetime);
    m_secrets->write(key, SessionVault::serialize(*saved, env));
}

void TestSessionVault::restoredTokenIsRefreshedWhenDue()
{
    // A two-hour token whose saved issue time says it is 10 of 12 hours old: past 80% of its
    // life, still valid. (Rewriting the saved time rather than sleeping keeps the test
    // independent of the machine's load.)
    const Environment env = environment(*m_sandbox);
    const QString key = env.secretKey(Environment::Secret::Session);
    QByteArray token;
    {
        Run first(env, m_secrets.get());
        QVERIFY(logIn(first));
        token = first.session()->accessToken();
    }
    std::optional<Session::Tokens> saved = SessionVault::deserialize(*m_secrets->cached(key), env);
    QVERIFY(saved);
    saved->issuedAt = saved->expiresAt.addSecs(-12 * 3600);
    m_secrets->write(key, SessionVault::serialize(*saved, env));

    Run second(env, m_secrets.get());
    QSignalSpy refreshed(second.session(), &Session::refreshFinished);
    QCOMPARE(restore(second), Outcome::Restored);
    QVERIFY(refreshed.wait(5000));
    QVERIFY(refreshed.first().first().toBool());
    QVERIFY(second.session()->accessToken() != token);
    // The refreshed tokens are what the next run finds.
    QTRY_VERIFY(
        m_secrets->cached(key)->contains(QString::fromUtf8(second.session()->accessToken())));
    m_seenTokens.append(second.session()->accessToken());

    // A fresh restored token is not refreshed before its time: its refresh is scheduled at 80%
    // of its life, not started (the schedule is checked, rather than waiting a while for a
    // refresh that a slow machine could start later).
    Run third(env, m_secrets.get());
    QSignalSpy notRefreshed(third.session(), &Session::refreshFinished);
    QCOMPARE(restore(third), Outcome::Restored);
    const Session::Tokens fresh = third.session()->tokens();
    QVERIFY(fresh.issuedAt.isValid() && fresh.expiresAt.isValid());
    const QDateTime due = fresh.issuedAt.addMSecs(fresh.issuedAt.msecsTo(fresh.expiresAt) * 8 / 10);
    QVERIFY(due > QDateTime::currentDateTimeUtc().addSecs(3600));
    const QDateTime scheduled = third.session()->refreshDueAt();
    QVERIFY(scheduled.isValid());
    QVERIFY2(qAbs(scheduled.msecsTo(due)) < 60'000, qPrintable(scheduled.toString(Qt::ISODate)));
    QVERIFY(!third.session()->isRenewing());
    QVERIFY(notRefreshed.isEmpty());
}

void TestSessionVault::expiredTokenLogsInAgain()
{
    const Environment env = environment(*m_shortLived);
    QByteArray token;
    {
        Run first(env, m_secrets.get());
        first.session()->setProactiveRefresh(false);
        QVERIFY(logIn(first));
        token = first.session()->accessToken();
    }
    expireSavedSession(env);
    Run second(env, m_secrets.get());
    QSignalSpy loggedIn(second.session(), &Session::loginFinished);
    QCOMPARE(restore(second), Outcome::LoggingInAgain);
    QVERIFY(loggedIn.wait(10000));
    QVERIFY(loggedIn.first().first().toBool());
    QVERIFY(second.session()->isLoggedIn());
    QVERIFY(second.session()->accessToken() != token);
}

void TestSessionVault::expiredWithoutSecretIsForgotten()
{
    const Environment env = environment(*m_shortLived);
    {
        Run first(env, m_secrets.get());
        first.session()->setProactiveRefresh(false);
        QVERIFY(logIn(first));
    }
    m_secrets->remove(env.secretKey(Environment::Secret::Password));
    expireSavedSession(env);
    Run second(env, m_secrets.get());
    QCOMPARE(restore(second), Outcome::Expired);
    QVERIFY(!second.session()->isLoggedIn());
    QVERIFY(!m_secrets->cached(env.secretKey(Environment::Secret::Session)));
}

void TestSessionVault::savedForAnotherAccountOrServerIsIgnored()
{
    const Environment env = environment(*m_sandbox);
    {
        Run first(env, m_secrets.get());
        QVERIFY(logIn(first));
    }
    Environment otherAccount = env;
    otherAccount.account = u"someone-else@example.com"_s;
    Run second(otherAccount, m_secrets.get());
    QCOMPARE(restore(second), Outcome::NothingSaved);
    QVERIFY(!second.session()->isLoggedIn());

    Environment otherServer = env;
    otherServer.baseUrl = QUrl(u"https://api2.xlink.cn"_s);
    Run third(otherServer, m_secrets.get());
    QCOMPARE(restore(third), Outcome::NothingSaved);
    QVERIFY(!third.session()->isLoggedIn());
}

void TestSessionVault::forgetAfterLogout()
{
    const Environment env = environment(*m_sandbox);
    {
        Run first(env, m_secrets.get());
        QVERIFY(logIn(first));
        first.vault->forget(env);
        first.session()->logout();
    }
    Run second(env, m_secrets.get());
    QCOMPARE(restore(second), Outcome::NothingSaved);
}

void TestSessionVault::serializedFormRoundTrips()
{
    Environment env = environment(*m_sandbox);
    env.loginKind = Environment::LoginKind::AppUser;
    env.corpId = QString::fromUtf16(demo::corpId);
    Session::Tokens tokens;
    tokens.accessToken = "a.b.c";
    tokens.refreshToken = "r-1";
    tokens.issuedAt = QDateTime::currentDateTimeUtc();
    tokens.expiresAt = tokens.issuedAt.addSecs(7200);
    tokens.identity = { Environment::LoginKind::AppUser, env.account, env.corpId, {}, u"42"_s };
    const std::optional<Session::Tokens> back
        = SessionVault::deserialize(SessionVault::serialize(tokens, env), env);
    QVERIFY(back);
    QCOMPARE(back->accessToken, tokens.accessToken);
    QCOMPARE(back->refreshToken, tokens.refreshToken);
    QCOMPARE(back->expiresAt, tokens.expiresAt);
    QCOMPARE(back->issuedAt, tokens.issuedAt);
    QCOMPARE(back->identity.userId, u"42"_s);
    QCOMPARE(back->identity.corpId, env.corpId);
    // Damaged entries are no session.
    QVERIFY(!SessionVault::deserialize(u"{not json"_s, env));
    QVERIFY(!SessionVault::deserialize(u"{\"kind\":\"member\"}"_s, env));
    Environment otherCorp = env;
    otherCorp.corpId = u"0000000000000000"_s;
    QVERIFY(!SessionVault::deserialize(SessionVault::serialize(tokens, env), otherCorp));
}

void TestSessionVault::tokenWithoutExpiryRoundTrips()
{
    // Access keys: the platform gives no expiry, and the saved entry says so with empty times.
    Environment env = environment(*m_sandbox);
    env.loginKind = Environment::LoginKind::AccessKey;
    Session::Tokens tokens;
    tokens.accessToken = "a.b.c";
    tokens.identity = { Environment::LoginKind::AccessKey, env.account, {}, {}, {} };
    const QString saved = SessionVault::serialize(tokens, env);
    QVERIFY2(saved.contains(u"\"expires_at\":\"\""_s), qPrintable(saved));
    const std::optional<Session::Tokens> back = SessionVault::deserialize(saved, env);
    QVERIFY(back);
    QVERIFY(!back->expiresAt.isValid());
    QVERIFY(!back->issuedAt.isValid());
    QCOMPARE(SessionVault::serialize(*back, env), saved);
}

namespace {

QString savedEntry(const QString &expiresAt, const QString &baseUrl)
{
    return uR"({"access_token":"tok-1","refresh_token":"ref-1","expires_at":"%1",)"
           uR"("issued_at":"2026-03-01T08:00:00.000Z","kind":"member","account":"dev@example.com",)"
           uR"("corp_id":"","member_id":"7","user_id":"","base_url":"%2"})"_s.arg(
               expiresAt, baseUrl);
}

} // namespace

void TestSessionVault::unreadableExpiryIsNoSession()
{
    // A damaged or hand-edited entry whose expiry is not a time: taken as a session that never
    // expires, its token would be sent however old it is.
    Environment env = environment(*m_sandbox);
    env.account = u"dev@example.com"_s;
    const QString url = env.baseUrl.toString();
    QVERIFY(SessionVault::deserialize(savedEntry(u"2026-03-01T10:00:00.000Z"_s, url), env));
    QVERIFY(!SessionVault::deserialize(savedEntry(u"2026-13-01T10:00:00.000Z"_s, url), env));
    QVERIFY(!SessionVault::deserialize(savedEntry(u"soon"_s, url), env));
}

void TestSessionVault::unparsableServerIsNoSession()
{
    // Saved for a URL that does not parse: serialize() cannot write that URL back (it writes
    // an empty one), so such an entry would not survive being saved again, and no session can
    // have been made with it.
    Environment env = environment(*m_sandbox);
    env.account = u"dev@example.com"_s;
    const QString unparsable = u"http://12:7.0.0.1:8080"_s;
    env.baseUrl = QUrl(unparsable);
    QVERIFY(!env.baseUrl.isValid());
    QVERIFY(!SessionVault::deserialize(savedEntry(u"2026-03-01T10:00:00.000Z"_s, unparsable), env));
    QVERIFY(!SessionVault::deserialize(savedEntry(u"2026-03-01T10:00:00.000Z"_s, {}), env));
}

void TestSessionVault::noTokenInAnyFile()
{
    // Its own login, save, restore and refresh, so the test also checks something when it
    // runs alone (the tokens of the tests before it are checked as well).
    const Environment env = environment(*m_sandbox);
    {
        Run first(env, m_secrets.get());
        QVERIFY(logIn(first));
    }
    Run second(env, m_secrets.get());
    QCOMPARE(restore(second), Outcome::Restored);
    QSignalSpy refreshed(second.session(), &Session::refreshFinished);
    second.session()->refreshNow();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.first().first().toBool());
    m_seenTokens.append(second.session()->accessToken());
    const QString key = env.secretKey(Environment::Secret::Session);
    QTRY_VERIFY(
        m_secrets->cached(key)->contains(QString::fromUtf8(second.session()->accessToken())));
    QVERIFY(m_seenTokens.size() >= 2);
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray &token : std::as_const(m_seenTokens))
            QVERIFY2(!content.contains(token), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSessionVault)
#include "TestSessionVault.moc"
