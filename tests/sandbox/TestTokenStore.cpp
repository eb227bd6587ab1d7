// TokenStore's bookkeeping that HTTP tests cannot reach cheaply: forgetting expired tokens.
#include "auth/TokenStore.h"

#include <QTest>

using namespace xlink::sandbox;

class TestTokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesAndCodes();
    void expiredTokensAreForgottenInALongRun();
};

void TestTokenStore::statusesAndCodes()
{
    TokenStore store(3600);
    const TokenStore::Issued issued = store.issue(Session {});
    QCOMPARE(store.lookup(issued.accessToken.toLatin1()).status, TokenStore::Status::Valid);
    QCOMPARE(store.lookup({}).status, TokenStore::Status::Missing);
    QCOMPARE(store.lookup("nope").status, TokenStore::Status::Unknown);
    const auto rotated = store.refresh(issued.accessToken.toLatin1(), issued.refreshToken);
    QVERIFY(rotated);
    QCOMPARE(store.lookup(issued.accessToken.toLatin1()).status, TokenStore::Status::Superseded);
    QVERIFY(!store.refresh(rotated->accessToken.toLatin1(), issued.refreshToken));
    QCOMPARE(TokenStore::errorCode(TokenStore::Status::Missing), 4031002);
    QCOMPARE(TokenStore::errorCode(TokenStore::Status::Unknown), 4031003);
    QCOMPARE(TokenStore::errorCode(TokenStore::Status::Expired), 4031021);
    QCOMPARE(TokenStore::errorCode(TokenStore::Status::Superseded), 4031022);
    QCOMPARE(TokenStore::errorCode(TokenStore::Status::Valid), 0);
}

void TestTokenStore::expiredTokensAreForgottenInALongRun()
{
    TokenStore store(0); // every token is expired as soon as it is issued
    const QByteArray first = store.issue(Session {}).accessToken.toLatin1();
    QCOMPARE(store.lookup(first).status, TokenStore::Status::Expired);
    for (int i = 0; i < 5000; ++i)
        store.issue(Session {});
    QCOMPARE(store.lookup(first).status, TokenStore::Status::Unknown);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
