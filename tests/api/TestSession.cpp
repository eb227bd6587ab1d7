// Login, token refresh and renewal against the sandbox with short token lifetimes.
#include "ApiCall.h"
#include "ApiClient.h"
#include "SandboxServer.h"
#include "Session.h"
#include "state/DemoIdentities.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace xlink;
using namespace Qt::StringLiterals;
namespace demo = xlink::sandbox::demo;
using Kind = Environment::LoginKind;
using Purpose = CallRecord::Purpose;

namespace {

int codeOf(const CallRecord &record)
{
    return record.platformError ? record.platformError->code : -1;
}

Session::Credentials member(const QString &password = QString::fromUtf16(demo::memberPassword))
{
    return { Kind::EnterpriseMember, QString::fromUtf16(demo::memberAccount), password, {} };
}

Session::Credentials accessKey()
{
    return { Kind::AccessKey, QString::fromUtf16(demo::accessKeyId),
        QString::fromUtf16(demo::accessKeySecret), {} };
}

Session::Credentials appUser()
{
    return { Kind::AppUser, QString::fromUtf16(demo::userEmail),
        QString::fromUtf16(demo::userPassword), QString::fromUtf16(demo::corpId) };
}

ApiRequest getCorp()
{
    ApiRequest r;
    r.target = u"/v2/corp"_s;
    return r;
}

QList<CallRecord> records(const QSignalSpy &spy)
{
    QList<CallRecord> list;
    for (const auto &arguments : spy)
        list.append(arguments.first().value<CallRecord>());
    return list;
}

// The token was taken: the answer is not about the token (an app user may still be refused
// enterprise calls with 4031004, which proves the token itself was accepted).
// Whether the platform answers a call with `token` "expired" (4031021): a positive event to
// wait for instead of sleeping for the token's lifetime.
bool platformSaysExpired(const sandbox::SandboxServer &server, const QByteArray &token)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.url().resolved(QUrl(u"/v2/corp"_s)));
    request.setRawHeader("Access-Token", token);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool answered = finished.wait(5000);
    const QByteArray body = reply->readAll();
    delete reply;
    return answered && body.contains("4031021");
}

bool tokenAccepted(const CallRecord &record)
{
    if (record.kind == CallRecord::Kind::Success)
        return true;
    return record.platformError && codeOf(record) != 4031002
        && !Session::isTokenFailure(codeOf(record));
}

qsizetype countPurpose(const QList<CallRecord> &list, Purpose purpose)
{
    return std::count_if(list.cbegin(), list.cend(),
        [purpose](const CallRecord &r) { return r.purpose == purpose; });
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachLoginKindLogsInOnItsOwnPath_data();
    void eachLoginKindLogsInOnItsOwnPath();
    void wrongPasswordIs4001007AndNotKeptInTheRecord();
    void loginAndRefreshRecordsHoldNoSecret();
    void tokenIsRefreshedAt80PercentOfItsLife_data();
    void tokenIsRefreshedAt80PercentOfItsLife();
    void reactiveRenewalAfterExpiry();
    void accessKeyLogsInAgain();
    void concurrentCallsShareOneRenewal();
    void supersededTokenRefreshRefusedLogsInAgain();
    void noLoopWhenRenewalFails();
    void callWithItsOwnTokenIsNotRenewed();
    void callCancelledWhileWaitingForRenewalIsRedacted();
    void restoredTokensWorkAndLogoutForgetsThem();

private:
    std::unique_ptr<ApiClient> newClient(const sandbox::SandboxServer &server);
    bool login(ApiClient &client, const Session::Credentials &credentials);
    // Nothing when the call did not finish in time (a default record's kind is Success).
    std::optional<CallRecord> callAndWait(
        ApiClient &client, const ApiRequest &request, ApiCall **out = nullptr);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox; // 2 hours: tokens do not expire
    std::unique_ptr<sandbox::SandboxServer> m_shortLived; // 1-second tokens
};

void TestSession::initTestCase()
{
    qRegisterMetaType<CallRecord>();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
    sandbox::SandboxOptions options;
    options.tokenTtlSeconds = 1;
    m_shortLived = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_shortLived->listen());
}

std::unique_ptr<ApiClient> TestSession::newClient(const sandbox::SandboxServer &server)
{
    auto client = std::make_unique<ApiClient>();
    Environment environment;
    environment.name = u"sandbox"_s;
    environment.baseUrl = server.url();
    environment.timeoutMs = 10000;
    client->setEnvironment(environment);
    return client;
}

bool TestSession::login(ApiClient &client, const Session::Credentials &credentials)
{
    Session *session = client.session();
    session->setCredentials(credentials);
    QSignalSpy finished(session, &Session::loginFinished);
    session->login();
    return finished.wait(10000) && finished.first().first().toBool() && session->isLoggedIn();
}

std::optional<CallRecord> TestSession::callAndWait(
    ApiClient &client, const ApiRequest &request, ApiCall **out)
{
    ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(15000))
        return std::nullopt;
    if (out)
        *out = call;
    else
        call->deleteLater();
    return call->record();
}

void TestSession::eachLoginKindLogsInOnItsOwnPath_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("member") << int(Kind::EnterpriseMember);
    QTest::newRow("access-key") << int(Kind::AccessKey);
    QTest::newRow("app-user") << int(Kind::AppUser);
}

void TestSession::eachLoginKindLogsInOnItsOwnPath()
{
    QFETCH(int, kind);
    auto client = newClient(*m_sandbox);
    Session *session = client->session();
    QSignalSpy states(session, &Session::stateChanged);
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    const auto credentials = Kind(kind) == Kind::AccessKey ? accessKey()
        : Kind(kind) == Kind::AppUser                      ? appUser()
                                                           : member();
    QVERIFY(login(*client, credentials));
    QCOMPARE(states.first().first().value<Session::State>(), Session::State::LoggingIn);
    QCOMPARE(session->state(), Session::State::LoggedIn);
    QVERIFY(!session->accessToken().isEmpty());
    QCOMPARE(session->identity().account, credentials.account);
    QCOMPARE(session->identity().kind, Kind(kind));
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().purpose, Purpose::Login);
    const QString path = list.first().url.path();
    switch (Kind(kind)) {
    case Kind::EnterpriseMember:
        QCOMPARE(path, u"/v2/corp_auth"_s);
        QVERIFY(session->hasRefreshToken());
        QCOMPARE(session->identity().corpId, QString::fromUtf16(demo::corpId));
        QVERIFY(!session->identity().memberId.isEmpty());
        break;
    case Kind::AccessKey:
        QCOMPARE(path, u"/v2/accesskey_auth"_s);
        QVERIFY(!session->hasRefreshToken());
        break;
    case Kind::AppUser:
        QCOMPARE(path, u"/v2/user_auth"_s);
        QVERIFY(session->hasRefreshToken());
        QVERIFY(!session->identity().userId.isEmpty());
        break;
    }
    if (session->expiresAt().isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(session->expiresAt());
        QVERIFY2(left > 7000 && left <= 7200, qPrintable(QString::number(left)));
    }
    QVERIFY(!session->identity().displayText().isEmpty());
    const std::optional<CallRecord> call = callAndWait(*client, getCorp());
    QVERIFY(call);
    QVERIFY(tokenAccepted(*call));
}

void TestSession::wrongPasswordIs4001007AndNotKeptInTheRecord()
{
    auto client = newClient(*m_sandbox);
    Session *session = client->session();
    session->setCredentials({ Kind::AppUser, QString::fromUtf16(demo::userEmail),
        u"not-the-password"_s, QString::fromUtf16(demo::corpId) });
    QSignalSpy finished(session, &Session::loginFinished);
    session->login();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const auto record = finished.first().at(1).value<CallRecord>();
    QCOMPARE(codeOf(record), 4001007);
    QCOMPARE(session->state(), Session::State::LoggedOut);
    QVERIFY(session->accessToken().isEmpty());
    QVERIFY(!record.requestBody.contains("not-the-password"));
}

void TestSession::loginAndRefreshRecordsHoldNoSecret()
{
    auto client = newClient(*m_sandbox);
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    QVERIFY(login(*client, member()));
    const QByteArray firstToken = client->session()->accessToken();
    QSignalSpy refreshed(client->session(), &Session::refreshFinished);
    client->session()->refreshNow();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.first().first().toBool());
    const QByteArray secondToken = client->session()->accessToken();
    QVERIFY(secondToken != firstToken);
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).purpose, Purpose::Refresh);
    QVERIFY(list.at(1).url.path().endsWith(u"/v2/corp/token/refresh"));
    for (const CallRecord &record : list) {
        QByteArray everything = record.requestBody + record.responseBody;
        for (const auto &[name, value] : record.requestHeaders + record.responseHeaders)
            everything += name + value;
        QVERIFY(!everything.contains("sandbox123"));
        QVERIFY(!everything.contains(firstToken));
        QVERIFY(!everything.contains(secondToken));
        QVERIFY(everything.contains("[REDACTED]"));
    }
}

void TestSession::tokenIsRefreshedAt80PercentOfItsLife_data()
{
    QTest::addColumn<bool>("user");
    QTest::newRow("member") << false;
    QTest::newRow("app-user") << true;
}

void TestSession::tokenIsRefreshedAt80PercentOfItsLife()
{
    QFETCH(bool, user);
    auto client = newClient(*m_shortLived);
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    QVERIFY(login(*client, user ? appUser() : member()));
    Session *session = client->session();
    const QByteArray first = session->accessToken();
    QVERIFY(session->expiresAt() <= QDateTime::currentDateTimeUtc().addMSecs(1000));
    // At 80% of a 1-second lifetime: well before the token dies.
    QSignalSpy refreshed(session, &Session::refreshFinished);
    QVERIFY(refreshed.wait(2000));
    QVERIFY(refreshed.first().first().toBool());
    QVERIFY(session->accessToken() != first);
    const QList<CallRecord> afterRefresh = records(recorded);
    QCOMPARE(countPurpose(afterRefresh, Purpose::Refresh), 1);
    QVERIFY(afterRefresh.last().url.path().endsWith(
        user ? u"/v2/user/token/refresh"_s : u"/v2/corp/token/refresh"_s));
    // The rotated token works, and keeps being refreshed.
    const std::optional<CallRecord> call = callAndWait(*client, getCorp());
    QVERIFY(call);
    QVERIFY(tokenAccepted(*call));
    QCOMPARE(call->purpose, Purpose::Request);
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(countPurpose(records(recorded), Purpose::Login), 1);
}

void TestSession::reactiveRenewalAfterExpiry()
{
    auto client = newClient(*m_shortLived);
    client->session()->setProactiveRefresh(false);
    QVERIFY(login(*client, member()));
    // The platform's token expires with the session's (it was issued before the answer came).
    QTRY_VERIFY_WITH_TIMEOUT(client->session()->isExpired(), 10000);
    QVERIFY(client->session()->isExpired());
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    ApiCall *call = nullptr;
    const std::optional<CallRecord> result = callAndWait(*client, getCorp(), &call);
    QVERIFY(result);
    QCOMPARE(result->kind, CallRecord::Kind::Success);
    QCOMPARE(result->purpose, Purpose::Replay);
    QVERIFY(call->wasReplayed());
    delete call;
    const QList<CallRecord> list = records(recorded);
    // The call, a new login (an expired token cannot be refreshed), the replay.
    QCOMPARE(list.size(), 3);
    QCOMPARE(codeOf(list.at(0)), 4031021);
    QCOMPARE(list.at(1).purpose, Purpose::Login);
    QCOMPARE(list.at(2).purpose, Purpose::Replay);
}

void TestSession::accessKeyLogsInAgain()
{
    auto client = newClient(*m_shortLived);
    QVERIFY(login(*client, accessKey()));
    // Until the platform itself says the token has expired.
    QTRY_VERIFY_WITH_TIMEOUT(
        platformSaysExpired(*m_shortLived, client->session()->accessToken()), 10000);
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    const std::optional<CallRecord> result = callAndWait(*client, getCorp());
    QVERIFY(result);
    QCOMPARE(result->kind, CallRecord::Kind::Success);
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(countPurpose(list, Purpose::Refresh), 0);
    QCOMPARE(countPurpose(list, Purpose::Login), 1);
    QCOMPARE(countPurpose(list, Purpose::Replay), 1);
}

void TestSession::concurrentCallsShareOneRenewal()
{
    auto client = newClient(*m_shortLived);
    client->session()->setProactiveRefresh(false);
    QVERIFY(login(*client, member()));
    // The platform's token expires with the session's (it was issued before the answer came).
    QTRY_VERIFY_WITH_TIMEOUT(client->session()->isExpired(), 10000);
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    QList<ApiCall *> calls;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 5; ++i) {
        ApiCall *call = client->send(getCorp());
        call->setAutoDelete(false);
        calls.append(call);
        spies.append(std::make_shared<QSignalSpy>(call, &ApiCall::finished));
    }
    for (const auto &spy : spies)
        QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 15000);
    for (ApiCall *call : calls) {
        QCOMPARE(call->record().kind, CallRecord::Kind::Success);
        QVERIFY(call->wasReplayed());
        delete call;
    }
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(countPurpose(list, Purpose::Login) + countPurpose(list, Purpose::Refresh), 1);
    QCOMPARE(countPurpose(list, Purpose::Request), 5);
    QCOMPARE(countPurpose(list, Purpose::Replay), 5);
}

void TestSession::supersededTokenRefreshRefusedLogsInAgain()
{
    // Another console (B) holding the same tokens refreshes them: A's token is superseded
    // (4031022) and A's refresh token no longer works (4001010), so A must log in again.
    auto a = newClient(*m_sandbox);
    QVERIFY(login(*a, member()));
    auto b = newClient(*m_sandbox);
    b->session()->setCredentials(member());
    b->session()->restore(a->session()->tokens());
    QSignalSpy bRefreshed(b->session(), &Session::refreshFinished);
    b->session()->refreshNow();
    QVERIFY(bRefreshed.wait(10000));
    QVERIFY(bRefreshed.first().first().toBool());

    QSignalSpy recorded(a.get(), &ApiClient::callRecorded);
    const std::optional<CallRecord> result = callAndWait(*a, getCorp());
    QVERIFY(result);
    QCOMPARE(result->kind, CallRecord::Kind::Success);
    QCOMPARE(result->purpose, Purpose::Replay);
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(list.size(), 4);
    QCOMPARE(codeOf(list.at(0)), 4031022);
    QCOMPARE(list.at(1).purpose, Purpose::Refresh);
    // Refused either way the platform may say it: the refresh token or the token is spent.
    QVERIFY(list.at(1).platformError);
    QVERIFY(codeOf(list.at(1)) == 4001010 || codeOf(list.at(1)) == 4031022);
    QCOMPARE(list.at(2).purpose, Purpose::Login);
    QCOMPARE(list.at(2).kind, CallRecord::Kind::Success);
    QCOMPARE(list.at(3).purpose, Purpose::Replay);
}

void TestSession::noLoopWhenRenewalFails()
{
    auto a = newClient(*m_sandbox);
    QVERIFY(login(*a, member()));
    auto b = newClient(*m_sandbox);
    b->session()->restore(a->session()->tokens());
    QSignalSpy bRefreshed(b->session(), &Session::refreshFinished);
    b->session()->refreshNow();
    QVERIFY(bRefreshed.wait(10000));
    // A's password changed meanwhile: neither refresh nor login can work.
    a->session()->setCredentials(member(u"wrong-pass"_s));

    QSignalSpy recorded(a.get(), &ApiClient::callRecorded);
    QSignalSpy failed(a->session(), &Session::renewalFailed);
    ApiCall *call = nullptr;
    const std::optional<CallRecord> result = callAndWait(*a, getCorp(), &call);
    QVERIFY(result);
    QVERIFY(!call->wasReplayed());
    delete call;
    // The first answer is reported as it is.
    QCOMPARE(result->kind, CallRecord::Kind::Platform);
    QCOMPARE(codeOf(*result), 4031022);
    QCOMPARE(failed.size(), 1);
    // Anything that would loop shows itself meanwhile: one more call, not a token failure
    // (A is logged out), is the next thing recorded.
    const std::optional<CallRecord> next = callAndWait(*a, getCorp());
    QVERIFY(next);
    const QList<CallRecord> list = records(recorded);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(3).purpose, Purpose::Request);
    QCOMPARE(codeOf(list.at(3)), 4031002);
    QCOMPARE(list.at(1).purpose, Purpose::Refresh);
    QCOMPARE(list.at(2).purpose, Purpose::Login);
    QCOMPARE(codeOf(list.at(2)), 4001007);
    QCOMPARE(a->session()->state(), Session::State::LoggedOut);
}

void TestSession::callWithItsOwnTokenIsNotRenewed()
{
    auto client = newClient(*m_sandbox);
    QVERIFY(login(*client, member()));
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    ApiRequest request = getCorp();
    request.headers.append({ QByteArray("Access-Token"), QByteArray("NOT-A-REAL-TOKEN") });
    const std::optional<CallRecord> result = callAndWait(*client, request);
    QVERIFY(result);
    QCOMPARE(codeOf(*result), 4031003);
    // No refresh, no replay: the next thing recorded is the next call.
    const std::optional<CallRecord> next = callAndWait(*client, getCorp());
    QVERIFY(next);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(records(recorded).at(1).purpose, Purpose::Request);
    QCOMPARE(records(recorded).at(1).kind, CallRecord::Kind::Success);
}

void TestSession::callCancelledWhileWaitingForRenewalIsRedacted()
{
    auto client = newClient(*m_sandbox);
    QVERIFY(login(*client, member()));
    client->session()->refreshNow();
    QVERIFY(client->session()->isRenewing());
    // Sent during the renewal, the call waits for the new token: nothing is on the wire when it
    // is cancelled, and its record is made from the request alone. It must leave redacted as
    // any other record does (views and signals show it).
    ApiRequest request;
    request.method = "POST";
    request.target = u"/v2/user/password/reset"_s;
    request.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    request.headers.append({ QByteArray("Authorization"), QByteArray("Bearer hunter2-bearer") });
    request.body = R"({"account":"a@example.com","password":"hunter2-password"})";
    QSignalSpy recorded(client.get(), &ApiClient::callRecorded);
    ApiCall *call = client->send(request);
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ApiCall::finished);
    call->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(call->record().kind, CallRecord::Kind::Cancelled);
    QVERIFY2(
        !call->record().requestBody.contains("hunter2"), call->record().requestBody.constData());
    QVERIFY(call->record().requestBody.contains("password"));
    for (const auto &[name, value] : call->record().requestHeaders)
        QVERIFY2(!value.contains("hunter2"), value.constData());
    for (const CallRecord &record : records(recorded))
        QVERIFY(!record.requestBody.contains("hunter2"));
    // What is kept unredacted for the caller's own use is the request as sent.
    QVERIFY(call->unredactedRecord().requestBody.contains("hunter2-password"));
    delete call;
}

void TestSession::restoredTokensWorkAndLogoutForgetsThem()
{
    auto a = newClient(*m_sandbox);
    QVERIFY(login(*a, member()));
    auto b = newClient(*m_sandbox);
    QSignalSpy token(b->session(), &Session::tokenChanged);
    b->session()->restore(a->session()->tokens());
    QCOMPARE(token.size(), 1);
    QVERIFY(b->session()->isLoggedIn());
    QCOMPARE(b->session()->identity().memberId, a->session()->identity().memberId);
    const std::optional<CallRecord> restored = callAndWait(*b, getCorp());
    QVERIFY(restored);
    QCOMPARE(restored->kind, CallRecord::Kind::Success);
    b->session()->logout();
    QVERIFY(!b->session()->isLoggedIn());
    QVERIFY(b->session()->accessToken().isEmpty());
    const std::optional<CallRecord> afterLogout = callAndWait(*b, getCorp());
    QVERIFY(afterLogout);
    QCOMPARE(codeOf(*afterLogout), 4031002);
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
