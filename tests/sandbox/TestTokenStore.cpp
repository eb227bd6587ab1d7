// TokenStore's bookkeeping that HTTP tests cannot reach cheaply: forgetting expired tokens, and
// the marker the secrets audit has tokens start with.
#include "auth/TokenStore.h"

#include <QTest>

using namespace xlink::sandbox;

class TestTokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesAndCodes();
    void expiredTokensAreForgottenInALongRun();
    void markerStartsEveryTokenBeforeItsRandomPart();
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

void TestTokenStore::markerStartsEveryTokenBeforeItsRandomPart()
{
    TokenStore plain(3600);
    const TokenStore::Issued unmarked = plain.issue(Session {});
    QCOMPARE(unmarked.accessToken.size(), 48);
    TokenStore marked(3600, QStringLiteral("SNTL"));
    const TokenStore::Issued first = marked.issue(Session {});
    const TokenStore::Issued second = marked.issue(Session {});
    for (const QString &token : { first.accessToken, first.refreshToken, second.accessToken }) {
        QVERIFY(token.startsWith(QLatin1StringView("SNTL")));
        QCOMPARE(token.size(), 4 + 48);
    }
    QVERIFY(first.accessToken != second.accessToken);
    QCOMPARE(marked.lookup(first.accessToken.toLatin1()).status, TokenStore::Status::Valid);
    QVERIFY(marked.refresh(first.accessToken.toLatin1(), first.refreshToken));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
