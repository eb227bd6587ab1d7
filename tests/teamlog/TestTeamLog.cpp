// The team log against a real PostgreSQL server (PostgresTestServer; never a mock): two local
// profiles push and read each other's records; the server's filters select what the local log's
// select; a batch sent again after a lost acknowledgement adds nothing; the background pusher
// keeps records waiting while the server is down and sends each exactly once when it is back;
// a wrong password, TLS required but not offered, a read-only role, a missing database and a
// schema newer than this console are each told apart, and the records stay waiting.
#include "FailureStore.h"
#include "LogDatabase.h"
#include "LogQuery.h"
#include "PostgresTestServer.h"
#include "SampleCalls.h"
#include "TeamDatabase.h"
#include "TeamOutbox.h"
#include "TeamPush.h"
#include "TeamPusher.h"
#include "TeamQuery.h"
#include "TeamSchema.h"
#include "TeamWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::PostgresTestServer;
using test::SampleCalls;

namespace {

const QString database = u"teamlog"_s;
const QString writer = u"team_writer"_s;
const QString writerPassword = u"w-pass-31"_s;
const QString reader = u"team_reader"_s;
const QString readerPassword = u"r-pass-47"_s;
const QDateTime base = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);

} // namespace

class TestTeamLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void twoProfilesSeeEachOther();
    void serverFiltersMatchTheLocalLog();
    void pagesByKeyset();
    void serverKeysIdsAndBucketsMatchTheLocalLog();
    void retryAfterLostAcknowledgementAddsNothing();
    void pusherKeepsRecordsWhileTheServerIsDown();
    void lostConnectionFailsEveryLaterStatement();
    void refusalsInUserWords_data();
    void refusalsInUserWords();
    void readOnlyRoleKeepsRecordsWaiting();
    void refusedBatchStaysWaitingWhole();
    void newerSchemaIsRefused();
    void sentRowIsTheRedactedLocalRow();

private:
    TeamConnectionSettings settings(const QString &user = writer,
        const QString &password = writerPassword, const QString &db = database) const;
    // A local log (one developer's profile) with `records` in it.
    QString localLog(const QString &name, const QList<CallRecord> &records);
    TeamPush::Result push(
        const QString &logPath, const QString &sender, const TeamConnectionSettings &connection);
    qint64 serverCount(const QString &where = u"TRUE"_s, const QString &db = database);
    qint64 waiting(const QString &logPath);

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
};

void TestTeamLog::initTestCase()
{
    QVERIFY(TeamDatabase::driverAvailable());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(
        m_server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(writer, writerPassword), &error),
        qPrintable(error));
    QVERIFY2(
        m_server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(reader, readerPassword), &error),
        qPrintable(error));
    QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, writer), &error),
        qPrintable(error));
    // `team-log init`'s work, as the database's owner.
    TeamDatabase team;
    QCOMPARE(team.open(settings()).kindName(), u"none"_s);
    const TeamConnectionError migrated = TeamSchema::migrate(team.db());
    QVERIFY2(migrated.ok(), qPrintable(migrated.message()));
    QVERIFY2(m_server.exec(u"GRANT SELECT ON xlink_calls, xlink_team_schema TO %1"_s.arg(reader),
                 &error, database),
        qPrintable(error));
}

void TestTeamLog::init()
{
    QString error;
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.exec(u"TRUNCATE xlink_calls"_s, &error, database), qPrintable(error));
}

TeamConnectionSettings TestTeamLog::settings(
    const QString &user, const QString &password, const QString &db) const
{
    TeamConnectionSettings settings;
    settings.host = PostgresTestServer::host();
    settings.port = m_server.port();
    settings.database = db;
    settings.user = user;
    settings.password = password;
    settings.sslMode = u"disable"_s;
    return settings;
}

QString TestTeamLog::localLog(const QString &name, const QList<CallRecord> &records)
{
    const QString path
        = m_dir.filePath(name + u'-' + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    FailureStore store(path, SampleCalls::keepEverything());
    if (!store.open().ok)
        return {};
    for (const CallRecord &record : records) {
        if (store.record(record) <= 0)
            return {};
    }
    return path;
}

TeamPush::Result TestTeamLog::push(
    const QString &logPath, const QString &sender, const TeamConnectionSettings &connection)
{
    LogDatabase local(logPath);
    TeamPush::Result result;
    if (!local.open().ok) {
        result.localError = u"cannot open "_s + logPath;
        return result;
    }
    TeamDatabase server;
    result.error = server.open(connection);
    if (!result.error.ok()) {
        result.waiting = TeamOutbox(local.db()).waiting();
        return result;
    }
    return TeamPush(local.db(), server.db(), sender).run();
}

qint64 TestTeamLog::serverCount(const QString &where, const QString &db)
{
    QString error;
    const auto rows
        = m_server.rows(u"SELECT count(*) FROM xlink_calls WHERE "_s + where, &error, db);
    if (rows.isEmpty()) {
        qWarning() << error;
        return -1;
    }
    return rows.constFirst().constFirst().toLongLong();
}

qint64 TestTeamLog::waiting(const QString &logPath)
{
    LogDatabase local(logPath);
    if (!local.open().ok)
        return -1;
    return TeamOutbox(local.db()).waiting();
}

void TestTeamLog::twoProfilesSeeEachOther()
{
    QList<CallRecord> ana;
    QList<CallRecord> ben;
    for (int i = 0; i < 30; ++i)
        ana << SampleCalls::platform(base.addSecs(i), 4001001, u"staging"_s);
    for (int i = 0; i < 20; ++i)
        ben << SampleCalls::http(base.addSecs(100 + i), 502);
    ben << SampleCalls::success(base.addSecs(200));
    const QString anaLog = localLog(u"ana"_s, ana);
    const QString benLog = localLog(u"ben"_s, ben);
    QVERIFY(!anaLog.isEmpty() && !benLog.isEmpty());
    QCOMPARE(waiting(anaLog), 30);
    QCOMPARE(waiting(benLog), 21); // successes too: the history is the team's as well

    const TeamPush::Result anaPushed = push(anaLog, u"ana@laptop"_s, settings());
    QVERIFY2(anaPushed.ok(), qPrintable(anaPushed.error.message() + anaPushed.localError));
    QCOMPARE(anaPushed.sent, 30);
    QCOMPARE(anaPushed.added, 30);
    QCOMPARE(anaPushed.waiting, 0);
    const TeamPush::Result benPushed = push(benLog, u"ben@desk"_s, settings());
    QVERIFY2(benPushed.ok(), qPrintable(benPushed.error.message() + benPushed.localError));
    QCOMPARE(benPushed.sent, 21);
    QCOMPARE(waiting(benLog), 0);

    // Either developer reads both, through the server's own filters.
    TeamDatabase team;
    QVERIFY(team.open(settings(reader, readerPassword)).ok());
    const TeamQuery query(team.db());
    TeamFilter all;
    QCOMPARE(query.count(all), 50); // failures only, as the local log's default
    all.log.failuresOnly = false;
    QCOMPARE(query.count(all), 51);
    TeamFilter fromBen;
    fromBen.senders = { u"ben@desk"_s };
    QCOMPARE(query.count(fromBen), 20);
    const QList<TeamEntry> page = query.page(fromBen, 0, 5);
    QCOMPARE(page.size(), 5);
    for (const TeamEntry &row : page) {
        QCOMPARE(row.sender, u"ben@desk"_s);
        QCOMPARE(row.entry.httpStatus, 502);
    }
    // Newest first.
    QCOMPARE(page.first().entry.time, base.addSecs(119));
    const QList<TeamQuery::Count> bySender = query.countsBy(u"sender"_s, TeamFilter());
    QCOMPARE(bySender.size(), 2);
    QCOMPARE(bySender.at(0).key.toString(), u"ana@laptop"_s);
    QCOMPARE(bySender.at(0).count, 30);
    QCOMPARE(query.seenCount(4001001), 30);
    QCOMPARE(query.seenCounts().value(4001001), 30);
    QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));
}

void TestTeamLog::serverFiltersMatchTheLocalLog()
{
    QList<CallRecord> records;
    for (qint64 i = 0; i < 400; ++i)
        records << SampleCalls::mixed(i, base);
    const QString path = localLog(u"mixed"_s, records);
    QVERIFY(!path.isEmpty());
    const TeamPush::Result pushed = push(path, u"ci@runner"_s, settings());
    QVERIFY2(pushed.ok(), qPrintable(pushed.error.message() + pushed.localError));
    QCOMPARE(pushed.sent, 400);

    LogDatabase local(path);
    QVERIFY(local.open().ok);
    const LogQuery localQuery(local.db());
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    const TeamQuery teamQuery(team.db());

    QList<std::pair<const char *, LogFilter>> filters;
    filters.append({ "failures", LogFilter() });
    LogFilter history;
    history.failuresOnly = false;
    filters.append({ "history", history });
    LogFilter codes;
    codes.setCodesFromText(u"403"_s);
    filters.append({ "code prefix", codes });
    LogFilter statuses;
    statuses.setStatusesFromText(u"5xx, 0"_s);
    filters.append({ "status prefix and none", statuses });
    LogFilter kinds;
    kinds.kinds = { CallRecord::Kind::Timeout, CallRecord::Kind::Network };
    filters.append({ "kinds", kinds });
    LogFilter text;
    text.text = u"DEVICE"_s;
    filters.append({ "text any case", text });
    LogFilter since;
    since.since = base.addSecs(150);
    since.until = base.addSecs(300);
    filters.append({ "time range", since });
    for (const auto &[name, filter] : filters) {
        TeamFilter teamFilter;
        teamFilter.log = filter;
        const qint64 expected = localQuery.count(filter);
        QCOMPARE_NE(expected, 0);
        QVERIFY2(teamQuery.count(teamFilter) == expected,
            qPrintable(u"%1: server %2, local %3"_s.arg(QLatin1StringView(name))
                           .arg(teamQuery.count(teamFilter))
                           .arg(expected)));
        // The same rows in the same order on the first page.
        const QList<LogEntry> localPage = localQuery.page(filter, 0, 20);
        const QList<TeamEntry> teamPage = teamQuery.page(teamFilter, 0, 20);
        QCOMPARE(teamPage.size(), localPage.size());
        for (qsizetype i = 0; i < localPage.size(); ++i) {
            QCOMPARE(teamPage.at(i).entry.time, localPage.at(i).time);
            QCOMPARE(teamPage.at(i).entry.url, localPage.at(i).url);
            QCOMPARE(teamPage.at(i).entry.code, localPage.at(i).code);
            QCOMPARE(teamPage.at(i).entry.kind, localPage.at(i).kind);
            QCOMPARE(teamPage.at(i).entry.en, localPage.at(i).en);
            QCOMPARE(teamPage.at(i).entry.errorData, localPage.at(i).errorData);
        }
    }
    QVERIFY2(teamQuery.lastError().isEmpty(), qPrintable(teamQuery.lastError()));
}

void TestTeamLog::pagesByKeyset()
{
    QList<CallRecord> records;
    // Pairs of calls at the same millisecond: the id breaks the tie.
    for (int i = 0; i < 95; ++i)
        records << SampleCalls::http(base.addSecs(i / 2), 500 + i % 4);
    const QString path = localLog(u"paged"_s, records);
    QVERIFY(!path.isEmpty());
    QVERIFY(push(path, u"ana@laptop"_s, settings()).ok());
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    const TeamQuery query(team.db());
    const TeamFilter filter;
    const QList<TeamEntry> all = query.page(filter, 0, 1000);
    QCOMPARE(all.size(), 95);
    QList<TeamEntry> paged = query.page(filter, 0, 10);
    while (paged.size() < all.size()) {
        const TeamEntry &last = paged.constLast();
        const QList<TeamEntry> next
            = query.pageAfter(filter, { last.entry.time, last.entry.id }, 10);
        QVERIFY(!next.isEmpty());
        paged += next;
    }
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(paged.at(i).entry.id, all.at(i).entry.id);
}

void TestTeamLog::serverKeysIdsAndBucketsMatchTheLocalLog()
{
    // What the failure-log page's Team scope asks the server (TeamScopeQuery): page keys and the
    // exact count in one statement, ids of a selected range, a capped count, the chart's
    // buckets and the groups, each as the local log answers for the same records.
    QList<CallRecord> records;
    for (qint64 i = 0; i < 530; ++i)
        records << SampleCalls::mixed(i, base);
    const QString path = localLog(u"keys"_s, records);
    QVERIFY(!path.isEmpty());
    QVERIFY(push(path, u"ci@runner"_s, settings()).ok());
    LogDatabase local(path);
    QVERIFY(local.open().ok);
    const LogQuery localQuery(local.db());
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    const TeamQuery teamQuery(team.db());

    LogFilter failures;
    LogFilter codes;
    codes.setCodesFromText(u"403"_s);
    for (const LogFilter &filter : { failures, codes }) {
        const TeamFilter teamFilter { filter, {} };
        const qint64 count = localQuery.count(filter);
        QVERIFY(count > 0);
        QCOMPARE(teamQuery.countUpTo(teamFilter, 10), qMin<qint64>(count, 11));
        QCOMPARE(teamQuery.countUpTo(teamFilter, count), count);
        for (const int pageSize : { 7, 50, 1000 }) {
            const auto localKeys = localQuery.pageKeys(filter, pageSize);
            const auto teamKeys = teamQuery.pageKeys(teamFilter, pageSize);
            QVERIFY(localKeys && teamKeys);
            QCOMPARE(teamKeys->count, localKeys->count);
            QCOMPARE(teamKeys->pageEnds.size(), localKeys->pageEnds.size());
            for (qsizetype p = 0; p < localKeys->pageEnds.size(); ++p)
                QCOMPARE(teamKeys->pageEnds.at(p).time, localKeys->pageEnds.at(p).time);
        }
        // A range deep in the rows, from a page key: the same rows as an offset read.
        const auto keys = teamQuery.pageKeys(teamFilter, 7);
        QVERIFY(keys && keys->pageEnds.size() > 3);
        const QList<qint64> ids = teamQuery.ids(teamFilter, keys->pageEnds.at(2), 3, 5);
        QList<qint64> expected;
        for (const TeamEntry &row : teamQuery.page(teamFilter, 3 * 7 + 3, 5))
            expected << row.entry.id;
        QCOMPARE(ids, expected);
        QCOMPARE(teamQuery.ids(teamFilter, std::nullopt, 0, 4).size(), qMin<qint64>(count, 4));
        // The chart's buckets, cut on the server as the local log cuts them.
        const auto [from, to] = localQuery.timeRange(filter);
        QCOMPARE(teamQuery.timeRange(teamFilter), std::make_pair(from, to));
        const QDateTime end = to.addMSecs(1);
        const QList<LogQuery::Bucket> localBuckets = localQuery.timeBuckets(filter, from, end, 24);
        const QList<TeamQuery::Bucket> teamBuckets
            = teamQuery.timeBuckets(teamFilter, from, end, 24);
        QCOMPARE(teamBuckets.size(), localBuckets.size());
        for (qsizetype b = 0; b < localBuckets.size(); ++b) {
            QCOMPARE(teamBuckets.at(b).start, localBuckets.at(b).start);
            QCOMPARE(teamBuckets.at(b).count, localBuckets.at(b).count);
        }
        const QList<LogQuery::Count> localCodes = localQuery.countsByCode(filter);
        const QList<TeamQuery::Count> teamCodes = teamQuery.countsBy(u"code"_s, teamFilter);
        QCOMPARE(teamCodes.size(), localCodes.size());
        for (qsizetype c = 0; c < localCodes.size(); ++c) {
            QCOMPARE(teamCodes.at(c).key.toInt(), localCodes.at(c).key.toInt());
            QCOMPARE(teamCodes.at(c).count, localCodes.at(c).count);
        }
    }
    QVERIFY2(teamQuery.lastError().isEmpty(), qPrintable(teamQuery.lastError()));
}

void TestTeamLog::retryAfterLostAcknowledgementAddsNothing()
{
    QList<CallRecord> records;
    for (int i = 0; i < 25; ++i)
        records << SampleCalls::timeout(base.addSecs(i));
    const QString path = localLog(u"lost-ack"_s, records);
    QVERIFY(!path.isEmpty());
    {
        // The server commits the batch, but the answer never reaches the sender: the batch is
        // still in the outbox.
        LogDatabase local(path);
        QVERIFY(local.open().ok);
        TeamDatabase server;
        QVERIFY(server.open(settings()).ok());
        QString error;
        const QList<TeamRecord> batch = TeamOutbox(local.db()).next(10, 1 << 20, &error);
        QCOMPARE(batch.size(), 10);
        TeamConnectionError writeError;
        QCOMPARE(TeamWriter(server.db()).write(batch, u"ana@laptop"_s, &writeError), 10);
    }
    QCOMPARE(serverCount(), 10);
    QCOMPARE(waiting(path), 25);
    // Sent again: the ten the server has are skipped, the rest added, none doubled.
    const TeamPush::Result result = push(path, u"ana@laptop"_s, settings());
    QVERIFY2(result.ok(), qPrintable(result.error.message() + result.localError));
    QCOMPARE(result.sent, 25);
    QCOMPARE(result.added, 15);
    QCOMPARE(serverCount(), 25);
    QCOMPARE(waiting(path), 0);
}

void TestTeamLog::pusherKeepsRecordsWhileTheServerIsDown()
{
    const QString path = m_dir.filePath(u"pusher.sqlite"_s);
    FailureStore store(path, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    TeamPusher pusher(path, settings(), u"ana@laptop"_s);
    connect(&store, &FailureStore::recordsAdded, &pusher, &TeamPusher::wake);
    QSignalSpy statuses(&pusher, &TeamPusher::statusChanged);
    pusher.start();

    constexpr int before = 300;
    constexpr int during = 200;
    constexpr int after = 100;
    for (int i = 0; i < before; ++i)
        store.append(SampleCalls::platform(base.addMSecs(i), 4001001));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), before, 30000);
    QTRY_VERIFY(pusher.status().connected && pusher.status().waiting == 0);

    QVERIFY(m_server.stop());
    for (int i = 0; i < during; ++i)
        store.append(SampleCalls::platform(base.addSecs(60).addMSecs(i), 4001002));
    store.flush();
    // Told: unreachable, every record waiting, nothing lost locally.
    QTRY_VERIFY_WITH_TIMEOUT(!pusher.status().connected
            && pusher.status().unreachableSince.isValid()
            && pusher.status().error.kind == TeamConnectionError::Kind::Unreachable
            && pusher.status().waiting == during,
        30000);

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    for (int i = 0; i < after; ++i)
        store.append(SampleCalls::platform(base.addSecs(120).addMSecs(i), 4001003));
    store.flush();
    pusher.retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), before + during + after, 60000);
    QTRY_VERIFY(pusher.status().connected && pusher.status().waiting == 0);
    // Each exactly once.
    const auto distinct
        = m_server.rows(u"SELECT count(DISTINCT record_id) FROM xlink_calls"_s, &error, database);
    QCOMPARE(distinct.constFirst().constFirst().toLongLong(), before + during + after);
    QCOMPARE(serverCount(u"code = 4001002"_s), during);
    QVERIFY(!pusher.status().unreachableSince.isValid());
    QVERIFY(statuses.size() > 0);
}

void TestTeamLog::lostConnectionFailsEveryLaterStatement()
{
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    const TeamQuery query(team.db());
    TeamFilter all;
    all.log.failuresOnly = false;
    QCOMPARE(query.count(all), 0);
    QVERIFY(query.lastFailure().ok());

    // The server goes: the statement that meets the cut says so, and so must every statement
    // after it, also one never prepared on this connection. Qt's driver then refuses to
    // prepare without setting an error, which read as "no rows, no problem" and hid the outage.
    QVERIFY(m_server.stop());
    QCOMPARE(query.count(all), 0);
    QCOMPARE(query.lastFailure().kind, TeamConnectionError::Kind::Unreachable);
    QVERIFY(query.page(all, 0, 10).isEmpty());
    QCOMPARE(query.lastFailure().kind, TeamConnectionError::Kind::Unreachable);
    QCOMPARE(query.seenCount(4001001), 0);
    QCOMPARE(query.lastFailure().kind, TeamConnectionError::Kind::Unreachable);
}

void TestTeamLog::refusalsInUserWords_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<int>("kind");
    using Kind = TeamConnectionError::Kind;
    QTest::newRow("wrong password") << writer << u"wrong"_s << database << u"disable"_s << false
                                    << int(Kind::AuthenticationFailed);
    QTest::newRow("unknown role") << u"nobody_here"_s << u"x"_s << database << u"disable"_s << false
                                  << int(Kind::AuthenticationFailed);
    // The test server offers no TLS at all.
    QTest::newRow("tls required, not offered")
        << writer << writerPassword << database << u"require"_s << false << int(Kind::TlsRefused);
    QTest::newRow("missing database") << writer << writerPassword << u"no_such_db"_s << u"disable"_s
                                      << false << int(Kind::DatabaseMissing);
    QTest::newRow("nobody listening")
        << writer << writerPassword << database << u"disable"_s << true << int(Kind::Unreachable);
}

void TestTeamLog::refusalsInUserWords()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, db);
    QFETCH(QString, sslMode);
    QFETCH(bool, closedPort);
    QFETCH(int, kind);
    const QString path = localLog(u"refused"_s, { SampleCalls::network(base) });
    QVERIFY(!path.isEmpty());
    TeamConnectionSettings connection = settings(user, password, db);
    connection.sslMode = sslMode;
    if (closedPort) {
        // A port nobody listens on: the server's own, while it is stopped.
        QVERIFY(m_server.stop());
    }
    const TeamPush::Result result = push(path, u"ana@laptop"_s, connection);
    QVERIFY2(int(result.error.kind) == kind,
        qPrintable(result.error.kindName() + u": "_s + result.error.message()));
    QVERIFY(!result.error.message().isEmpty());
    QVERIFY(!result.error.message().contains(password) || password.size() < 3);
    QCOMPARE(result.sent, 0);
    QCOMPARE(waiting(path), 1);
}

void TestTeamLog::readOnlyRoleKeepsRecordsWaiting()
{
    const QString path
        = localLog(u"reader"_s, { SampleCalls::http(base), SampleCalls::http(base) });
    QVERIFY(!path.isEmpty());
    const TeamPush::Result result = push(path, u"ana@laptop"_s, settings(reader, readerPassword));
    QCOMPARE(result.error.kindName(), u"permission-denied"_s);
    QCOMPARE(result.sent, 0);
    QCOMPARE(result.waiting, 2);
    QCOMPARE(serverCount(), 0);
    // The same role reads.
    TeamDatabase team;
    QVERIFY(team.open(settings(reader, readerPassword)).ok());
    QVERIFY(TeamSchema::checkReadable(team.db()).ok());
    // And a write slipping past the check is refused by the server in the same words.
    QString error;
    LogDatabase local(path);
    QVERIFY(local.open().ok);
    const QList<TeamRecord> batch = TeamOutbox(local.db()).next(10, 1 << 20, &error);
    TeamConnectionError writeError;
    QCOMPARE(TeamWriter(team.db()).write(batch, u"ana@laptop"_s, &writeError), -1);
    QCOMPARE(writeError.kindName(), u"permission-denied"_s);
}

void TestTeamLog::refusedBatchStaysWaitingWhole()
{
    // The server takes the connection and the check, then refuses the batch itself (here a
    // constraint a DBA added): nothing of it is stored, and all of it stays waiting.
    QString error;
    QVERIFY2(m_server.exec(u"ALTER TABLE xlink_calls ADD CONSTRAINT no_timeouts"
                           " CHECK (kind <> 'timeout')"_s,
                 &error, database),
        qPrintable(error));
    const QString path = localLog(u"refused-batch"_s,
        { SampleCalls::http(base), SampleCalls::timeout(base.addSecs(1)),
            SampleCalls::http(base.addSecs(2)) });
    QVERIFY(!path.isEmpty());
    const TeamPush::Result refused = push(path, u"ana@laptop"_s, settings());
    QVERIFY(!refused.error.ok());
    QVERIFY(refused.error.message().contains(u"no_timeouts"_s));
    QCOMPARE(refused.sent, 0);
    QCOMPARE(waiting(path), 3);
    QCOMPARE(serverCount(), 0);
    QVERIFY2(
        m_server.exec(u"ALTER TABLE xlink_calls DROP CONSTRAINT no_timeouts"_s, &error, database),
        qPrintable(error));
    const TeamPush::Result pushed = push(path, u"ana@laptop"_s, settings());
    QVERIFY2(pushed.ok(), qPrintable(pushed.error.message()));
    QCOMPARE(pushed.sent, 3);
    QCOMPARE(serverCount(), 3);
}

void TestTeamLog::newerSchemaIsRefused()
{
    const QString newer = u"teamlog_newer"_s;
    QString error;
    QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(newer, writer), &error),
        qPrintable(error));
    {
        TeamDatabase team;
        QVERIFY(team.open(settings(writer, writerPassword, newer)).ok());
        QVERIFY(TeamSchema::migrate(team.db()).ok());
    }
    // A later console migrated it further.
    QVERIFY2(m_server.exec(u"INSERT INTO xlink_team_schema (version) VALUES (%1)"_s.arg(
                               TeamSchema::currentVersion + 1),
                 &error, newer),
        qPrintable(error));
    const QString path = localLog(u"newer"_s, { SampleCalls::malformed(base) });
    QVERIFY(!path.isEmpty());
    const TeamPush::Result result
        = push(path, u"ana@laptop"_s, settings(writer, writerPassword, newer));
    QCOMPARE(result.error.kindName(), u"schema-newer"_s);
    QVERIFY(result.error.message().contains(u"newer"_s));
    QCOMPARE(result.waiting, 1);
    QCOMPARE(serverCount(u"TRUE"_s, newer), 0);
    // `team-log init` leaves it alone and says why.
    TeamDatabase team;
    QVERIFY(team.open(settings(writer, writerPassword, newer)).ok());
    QCOMPARE(TeamSchema::migrate(team.db()).kindName(), u"schema-newer"_s);
    QVERIFY(TeamSchema::checkReadable(team.db()).ok());
    const auto versions
        = m_server.rows(u"SELECT max(version) FROM xlink_team_schema"_s, &error, newer);
    QCOMPARE(versions.constFirst().constFirst().toInt(), TeamSchema::currentVersion + 1);
}

void TestTeamLog::sentRowIsTheRedactedLocalRow()
{
    const QByteArray secret = "Team-Sntl-5x";
    const QString path = localLog(u"secret"_s,
        { SampleCalls::platform(base, 4031003, u"sandbox"_s, secret),
            SampleCalls::login(base.addSecs(1), secret) });
    QVERIFY(!path.isEmpty());
    QVERIFY(push(path, u"ana@laptop"_s, settings()).ok());
    QString error;
    // Every column of every row, as text.
    const auto rows
        = m_server.rows(u"SELECT xlink_calls::text FROM xlink_calls"_s, &error, database);
    QCOMPARE(rows.size(), 2);
    for (const QVariantList &row : rows) {
        const QString text = row.constFirst().toString();
        QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QString::fromLatin1(secret.toHex())));
    }
    // And what is there is the local row, byte for byte.
    LogDatabase local(path);
    QVERIFY(local.open().ok);
    const auto localCall = LogQuery(local.db()).call(1);
    QVERIFY(localCall);
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    const TeamQuery query(team.db());
    TeamFilter all;
    all.log.failuresOnly = false;
    const QList<TeamEntry> page = query.page(all, 0, 10);
    QCOMPARE(page.size(), 2);
    const auto teamCall = query.call(page.last().entry.id);
    QVERIFY(teamCall);
    QCOMPARE(teamCall->stored.call.url, localCall->call.url);
    QCOMPARE(teamCall->stored.call.requestHeaders, localCall->call.requestHeaders);
    QCOMPARE(teamCall->stored.call.responseBody, localCall->call.responseBody);
    QCOMPARE(teamCall->stored.call.requestBody, localCall->call.requestBody);
}

QTEST_GUILESS_MAIN(TestTeamLog)
#include "TestTeamLog.moc"
