// The platform's login and token rules, through real HTTP requests to an in-process sandbox.
#include "SandboxClient.h"
#include "SandboxServer.h"
#include "state/DemoIdentities.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace xlink::sandbox;

class TestSandboxAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberLoginReturnsTokens();
    void noTokenIs4031002();
    void unknownTokenIs4031003();
    void expiredTokenIs4031021();
    void refreshRotatesTokens();
    void badRefreshTokenIs4001010();
    void expiredTokenCannotRefresh();
    void wrongPasswordIs4001007();
    void lockoutAfterFiveWrongPasswords();
    void successfulLoginResetsTheCount();
    void loginBodyMissingOrMalformedIs400WithItsCode_data();
    void loginBodyMissingOrMalformedIs400WithItsCode();
    void accessKeyLogsInWithoutRefreshAndWrongSecretIs4001072();
    void appUserLogsInAndMayNotCallEnterpriseApis();
    void appUserTokenRefreshesOnTheUserPathOnly();

private:
    std::unique_ptr<SandboxServer> start(const SandboxOptions &options = {});
};

std::unique_ptr<SandboxServer> TestSandboxAuth::start(const SandboxOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen())
        qFatal("sandbox cannot listen: %s", qPrintable(server->errorString()));
    return server;
}

void TestSandboxAuth::memberLoginReturnsTokens()
{
    SandboxOptions options;
    options.tokenTtlSeconds = 1234;
    auto server = start(options);
    SandboxClient client(server->url());
    const HttpResult login = client.post(u"/v2/corp_auth"_s,
        { { u"account"_s, u"dev@example.com"_s }, { u"password"_s, u"sandbox123"_s } });
    QCOMPARE(login.status, 200);
    const QJsonObject reply = login.object();
    QCOMPARE(reply.value(u"corp_id").toString(), QString::fromUtf16(demo::corpId));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s)
                .match(reply.value(u"corp_id").toString())
                .hasMatch());
    QVERIFY(!reply.value(u"member_id").toString().isEmpty());
    QVERIFY(!reply.value(u"access_token").toString().isEmpty());
    QVERIFY(!reply.value(u"refresh_token").toString().isEmpty());
    QCOMPARE(reply.value(u"expire_in").toInt(), 1234);
    QVERIFY(!reply.contains(u"expires_in"));

    const HttpResult corp = client.get(u"/v2/corp"_s, reply.value(u"access_token").toString());
    QCOMPARE(corp.status, 200);
    QCOMPARE(corp.object().value(u"id").toString(), QString::fromUtf16(demo::corpId));
}

void TestSandboxAuth::noTokenIs4031002()
{
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult result = client.get(u"/v2/corp"_s);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), 4031002);
    // The code is a string and the message the catalogue's Chinese text.
    QCOMPARE(result.object().value(u"error").toObject().value(u"code").toString(), u"4031002"_s);
    QCOMPARE(result.object().value(u"error").toObject().value(u"msg").toString(),
        u"禁止访问，需要Access-Token"_s);
}

void TestSandboxAuth::unknownTokenIs4031003()
{
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult result = client.get(u"/v2/corp"_s, u"0123456789ABCDEF"_s);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), 4031003);
    // Authorization: Bearer is not the platform's header.
    const HttpResult bearer = client.get(
        u"/v2/corp"_s, {}, { { "Authorization"_ba, "Bearer " + client.memberToken().toLatin1() } });
    QCOMPARE(bearer.errorCode(), 4031002);
}

void TestSandboxAuth::expiredTokenIs4031021()
{
    SandboxOptions options;
    options.tokenTtlSeconds = 1;
    auto server = start(options);
    SandboxClient client(server->url());
    const QString token = client.memberToken();
    QCOMPARE(client.get(u"/v2/corp"_s, token).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/v2/corp"_s, token).errorCode(), 4031021, 2500);
}

void TestSandboxAuth::refreshRotatesTokens()
{
    auto server = start();
    SandboxClient client(server->url());
    const QJsonObject login = client.memberLogin();
    const QString oldToken = login.value(u"access_token").toString();
    const QString oldRefresh = login.value(u"refresh_token").toString();
    const HttpResult refreshed = client.post(
        u"/v2/corp/token/refresh"_s, { { u"refresh_token"_s, oldRefresh } }, oldToken);
    QCOMPARE(refreshed.status, 200);
    const QString newToken = refreshed.object().value(u"access_token").toString();
    const QString newRefresh = refreshed.object().value(u"refresh_token").toString();
    QVERIFY(!newToken.isEmpty() && newToken != oldToken);
    QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh);
    QCOMPARE(refreshed.object().value(u"expire_in").toInt(), 7200);

    QCOMPARE(client.get(u"/v2/corp"_s, newToken).status, 200);
    const HttpResult superseded = client.get(u"/v2/corp"_s, oldToken);
    QCOMPARE(superseded.status, 403);
    QCOMPARE(superseded.errorCode(), 4031022);
    // The rotated-out refresh token is no good with the new access token either.
    const HttpResult reused = client.post(
        u"/v2/corp/token/refresh"_s, { { u"refresh_token"_s, oldRefresh } }, newToken);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.errorCode(), 4001010);
}

void TestSandboxAuth::badRefreshTokenIs4001010()
{
    auto server = start();
    SandboxClient client(server->url());
    const QString token = client.memberToken();
    const HttpResult bad = client.post(
        u"/v2/corp/token/refresh"_s, { { u"refresh_token"_s, u"not-a-refresh-token"_s } }, token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), 4001010);
    const HttpResult missing = client.post(u"/v2/corp/token/refresh"_s, {}, token);
    QCOMPARE(missing.errorCode(), 4001002);
    // A failed refresh leaves the token usable.
    QCOMPARE(client.get(u"/v2/corp"_s, token).status, 200);
}

void TestSandboxAuth::expiredTokenCannotRefresh()
{
    SandboxOptions options;
    options.tokenTtlSeconds = 1;
    auto server = start(options);
    SandboxClient client(server->url());
    const QJsonObject login = client.memberLogin();
    const QString token = login.value(u"access_token").toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/v2/corp"_s, token).errorCode(), 4031021, 2500);
    const HttpResult refreshed = client.post(u"/v2/corp/token/refresh"_s,
        { { u"refresh_token"_s, login.value(u"refresh_token").toString() } }, token);
    QCOMPARE(refreshed.errorCode(), 4031021);
}

void TestSandboxAuth::wrongPasswordIs4001007()
{
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult wrong = client.post(u"/v2/corp_auth"_s,
        { { u"account"_s, u"dev@example.com"_s }, { u"password"_s, u"wrong-password"_s } });
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), 4001007);
    const HttpResult unknown = client.post(u"/v2/corp_auth"_s,
        { { u"account"_s, u"nobody@example.com"_s }, { u"password"_s, u"sandbox123"_s } });
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), 4041002);
}

void TestSandboxAuth::lockoutAfterFiveWrongPasswords()
{
    SandboxOptions options;
    options.lockoutSeconds = 1;
    auto server = start(options);
    SandboxClient client(server->url());
    const QJsonObject wrong { { u"account"_s, u"dev@example.com"_s },
        { u"password"_s, u"wrong-password"_s } };
    for (int attempt = 1; attempt <= 5; ++attempt)
        QCOMPARE(client.post(u"/v2/corp_auth"_s, wrong).errorCode(), 4001007);
    // The sixth attempt is refused even with the right password.
    const HttpResult locked = client.post(u"/v2/corp_auth"_s,
        { { u"account"_s, u"dev@example.com"_s }, { u"password"_s, u"sandbox123"_s } });
    QCOMPARE(locked.status, 400);
    QCOMPARE(locked.errorCode(), 4001061);
    // Another account is not affected, and the lock lifts after its duration.
    QCOMPARE(
        client
            .post(u"/v2/user_auth"_s,
                { { u"corp_id"_s, QString::fromUtf16(demo::corpId) },
                    { u"email"_s, u"user@example.com"_s }, { u"password"_s, u"sandbox123"_s } })
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!client.memberToken().isEmpty(), 2500);
}

void TestSandboxAuth::successfulLoginResetsTheCount()
{
    // Only five wrong passwords *in a row* lock an account: a good login in between starts over.
    auto server = start();
    SandboxClient client(server->url());
    const QJsonObject wrong { { u"account"_s, u"dev@example.com"_s },
        { u"password"_s, u"wrong-password"_s } };
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(client.post(u"/v2/corp_auth"_s, wrong).errorCode(), 4001007);
    QVERIFY(!client.memberToken().isEmpty());
    for (int attempt = 1; attempt <= 5; ++attempt)
        QCOMPARE(client.post(u"/v2/corp_auth"_s, wrong).errorCode(), 4001007);
    QCOMPARE(client.post(u"/v2/corp_auth"_s, wrong).errorCode(), 4001061);
}

void TestSandboxAuth::loginBodyMissingOrMalformedIs400WithItsCode_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");

    QTest::newRow("missing-password")
        << u"/v2/corp_auth"_s << R"({"account":"dev@example.com"})"_ba << 4001002;
    QTest::newRow("empty-account")
        << u"/v2/corp_auth"_s << R"({"account":"","password":"sandbox123"})"_ba << 4001002;
    QTest::newRow("number-account")
        << u"/v2/corp_auth"_s << R"({"account":42,"password":"sandbox123"})"_ba << 4001001;
    QTest::newRow("short-password")
        << u"/v2/corp_auth"_s << R"({"account":"dev@example.com","password":"abc"})"_ba << 4001001;
    QTest::newRow("not-json") << u"/v2/corp_auth"_s << "account=dev&password=x"_ba << 4001001;
    QTest::newRow("array") << u"/v2/corp_auth"_s << "[1,2,3]"_ba << 4001001;
    QTest::newRow("empty-body") << u"/v2/corp_auth"_s << QByteArray() << 4001001;
    QTest::newRow("key-missing-secret")
        << u"/v2/accesskey_auth"_s << R"({"id":"0a1b2c3d4e5f6071"})"_ba << 4001002;
    QTest::newRow("user-no-email-or-phone")
        << u"/v2/user_auth"_s << R"({"corp_id":"5a1f0c0de0000001","password":"sandbox123"})"_ba
        << 4001002;
    QTest::newRow("user-long-resource")
        << u"/v2/user_auth"_s
        << R"({"corp_id":"5a1f0c0de0000001","email":"user@example.com","password":"sandbox123","resource":"abcdefghijklmnopq"})"_ba
        << 4001001;
}

void TestSandboxAuth::loginBodyMissingOrMalformedIs400WithItsCode()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult result = client.postRaw(path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), code);
}

void TestSandboxAuth::accessKeyLogsInWithoutRefreshAndWrongSecretIs4001072()
{
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult login = client.post(u"/v2/accesskey_auth"_s,
        { { u"id"_s, QString::fromUtf16(demo::accessKeyId) },
            { u"secret"_s, QString::fromUtf16(demo::accessKeySecret) } });
    QCOMPARE(login.status, 200);
    QCOMPARE(login.object().keys(), QStringList { u"access_token"_s });
    const QString token = login.object().value(u"access_token").toString();
    QCOMPARE(client.get(u"/v2/corp"_s, token).status, 200);
    // Access keys have no refresh.
    QCOMPARE(client.post(u"/v2/corp/token/refresh"_s, { { u"refresh_token"_s, u"x"_s } }, token)
                 .errorCode(),
        4031001);
    const HttpResult wrong = client.post(u"/v2/accesskey_auth"_s,
        { { u"id"_s, QString::fromUtf16(demo::accessKeyId) }, { u"secret"_s, u"nope"_s } });
    QCOMPARE(wrong.errorCode(), 4001072);
}

void TestSandboxAuth::appUserLogsInAndMayNotCallEnterpriseApis()
{
    auto server = start();
    SandboxClient client(server->url());
    const HttpResult login = client.post(u"/v2/user_auth"_s,
        { { u"corp_id"_s, QString::fromUtf16(demo::corpId) }, { u"email"_s, u"user@example.com"_s },
            { u"password"_s, u"sandbox123"_s }, { u"resource"_s, u"测试设备"_s } });
    QCOMPARE(login.status, 200);
    const QJsonObject reply = login.object();
    QVERIFY(reply.value(u"user_id").toInteger() > 0);
    QVERIFY(!reply.value(u"authorize").toString().isEmpty());
    QCOMPARE(reply.value(u"expire_in").toInt(), 7200);
    // An app user may not call enterprise APIs.
    const HttpResult corp = client.get(u"/v2/corp"_s, reply.value(u"access_token").toString());
    QCOMPARE(corp.status, 403);
    QCOMPARE(corp.errorCode(), 4031004);

    const HttpResult wrong = client.post(u"/v2/user_auth"_s,
        { { u"corp_id"_s, QString::fromUtf16(demo::corpId) }, { u"email"_s, u"user@example.com"_s },
            { u"password"_s, u"sandbox999"_s } });
    QCOMPARE(wrong.errorCode(), 4001007);
    const HttpResult unknown = client.post(u"/v2/user_auth"_s,
        { { u"corp_id"_s, QString::fromUtf16(demo::corpId) }, { u"phone"_s, u"10000000000"_s },
            { u"password"_s, u"sandbox123"_s } });
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), 4041011);
}

void TestSandboxAuth::appUserTokenRefreshesOnTheUserPathOnly()
{
    auto server = start();
    SandboxClient client(server->url());
    const QJsonObject login
        = client
              .post(u"/v2/user_auth"_s,
                  { { u"corp_id"_s, QString::fromUtf16(demo::corpId) },
                      { u"phone"_s, u"13900000001"_s }, { u"password"_s, u"sandbox123"_s } })
              .object();
    const QString token = login.value(u"access_token").toString();
    const QString refreshToken = login.value(u"refresh_token").toString();
    // A user token refreshes on the user path only: the enterprise path wants an enterprise
    // login (4031004, as every enterprise-only call answers an app user).
    QCOMPARE(
        client.post(u"/v2/corp/token/refresh"_s, { { u"refresh_token"_s, refreshToken } }, token)
            .errorCode(),
        4031004);
    const HttpResult refreshed
        = client.post(u"/v2/user/token/refresh"_s, { { u"refresh_token"_s, refreshToken } }, token);
    QCOMPARE(refreshed.status, 200);
    QVERIFY(refreshed.object().value(u"access_token").toString() != token);
    QCOMPARE(
        client.post(u"/v2/user/token/refresh"_s, { { u"refresh_token"_s, refreshToken } }, token)
            .errorCode(),
        4031022);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "TestSandboxAuth.moc"
