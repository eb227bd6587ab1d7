// The failure log's store: what it keeps, how it filters, and that it survives damage, crashes,
// concurrent writers and old schemas without ever writing a secret.
#include "EndpointTemplate.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "LogReader.h"
#include "Pruner.h"
#include "RecordInserter.h"
#include "RequestGeneration.h"
#include "SampleCalls.h"
#include "SchemaMigrator.h"
#include "SearchIndexer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::SampleCalls;

class TestFailureStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesEveryKind();
    void filtersSelectByEachField();
    void cappedCountIsExactUpToTheCap();
    void scannedTextPagesAreTheIndexPages();
    void pagesAreNewestFirstAndKeysetPagesWalkThemWithoutGaps();
    void pageKeysSeekDeepPagesWithTies();
    void readerSkipsSupersededReads();
    void countsGroupByCodeStatusEndpointKindAndEnvironment();
    void timeRangeAndBucketsSpanTheFailures();
    void breakdownEqualsTheSeparateCounts();
    void capsBodiesKeepingSize();
    void batchRowsKeepTheirOwnIdsAndFields();
    void secretsNeverReachTheFile();
    void appendWritesOffThread();
    void ownerOnlyPermissions();
    void migratesFirstSchema();
    void repairsEarlyVersion2();
    void upgradesVersion2InPlace();
    void cancelledCallsOfVersion3AreNoLongerFailures();
    void searchFindsRowsNotYetIndexed();
    void writerLeavesTheSearchIndexToItsIdleTime();
    void shortLivedStoreLeavesIndexingToTheNext();
    void searchFindsCallsByTheirDescriptionInEitherLanguage();
    void version5KeepsItsRowsAndTheirDescriptionsSearchable();
    void recoversCorruptFile();
    void pruneDropsRecordsPastRetention();
    void twoConnectionsWriteConcurrently();
    void twoProcessesWriteConcurrently();
    void sigkillLosesAtMostOneRecord();
    void endpointFoldsIdsAndKeepsNames();

private:
    // Builds dbPath() from one of the SQL fixtures (one statement a line).
    bool loadFixture(const QString &name, int expectedVersion);
    // The search index holds exactly the table's text (FTS5's check against the content).
    static bool searchIndexMatchesTable(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        const bool ok = query.exec(
            u"INSERT INTO calls_search(calls_search, rank) VALUES ('integrity-check', 1)"_s);
        if (!ok)
            qWarning() << query.lastError().text();
        return ok;
    }
    static qint64 indexedUpto(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT indexed_upto FROM search_state"_s) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    // A row written as an older build (or another process before indexing) leaves it.
    static bool insertUnindexed(QSqlDatabase &db, qint64 time, const QString &errorText)
    {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO calls (started_at, method, url, endpoint, target, kind,"
                      " failure, error_text) VALUES (?, 'GET', 'http://127.0.0.1:8080/v2/corp',"
                      " '/v2/corp', '/v2/corp', 'network', 1, ?)"_s);
        query.addBindValue(time);
        query.addBindValue(errorText);
        return query.exec();
    }
    QString dbPath() const { return m_dir->path() + u"/log/failure-log.sqlite"_s; }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestFailureStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFailureStore::storesEveryKind()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    const QList<CallRecord> calls = { SampleCalls::platform(m_base), SampleCalls::http(m_base),
        SampleCalls::network(m_base), SampleCalls::timeout(m_base), SampleCalls::malformed(m_base),
        SampleCalls::success(m_base) };
    QList<qint64> ids;
    for (const CallRecord &call : calls) {
        QString error;
        ids << store.record(call, &error);
        QVERIFY2(ids.last() > 0, qPrintable(error));
    }
    const LogQuery query = store.query();
    QCOMPARE(query.count(LogFilter()), 5);
    LogFilter all;
    all.failuresOnly = false;
    QCOMPARE(query.count(all), 6);

    const auto platform = query.call(ids[0]);
    QVERIFY(platform);
    QCOMPARE(platform->entry.kind, CallRecord::Kind::Platform);
    QCOMPARE(platform->entry.code, 4031003);
    QCOMPARE(platform->entry.httpStatus, 403);
    QCOMPARE(platform->entry.zh, u"无效的Access-Token"_s);
    QVERIFY(!platform->entry.en.isEmpty());
    QCOMPARE(platform->entry.serverMessage, u"server says 4031003"_s);
    QCOMPARE(platform->entry.endpoint, u"/v2/product/{id}/device/{id}"_s);
    QCOMPARE(platform->entry.time, m_base);
    QCOMPARE(platform->entry.durationMs, 42);
    QCOMPARE(platform->call.method, QByteArray("GET"));
    QCOMPARE(platform->call.responseBody, calls[0].responseBody);
    QCOMPARE(platform->call.platformError->rawCode, u"4031003"_s);
    QCOMPARE(platform->call.requestHeaders.at(0).second, QByteArray("[REDACTED]"));
    QCOMPARE(platform->call.requestHeaders.at(1).second, QByteArray("application/json"));

    const auto network = query.call(ids[2]);
    QCOMPARE(network->entry.kind, CallRecord::Kind::Network);
    QCOMPARE(network->entry.httpStatus, 0);
    QVERIFY(!network->entry.code);
    QCOMPARE(network->entry.errorText, u"Connection refused"_s);
    QVERIFY(!network->entry.zh.isEmpty() && !network->entry.en.isEmpty());
    QCOMPARE(query.call(ids[3])->entry.kind, CallRecord::Kind::Timeout);
    QCOMPARE(query.call(ids[4])->entry.kind, CallRecord::Kind::Malformed);
    QCOMPARE(query.call(ids[1])->entry.httpStatus, 502);
    QCOMPARE(query.call(ids[5])->entry.kind, CallRecord::Kind::Success);
}

void TestFailureStore::filtersSelectByEachField()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 200; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();

    auto expectCount = [&](const LogFilter &filter, qint64 expected) {
        QCOMPARE(query.count(filter), expected);
        QCOMPARE(query.page(filter, 0, 1000).size(), expected);
    };
    expectCount(LogFilter(), 160);
    LogFilter f;
    f.codes = { 4031003 };
    expectCount(f, 8); // i % 10 in 6..9 and (i / 10) % 10 == 0: 4 per 100
    f = {};
    f.statuses = { 502 };
    expectCount(f, 10);
    f.statuses = { 0 };
    expectCount(f, 40); // network and timeout
    // Part of a code selects the codes it begins, as the code browser reads it.
    f = {};
    f.setCodesFromText(u"404");
    QCOMPARE(f.codePrefixes, QStringList { u"404"_s });
    expectCount(f, 16); // 4041008 and 4041011
    f.setCodesFromText(u"4041008; 403");
    QCOMPARE(f.codes, QList<int> { 4041008 });
    expectCount(f, 32); // 4041008, and 4031003, 4031021, 4031002
    // A class of statuses, written either way, with the calls that got no answer.
    LogFilter serverErrors;
    for (int status = 500; status < 600; ++status)
        serverErrors.statuses << status;
    QVERIFY(query.count(serverErrors) >= 20);
    f = {};
    f.setStatusesFromText(u"5xx");
    QCOMPARE(f.statusPrefixes, QStringList { u"5"_s });
    expectCount(f, query.count(serverErrors));
    f.setStatusesFromText(u"5 0");
    serverErrors.statuses << 0;
    expectCount(f, query.count(serverErrors));
    f = {};
    f.kinds = { CallRecord::Kind::Timeout };
    expectCount(f, 20);
    f = {};
    f.environments = { u"staging"_s };
    QCOMPARE(query.count(f), 53);
    f = {};
    f.endpoints = { u"/v2/tables"_s };
    expectCount(f, 20);
    f = {};
    f.since = m_base.addSecs(100);
    f.until = m_base.addSecs(110);
    expectCount(f, 8);
    f = {};
    f.text = u"req=123"_s; // 123 and 1230.. only 123 exists below 200
    expectCount(f, 1);
    f.text = u"REFUSED"_s; // case-insensitive
    expectCount(f, 20);
    f.text = u"请求超时"_s; // Chinese description
    expectCount(f, 20);
    f.text = u"超时"_s; // shorter than a trigram: still found
    expectCount(f, 20);
    f.text = u"100%_x"_s; // LIKE wildcards are literal
    expectCount(f, 0);
    f = {};
    f.ids = { 1, 2, 3 }; // id 1 is a success
    expectCount(f, 2);
}

// A capped count: exact up to the cap, cap + 1 beyond it, with every kind of filter.
void TestFailureStore::cappedCountIsExactUpToTheCap()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 200; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();
    LogFilter f;
    QCOMPARE(query.countUpTo(LogFilter(), 10), 11);
    QCOMPARE(query.countUpTo(LogFilter(), 1000), 160);
    f = {};
    f.text = u"refused"_s;
    QCOMPARE(query.countUpTo(f, 5), 6);
    QCOMPARE(query.countUpTo(f, 20), 20);
    f.environments = { u"staging"_s }; // a column the search index has too
    QCOMPARE(query.countUpTo(f, 100), query.count(f));
    QVERIFY(query.count(f) > 0);
    f.environments.clear();
    f.text = u"超时"_s;
    QCOMPARE(query.countUpTo(f, 100), 20);
}

// A broad text's pages, scanned without the index, are the index's pages.
void TestFailureStore::scannedTextPagesAreTheIndexPages()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 200; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();
    LogFilter f;
    for (const QString &text : { u"refused"_s, u"REQ=1"_s, u"req=199"_s }) {
        f = {};
        f.text = text;
        const QList<LogEntry> expected = query.page(f, 0, 1000);
        QCOMPARE(expected.size(), query.count(f));
        QList<LogEntry> paged = query.page(f, 0, 3);
        while (paged.size() < expected.size()) {
            const auto next = query.pageAfter(f, { paged.last().time, paged.last().id }, 3);
            QVERIFY(!next.isEmpty());
            paged += next;
        }
        QCOMPARE(paged.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(paged[i].id, expected[i].id);
    }
}

// Newest first; keyset pages walk the same order without gaps.
void TestFailureStore::pagesAreNewestFirstAndKeysetPagesWalkThemWithoutGaps()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 200; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();
    const QList<LogEntry> all = query.page(LogFilter(), 0, 1000);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].time >= all[i].time);
    QList<LogEntry> walked = query.page(LogFilter(), 0, 7);
    while (walked.size() < all.size()) {
        const auto next = query.pageAfter(LogFilter(), { walked.last().time, walked.last().id }, 7);
        QVERIFY(!next.isEmpty());
        walked += next;
    }
    QCOMPARE(walked.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(walked[i].id, all[i].id);
    QCOMPARE(query.page(LogFilter(), 150, 100).size(), 10);
}

// Every page's key, from one pass, seeks each deep page to exactly the rows a plain
// ORDER BY/OFFSET query gives, with runs of equal times crossing page boundaries.
void TestFailureStore::pageKeysSeekDeepPagesWithTies()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    constexpr int records = 1500;
    for (int i = 0; i < records; ++i) {
        CallRecord call = SampleCalls::mixed(i, m_base);
        call.startedAt = m_base.addSecs((i % 97) / 9); // about 11 times, ids interleaved
        store.append(call);
    }
    store.flush();
    const LogQuery query = store.query();
    for (const LogFilter &filter : [] {
             LogFilter all;
             LogFilter staging;
             staging.environments = { u"staging"_s };
             LogFilter text;
             text.text = u"req=1"_s; // through the search index
             return QList<LogFilter> { all, staging, text };
         }()) {
        constexpr int pageSize = 50;
        const std::optional<LogQuery::PageKeys> keys = query.pageKeys(filter, pageSize);
        QVERIFY(keys);
        const qint64 count = query.count(filter);
        QVERIFY(count > 3 * pageSize);
        QCOMPARE(keys->count, count);
        QCOMPARE(keys->pageEnds.size(), count / pageSize);
        QVariantList values;
        const QString where = filter.sql(&values);
        for (const qint64 page : { qint64(1), count / pageSize / 2, count / pageSize - 1 }) {
            // The plain query, spelled out here rather than through LogQuery::page.
            LogDatabase check(dbPath());
            QVERIFY(check.open(LogDatabase::Check::Connect).ok);
            QSqlQuery offset(check.db());
            QVERIFY(offset.prepare(u"SELECT id FROM calls WHERE "_s + where
                + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s));
            for (const QVariant &value : values)
                offset.addBindValue(value);
            offset.addBindValue(pageSize);
            offset.addBindValue(page * pageSize);
            QVERIFY2(offset.exec(), qPrintable(offset.lastError().text()));
            QList<qint64> expected;
            while (offset.next())
                expected << offset.value(0).toLongLong();
            const QList<LogEntry> seeked
                = query.pageAfter(filter, keys->pageEnds.at(page - 1), pageSize);
            QCOMPARE(seeked.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i)
                QCOMPARE(seeked.at(i).id, expected.at(i));
            QCOMPARE((LogQuery::Cursor { seeked.last().time, seeked.last().id }),
                keys->pageEnds.value(
                    page, LogQuery::Cursor { seeked.last().time, seeked.last().id }));
        }
    }
}

// Reads run on the reader's threads with their own connections; a read superseded before its
// turn is skipped, and only the current one's result arrives, on the caller's thread.
void TestFailureStore::readerSkipsSupersededReads()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(!store.reader()); // not open yet
    QVERIFY(store.open().ok);
    for (int i = 0; i < 300; ++i)
        store.append(SampleCalls::mixed(i, m_base));
    store.flush();
    LogReader *reader = store.reader();
    QVERIFY(reader);
    QCOMPARE(store.reader(), reader);
    RequestGeneration generation;
    QList<std::pair<quint64, qint64>> arrived;
    QAtomicInt ran;
    QObject context;
    for (int n = 1; n <= 20; ++n) {
        const quint64 current = generation.next();
        LogFilter filter;
        filter.codes = { 4031003 };
        for (const auto lane : { LogReader::Lane::Interactive, LogReader::Lane::Background }) {
            reader->read<qint64>(
                lane, &context, generation.isCurrent(current),
                [filter, &ran](const LogQuery &query, const std::function<bool()> &) {
                    ran.fetchAndAddOrdered(1);
                    return query.count(filter);
                },
                [current, &arrived](qint64 count) {
                    QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
                    arrived.append({ current, count });
                });
        }
    }
    QTRY_COMPARE(arrived.size(), 2);
    QCOMPARE(arrived.at(0).first, generation.current());
    QCOMPARE(arrived.at(1).first, generation.current());
    QCOMPARE(arrived.at(0).second, store.query().count([] {
        LogFilter f;
        f.codes = { 4031003 };
        return f;
    }()));
    QVERIFY(ran.loadAcquire() < 40); // superseded reads were skipped, not run
    // A context gone before the result arrives gets nothing.
    auto gone = std::make_unique<QObject>();
    bool delivered = false;
    const quint64 last = generation.next();
    reader->read<int>(
        LogReader::Lane::Interactive, gone.get(), generation.isCurrent(last),
        [](const LogQuery &, const std::function<bool()> &) { return 1; },
        [&delivered](int) { delivered = true; });
    gone.reset();
    // A read queued after it on the same lane, for a live context, arrives after it would have.
    bool sentinel = false;
    reader->read<int>(
        LogReader::Lane::Interactive, this, [] { return true; },
        [](const LogQuery &, const std::function<bool()> &) { return 2; },
        [&sentinel](int) { sentinel = true; });
    QTRY_VERIFY(sentinel);
    QVERIFY(!delivered);
}

void TestFailureStore::countsGroupByCodeStatusEndpointKindAndEnvironment()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 100; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();

    const auto byCode = query.countsByCode(LogFilter());
    QCOMPARE(byCode.size(), 10);
    qint64 coded = 0;
    for (const auto &count : byCode)
        coded += count.count;
    QCOMPARE(coded, 40);
    QCOMPARE(query.seenCount(4031003), 4);
    QCOMPARE(query.seenCounts().value(4041008), 4);
    QCOMPARE(query.seenCount(4001001), 0);

    const auto byStatus = query.countsByStatus(LogFilter());
    QCOMPARE(byStatus.first().key.toInt(), 0); // 20 without an answer is the largest group
    QCOMPARE(byStatus.first().count, 20);
    const auto byEndpoint = query.countsByEndpoint(LogFilter());
    QVERIFY(!byEndpoint.isEmpty());
    QCOMPARE(query.countsByKind(LogFilter()).size(), 5);
    QCOMPARE(query.countsByEnvironment(LogFilter()).size(), 3);
}

void TestFailureStore::timeRangeAndBucketsSpanTheFailures()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 100; ++i)
        QVERIFY(store.record(SampleCalls::mixed(i, m_base)) > 0);
    const LogQuery query = store.query();
    const auto [from, to] = query.timeRange(LogFilter());
    QCOMPARE(from, m_base.addSecs(1));
    QCOMPARE(to, m_base.addSecs(99));
    const auto buckets = query.timeBuckets(LogFilter(), m_base, m_base.addSecs(100), 10);
    QCOMPARE(buckets.size(), 10);
    for (const auto &bucket : buckets)
        QCOMPARE(bucket.count, 8);
    QCOMPARE(buckets.at(3).start, m_base.addSecs(30));
}

void TestFailureStore::breakdownEqualsTheSeparateCounts()
{
    // The report's summary in one pass gives what the separate queries give, in their order
    // (ties included: every code below is seen the same number of times).
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 300; ++i) {
        CallRecord record = SampleCalls::mixed(i, m_base);
        // Two endpoints of 20 calls each, ordered differently in UTF-8 (as SQLite orders
        // text) and in UTF-16.
        if (i % 7 == 0 && i < 280)
            record.url.setPath((i / 7) % 2 ? u"/v2/\uff21"_s : u"/v2/\U0001F600"_s);
        QVERIFY(store.record(record) > 0);
    }
    const LogQuery query = store.query();
    auto same = [](const QList<LogQuery::Count> &a, const QList<LogQuery::Count> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].key != b[i].key || a[i].count != b[i].count)
                return false;
        }
        return true;
    };
    QList<LogFilter> filters(4);
    filters[1].failuresOnly = false;
    filters[2].since = m_base.addSecs(50);
    filters[2].until = m_base.addSecs(200);
    filters[3].codes = { 123 }; // nothing
    for (const LogFilter &filter : std::as_const(filters)) {
        const LogQuery::Breakdown breakdown = query.breakdown(filter);
        QCOMPARE(breakdown.total, query.count(filter));
        const auto [from, to] = query.timeRange(filter);
        QCOMPARE(breakdown.from, from);
        QCOMPARE(breakdown.to, to);
        QVERIFY(same(breakdown.byCode, query.countsByCode(filter)));
        QVERIFY(same(breakdown.byEndpoint, query.countsByEndpoint(filter)));
        QVERIFY(same(breakdown.byStatus, query.countsByStatus(filter)));
        QVERIFY(same(breakdown.byKind, query.countsByKind(filter)));
    }
    QCOMPARE(query.breakdown(filters[0]).byCode.size(), 10);
    QVERIFY(query.breakdown(filters[0]).byEndpoint.size() > 3);
}

void TestFailureStore::capsBodiesKeepingSize()
{
    LogSettings settings = SampleCalls::keepEverything();
    settings.bodyCapBytes = 1024;
    FailureStore store(dbPath(), settings);
    QVERIFY(store.open().ok);
    CallRecord record = SampleCalls::http(m_base);
    record.requestBody = QByteArray(5000, 'q');
    record.responseBody = QByteArray(300 * 1024, 'x');
    record.responseSize = record.responseBody.size();
    const qint64 id = store.record(record);
    const auto stored = store.query().call(id);
    QCOMPARE(stored->call.responseBody.size(), 1024);
    QCOMPARE(stored->entry.responseSize, 300 * 1024);
    QCOMPARE(stored->call.requestBody.size(), 1024);
    QCOMPARE(stored->entry.requestSize, 5000);
    QCOMPARE(LogSettings().bodyCapBytes, 256 * 1024);
}

void TestFailureStore::secretsNeverReachTheFile()
{
    const QByteArray sentinel = "Zq9-SENTINEL-secret-7731";
    {
        FailureStore store(dbPath(), SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        store.append(SampleCalls::login(m_base, sentinel));
        store.append(SampleCalls::platform(m_base, 4031021, u"prod"_s, sentinel));
        CallRecord refresh = SampleCalls::success(m_base);
        refresh.requestBody = R"({"refresh_token":")" + sentinel + R"("})";
        refresh.responseBody = R"({"access_token":")" + sentinel + R"(","refresh_token":")"
            + sentinel + R"(","expire_in":7200})";
        store.append(refresh);
        QVERIFY(store.record(SampleCalls::login(m_base, sentinel)) > 0);
        store.flush();
        LogFilter all;
        all.failuresOnly = false;
        QCOMPARE(store.query().count(all), 4);
        // Check while the WAL still holds the pages, and again after the checkpoint at close.
        for (const QString &suffix : { u""_s, u"-wal"_s }) {
            QFile file(dbPath() + suffix);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 0 || suffix.isEmpty());
            QVERIFY2(!bytes.contains(sentinel), qPrintable(file.fileName()));
        }
    }
    const QDir dir(QFileInfo(dbPath()).absolutePath());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sentinel), qPrintable(info.fileName()));
    }
}

void TestFailureStore::appendWritesOffThread()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    QSignalSpy added(&store, &FailureStore::recordsAdded);
    QSignalSpy failed(&store, &FailureStore::writeFailed);
    QThread *producer = QThread::create([&] {
        for (int i = 0; i < 300; ++i)
            store.append(SampleCalls::mixed(i, m_base));
    });
    producer->start();
    for (int i = 300; i < 600; ++i)
        store.append(SampleCalls::mixed(i, m_base));
    producer->wait();
    delete producer;
    store.flush();
    LogFilter all;
    all.failuresOnly = false;
    QCOMPARE(store.query().count(all), 600);
    // Every record announced, or a write failed: a failure is looked for only once the last
    // announcement arrived, so one that comes late is not missed.
    qint64 signalled = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            signalled = 0;
            for (const auto &args : added)
                signalled += args.at(0).value<QList<qint64>>().size();
            return signalled == 600 || !failed.isEmpty();
        }(),
        5000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QCOMPARE(signalled, 600);
    // Batched: far fewer transactions than records.
    QVERIFY(added.size() < 600);
}

void TestFailureStore::ownerOnlyPermissions()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    QVERIFY(store.record(SampleCalls::network(m_base)) > 0);
    const auto fileMode = QFile::permissions(dbPath());
    QCOMPARE(
        fileMode & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    QVERIFY(fileMode & QFile::ReadOwner);
    QCOMPARE(QFile::permissions(dbPath() + u"-wal"_s) & (QFile::ReadGroup | QFile::ReadOther),
        QFile::Permissions());
    const auto dirMode = QFile::permissions(QFileInfo(dbPath()).absolutePath());
    QCOMPARE(dirMode & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
        QFile::Permissions());
}

bool TestFailureStore::loadFixture(const QString &name, int expectedVersion)
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    bool ok = true;
    {
        QFile fixture(QStringLiteral(XLINK_TEST_DATA_DIR "/failurelog/") + name);
        if (!fixture.open(QIODevice::ReadOnly))
            return false;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(dbPath());
        ok = db.open();
        QSqlQuery query(db);
        for (const QByteArray &line : fixture.readAll().split('\n')) {
            if (!ok || line.trimmed().isEmpty() || line.startsWith("--"))
                continue;
            ok = query.exec(QString::fromUtf8(line));
            if (!ok)
                qWarning() << query.lastError().text() << line;
        }
        query.finish();
        ok = ok && SchemaMigrator::version(db) == expectedVersion;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

void TestFailureStore::migratesFirstSchema()
{
    QVERIFY(loadFixture(u"schema-v1.sql"_s, 1));

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.movedAsideTo.isEmpty());
    const LogQuery query = store.query();
    QCOMPARE(query.count(LogFilter()), 2);
    const auto first = query.call(1);
    QCOMPARE(first->entry.endpoint, u"/v2/product/{id}/device/{id}"_s);
    QCOMPARE(first->entry.code, 4041008);
    QCOMPARE(first->entry.zh, u"设备不存在"_s);
    LogFilter search;
    search.text = u"device not"_s;
    QCOMPARE(query.count(search), 1);
    search.text = u"No answer"_s;
    QCOMPARE(query.count(search), 1);
    LogFilter byEndpoint;
    byEndpoint.endpoints = { u"/v2/users"_s };
    QCOMPARE(query.count(byEndpoint), 1);
    // New rows go on after the migrated ones.
    QCOMPARE(store.record(SampleCalls::network(m_base)), 4);

    LogDatabase check(dbPath());
    QVERIFY(check.open().ok);
    QCOMPARE(SchemaMigrator::version(check.db()), SchemaMigrator::currentVersion);
    QCOMPARE(check.integrityCheck(), u"ok"_s);
}

void TestFailureStore::repairsEarlyVersion2()
{
    // Version 2 as it was before 3fde59e: no target column, the index read the whole URL.
    QVERIFY(loadFixture(u"schema-v2-early.sql"_s, 2));
    {
        FailureStore store(dbPath(), SampleCalls::keepEverything());
        const auto opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QVERIFY(opened.movedAsideTo.isEmpty()); // repaired in place, nothing moved or lost
        QString error;
        QVERIFY2(store.record(SampleCalls::network(m_base), &error) == 4, qPrintable(error));
        const LogQuery query = store.query();
        QCOMPARE(query.count(LogFilter()), 3);
        QCOMPARE(query.call(1)->entry.url,
            u"https://api2.xlink.cn/v2/product/0123456789abcdef0123456789abcdef/device/77"
            "?probe=early"_s);
        LogFilter search;
        search.text = u"probe=early"_s; // the backfilled target of an old row
        QCOMPARE(query.count(search), 1);
        search.text = u"api2.xlink"_s; // the host is not searched (the environment is)
        QCOMPARE(query.count(search), 0);
        search.text = u"within 30 s"_s;
        QCOMPARE(query.count(search), 1);
        search.text = u"refused"_s; // the new row
        QCOMPARE(query.count(search), 1);
    }
    LogDatabase check(dbPath());
    QVERIFY(check.open().ok);
    QCOMPARE(SchemaMigrator::version(check.db()), SchemaMigrator::currentVersion);
    QCOMPARE(check.integrityCheck(), u"ok"_s);
    QCOMPARE(indexedUpto(check.db()), 4);
    QVERIFY(searchIndexMatchesTable(check.db()));
}

void TestFailureStore::upgradesVersion2InPlace()
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    {
        // A version 2 file, its rows indexed by version 2's insert trigger.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(SchemaMigrator::migrateTo(db, 2, &error), qPrintable(error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(insertUnindexed(db, m_base.addSecs(i).toMSecsSinceEpoch(),
                i % 2 ? u"Connection refused"_s : u"Host unreachable"_s));
        QCOMPARE(SchemaMigrator::version(db), 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.movedAsideTo.isEmpty());
    const LogQuery query = store.query();
    LogDatabase check(dbPath());
    QVERIFY(check.open().ok);
    QCOMPARE(SchemaMigrator::version(check.db()), SchemaMigrator::currentVersion);
    // The version 2 index is kept as it is: nothing to index again.
    QCOMPARE(indexedUpto(check.db()), 5);
    QVERIFY(searchIndexMatchesTable(check.db()));
    LogFilter search;
    search.text = u"refused"_s;
    QCOMPARE(query.count(search), 2);
    QCOMPARE(store.record(SampleCalls::network(m_base.addSecs(10))), 6);
    QCOMPARE(query.count(search), 3);
    QCOMPARE(indexedUpto(check.db()), 6);
    // Rows indexed by either version leave the index when pruned.
    LogSettings settings = SampleCalls::keepEverything();
    settings.maxFailures = 2;
    QString error;
    QCOMPARE(Pruner(check.db()).prune(settings, m_base.addDays(1), &error), 4);
    QCOMPARE(query.count(search), 1);
    QVERIFY(searchIndexMatchesTable(check.db()));
    QCOMPARE(check.integrityCheck(), u"ok"_s);
}

void TestFailureStore::cancelledCallsOfVersion3AreNoLongerFailures()
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    {
        // Version 3 stored a call the user cancelled as a network failure, in either language.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(SchemaMigrator::migrateTo(db, 3, &error), qPrintable(error));
        QVERIFY(insertUnindexed(db, m_base.toMSecsSinceEpoch(), u"Cancelled."_s));
        QVERIFY(insertUnindexed(db, m_base.addSecs(1).toMSecsSinceEpoch(), u"已取消。"_s));
        QVERIFY(insertUnindexed(db, m_base.addSecs(2).toMSecsSinceEpoch(), u"Host not found"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    const LogQuery query = store.query();
    QCOMPARE(query.count(LogFilter()), 1); // failures only: the host that was not found
    LogFilter everything;
    everything.failuresOnly = false;
    QCOMPARE(query.count(everything), 3);
    QCOMPARE(query.call(1)->entry.kind, CallRecord::Kind::Cancelled);
    QCOMPARE(query.call(2)->entry.kind, CallRecord::Kind::Cancelled);
    QCOMPARE(query.call(3)->entry.kind, CallRecord::Kind::Network);
    // And a call cancelled now is stored the same way.
    CallRecord cancelled = SampleCalls::network(m_base.addSecs(10));
    cancelled.kind = CallRecord::Kind::Cancelled;
    cancelled.errorText.clear();
    QCOMPARE(store.record(cancelled), 4);
    QCOMPARE(query.count(LogFilter()), 1);
    QCOMPARE(query.call(4)->entry.kind, CallRecord::Kind::Cancelled);
}

// The descriptions (the catalogue's texts, the same for every call of a code) are not in the
// search index; a search still finds calls by them, in either language, alone or with other
// filters, and counts a call that matches twice once.
void TestFailureStore::searchFindsCallsByTheirDescriptionInEitherLanguage()
{
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    CallRecord alsoInItsText = SampleCalls::platform(m_base, 4041008);
    alsoInItsText.platformError->serverMessage = u"Device does not exist here"_s;
    for (const CallRecord &call : { SampleCalls::platform(m_base, 4041008),
             SampleCalls::platform(m_base.addSecs(1), 4041008, u"staging"_s),
             SampleCalls::platform(m_base.addSecs(2), 4031003), alsoInItsText,
             SampleCalls::timeout(m_base.addSecs(3)), SampleCalls::network(m_base.addSecs(4)) })
        QVERIFY(store.record(call) > 0);
    const LogQuery query = store.query();
    LogFilter f;
    for (const QString &text : { u"does not exist"_s, u"设备不存在"_s, u"DEVICE DOES"_s }) {
        f.text = text;
        QCOMPARE(query.count(f), 3);
        QCOMPARE(query.page(f, 0, 10).size(), 3);
        QCOMPARE(query.countUpTo(f, 10), 3);
        QCOMPARE(query.countUpTo(f, 1), 2); // "more than 1"
    }
    f.environments = { u"staging"_s };
    QCOMPARE(query.count(f), 1);
    QCOMPARE(query.countUpTo(f, 10), 1);
    f = {};
    f.text = u"request timed out"_s; // a kind's description (no code)
    QCOMPARE(query.count(f), 1);
    f.text = u"请求超时"_s;
    QCOMPARE(query.count(f), 1);
    QCOMPARE(query.countUpTo(f, 10), 1);

    // Through call_messages, not the index, which holds no description.
    LogDatabase check(dbPath());
    QVERIFY(check.open(LogDatabase::Check::Connect).ok);
    QSqlQuery index(check.db());
    QVERIFY(index.exec(u"SELECT count(*) FROM calls_search WHERE calls_search MATCH"
                       " '\"request timed out\"'"_s));
    QVERIFY(index.next());
    QCOMPARE(index.value(0).toInt(), 0);
    QVERIFY(searchIndexMatchesTable(check.db()));
}

// A version 5 file: its descriptions were in the search index. Version 6 rebuilds the index
// without them for the rows it held, and keeps each description once in call_messages, so
// every row stays, and stays searchable by its description.
void TestFailureStore::version5KeepsItsRowsAndTheirDescriptionsSearchable()
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(SchemaMigrator::migrateTo(db, 5, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.prepare(
            u"INSERT INTO calls (started_at, method, url, endpoint, target, kind, failure, code,"
            " message_zh, message_en, error_text) VALUES (?, 'GET',"
            " 'http://127.0.0.1:8080/v2/corp', '/v2/corp', ?, ?, 1, ?, ?, ?, ?)"_s));
        const QVariant noCode(QMetaType::fromType<int>());
        const QVariantList rows[] = {
            { m_base.toMSecsSinceEpoch(), u"/v2/corp?row=1"_s, u"platform"_s, 4041008,
                u"设备不存在"_s, u"Device does not exist"_s, QString() },
            { m_base.addSecs(1).toMSecsSinceEpoch(), u"/v2/corp?row=2"_s, u"timeout"_s, noCode,
                u"请求超时"_s, u"The request timed out"_s, u"No answer within 30 s"_s },
            // Written but not indexed yet when the file was closed.
            { m_base.addSecs(2).toMSecsSinceEpoch(), u"/v2/corp?row=3"_s, u"platform"_s, 4041008,
                u"设备不存在"_s, u"Device does not exist"_s, QString() },
        };
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row)
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        // Version 5's indexer: every column, the descriptions too, up to row 2.
        QVERIFY(query.exec(u"INSERT INTO calls_search(rowid, target, server_msg, error_text,"
                           " message_zh, message_en, environment) SELECT id, target, server_msg,"
                           " error_text, message_zh, message_en, environment FROM calls"
                           " WHERE id <= 2"_s));
        QVERIFY(query.exec(u"UPDATE search_state SET indexed_upto = 2"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.movedAsideTo.isEmpty());
    const LogQuery query = store.query();
    QCOMPARE(query.count(LogFilter()), 3);
    QCOMPARE(query.call(1)->entry.en, u"Device does not exist"_s);
    LogFilter search;
    search.text = u"does not exist"_s; // an indexed row and the unindexed one
    QCOMPARE(query.count(search), 2);
    QCOMPARE(query.countUpTo(search, 10), 2);
    search.text = u"请求超时"_s;
    QCOMPARE(query.count(search), 1);
    search.text = u"row=2"_s; // the index still holds what it held, without the descriptions
    QCOMPARE(query.count(search), 1);
    {
        LogDatabase check(dbPath());
        QVERIFY(check.open(LogDatabase::Check::Connect).ok);
        QCOMPARE(SchemaMigrator::version(check.db()), SchemaMigrator::currentVersion);
        QSqlQuery columns(check.db());
        QVERIFY(columns.exec(u"SELECT count(*) FROM pragma_table_info('calls_search')"
                             " WHERE name IN ('message_zh', 'message_en')"_s));
        QVERIFY(columns.next());
        QCOMPARE(columns.value(0).toInt(), 0);
        QSqlQuery described(check.db());
        QVERIFY(described.exec(u"SELECT code, kind FROM call_messages ORDER BY code"_s));
        QVERIFY(described.next());
        QCOMPARE(described.value(0).toInt(), 0);
        QCOMPARE(described.value(1).toString(), u"timeout"_s);
        QVERIFY(described.next());
        QCOMPARE(described.value(0).toInt(), 4041008);
        QVERIFY(!described.next()); // one row per description
    }
    // A call written now is indexed with the backlog, and found by its description too.
    QCOMPARE(store.record(SampleCalls::platform(m_base.addSecs(10), 4041008)), 4);
    search.text = u"does not exist"_s;
    QCOMPARE(query.count(search), 3);
    LogDatabase check(dbPath());
    QVERIFY(check.open(LogDatabase::Check::Connect).ok);
    QCOMPARE(indexedUpto(check.db()), 4);
    QVERIFY(searchIndexMatchesTable(check.db()));
    QCOMPARE(check.integrityCheck(), u"ok"_s);
}

// A batch is written many rows per statement and the rest one by one: every returned id is the
// row of its own record, whichever way it went in.
void TestFailureStore::batchRowsKeepTheirOwnIdsAndFields()
{
    LogDatabase database(dbPath());
    QVERIFY(database.open().ok);
    QString error;
    RecordInserter inserter(database.db(), 1024);
    for (const int size : { 70, 1, 64 }) {
        QList<CallRecord> calls;
        for (int i = 0; i < size; ++i) {
            CallRecord call = SampleCalls::mixed(i, m_base.addSecs(size * 1000));
            call.environment = u"env-%1-%2"_s.arg(size).arg(i);
            call.responseBody = QByteArray(1000 + i * 10, char('a' + i % 26));
            call.responseSize = 0; // the stored size is the body's, before the cap
            calls << call;
        }
        const QList<qint64> ids = inserter.insert(calls, &error);
        QCOMPARE(ids.size(), size);
        const LogQuery query(database.db());
        for (int i = 0; i < size; ++i) {
            const auto stored = query.call(ids.at(i));
            QVERIFY(stored);
            QCOMPARE(stored->entry.environment, calls.at(i).environment);
            QCOMPARE(stored->entry.url, calls.at(i).url.toString(QUrl::FullyEncoded));
            QCOMPARE(stored->entry.endpoint, EndpointTemplate::of(calls.at(i).url));
            QCOMPARE(stored->entry.kind, calls.at(i).kind);
            QCOMPARE(stored->entry.time, calls.at(i).startedAt);
            QCOMPARE(stored->entry.responseSize, 1000 + i * 10);
            QCOMPARE(stored->call.responseBody, calls.at(i).responseBody.left(1024));
        }
    }
    QSqlQuery count(database.db());
    QVERIFY(count.exec(u"SELECT count(*), count(DISTINCT call_id) FROM team_outbox"_s));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 70 + 1 + 64);
    QCOMPARE(count.value(1).toInt(), 70 + 1 + 64);
}

void TestFailureStore::searchFindsRowsNotYetIndexed()
{
    LogDatabase database(dbPath());
    QVERIFY(database.open().ok);
    QString error;
    RecordInserter inserter(database.db(), 1024);
    QCOMPARE(inserter.insert({ SampleCalls::timeout(m_base.addSecs(60)) }, &error).size(), 1);
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(insertUnindexed(
            database.db(), m_base.addSecs(i).toMSecsSinceEpoch(), u"Connection refused"_s));
    }
    QCOMPARE(indexedUpto(database.db()), 1);
    const LogQuery query(database.db());
    LogFilter search;
    search.text = u"REFUSED"_s; // the scan of the unindexed rows ignores case like the index
    QCOMPARE(query.count(search), 4);
    QCOMPARE(query.page(search, 0, 10).size(), 4);
    search.text = u"No answer"_s; // indexed
    QCOMPARE(query.count(search), 1);
    search.text = u"%_x"_s; // wildcards stay literal in the scan too
    QCOMPARE(query.count(search), 0);

    // Pruning an unindexed row (the oldest) leaves the index alone: a delete of what it never
    // held would damage it, which the check against the table below would see.
    LogSettings settings;
    settings.successDays = 0;
    settings.failureDays = 0;
    settings.maxFailures = 4;
    QCOMPARE(Pruner(database.db()).prune(settings, m_base.addDays(1), &error), 1);

    // The next write indexes the backlog with its own row.
    QCOMPARE(inserter.insert({ SampleCalls::network(m_base.addSecs(9)) }, &error).size(), 1);
    QCOMPARE(indexedUpto(database.db()), 6);
    QVERIFY(searchIndexMatchesTable(database.db()));
    search.text = u"refused"_s;
    QCOMPARE(query.count(search), 4); // 3 left of the unindexed ones and the new one
    QCOMPARE(database.integrityCheck(), u"ok"_s);
}

// The console's writer stores a burst of calls without the search index (a third of the time
// of an insert) and indexes them once its queue is empty; meanwhile a search finds them by the
// scan. Other writers (the CLI) index each call as they store it.
void TestFailureStore::writerLeavesTheSearchIndexToItsIdleTime()
{
    LogFilter search;
    search.text = u"refused"_s;
    {
        LogDatabase database(dbPath());
        QVERIFY(database.open().ok);
        QString error;
        RecordInserter cli(database.db(), 1024);
        QCOMPARE(cli.insert({ SampleCalls::timeout(m_base) }, &error).size(), 1);
        QCOMPARE(indexedUpto(database.db()), 1);

        RecordInserter writer(database.db(), 1024);
        writer.setSearchIndexedByWriter(true);
        QCOMPARE(writer
                     .insert({ SampleCalls::network(m_base.addSecs(1)),
                                 SampleCalls::network(m_base.addSecs(2)) },
                         &error)
                     .size(),
            2);
        QCOMPARE(indexedUpto(database.db()), 1);
        const LogQuery query(database.db());
        QCOMPARE(query.count(search), 2);

        // The writer's catch-up (StoreWriter::indexBacklog).
        QCOMPARE(SearchIndexer(database.db()).indexPendingInTransaction(100, &error), 2);
        QCOMPARE(indexedUpto(database.db()), 3);
        QVERIFY(searchIndexMatchesTable(database.db()));
        QCOMPARE(query.count(search), 2);
    }
    // Through the store: calls queued for its writer thread end up indexed once it is idle.
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    for (int i = 0; i < 50; ++i)
        store.append(SampleCalls::network(m_base.addSecs(10 + i)));
    store.flush();
    LogDatabase check(dbPath());
    QVERIFY(check.open(LogDatabase::Check::Connect).ok);
    QTRY_COMPARE(indexedUpto(check.db()), 53);
    QVERIFY(searchIndexMatchesTable(check.db()));
    QCOMPARE(store.query().count(search), 52);
}

void TestFailureStore::shortLivedStoreLeavesIndexingToTheNext()
{
    LogFilter search;
    search.text = u"refused"_s;
    {
        // As the CLI's: its calls are written, not indexed, and found all the same.
        FailureStore store(dbPath(), SampleCalls::keepEverything());
        store.setIndexesWhenIdle(false);
        QVERIFY(store.open().ok);
        for (int i = 0; i < 30; ++i)
            store.append(SampleCalls::network(m_base.addSecs(i)));
        store.flush();
        QCOMPARE(store.query().count(search), 30);
    }
    LogDatabase check(dbPath());
    QVERIFY(check.open(LogDatabase::Check::Connect).ok);
    QCOMPARE(indexedUpto(check.db()), 0);
    // The next store that indexes (the console's) takes them in when it opens.
    FailureStore console(dbPath(), SampleCalls::keepEverything());
    QVERIFY(console.open().ok);
    QTRY_COMPARE(indexedUpto(check.db()), 30);
    QVERIFY(searchIndexMatchesTable(check.db()));
    QCOMPARE(console.query().count(search), 30);
}

void TestFailureStore::recoversCorruptFile()
{
    QDir().mkpath(QFileInfo(dbPath()).absolutePath());
    const QByteArray garbage = QByteArray("this is not an SQLite database\n").repeated(300);
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(!opened.movedAsideTo.isEmpty());
    QVERIFY(opened.movedAsideTo.contains(u".corrupt-"_s));
    QFile aside(opened.movedAsideTo);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept, byte for byte
    QVERIFY(store.record(SampleCalls::timeout(m_base)) > 0);
    QCOMPARE(store.query().count(LogFilter()), 1);
}

void TestFailureStore::pruneDropsRecordsPastRetention()
{
    LogDatabase database(dbPath());
    QVERIFY(database.open().ok);
    const QDateTime now = m_base.addDays(100);
    // Written directly, so the store's own background prune (by today's date) stays out.
    QList<CallRecord> calls;
    for (int i = 0; i < 10; ++i)
        calls << SampleCalls::success(now.addSecs(-i)) << SampleCalls::network(now.addSecs(-i));
    calls << SampleCalls::network(now.addDays(-40)) << SampleCalls::success(now.addDays(-40));
    QString insertError;
    QCOMPARE(RecordInserter(database.db(), 1024).insert(calls, &insertError).size(), 22);
    LogSettings settings;
    settings.maxSuccesses = 4;
    settings.successDays = 30;
    settings.maxFailures = 0; // no count limit for failures
    settings.failureDays = 30;
    QString error;
    const qint64 deleted = Pruner(database.db()).prune(settings, now, &error);
    QVERIFY2(deleted >= 0, qPrintable(error));
    QCOMPARE(deleted, 8);
    LogQuery query(database.db());
    LogFilter successes;
    successes.failuresOnly = false;
    successes.kinds = { CallRecord::Kind::Success };
    const auto kept = query.page(successes, 0, 100);
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.first().time, now); // the newest stay
    QCOMPARE(query.count(LogFilter()), 10);

    settings.maxFailures = 3;
    QCOMPARE(Pruner(database.db()).prune(settings, now, &error), 7);
    QCOMPARE(query.count(LogFilter()), 3);
    LogFilter search;
    search.text = u"refused"_s; // the full-text index forgot the pruned rows too
    QCOMPARE(query.count(search), 3);
    QVERIFY(searchIndexMatchesTable(database.db()));
    QCOMPARE(database.integrityCheck(), u"ok"_s);
}

void TestFailureStore::twoConnectionsWriteConcurrently()
{
    {
        FailureStore creator(dbPath(), SampleCalls::keepEverything());
        QVERIFY(creator.open().ok);
    }
    auto writer = [this](const QString &environment) {
        return QThread::create([this, environment] {
            FailureStore store(dbPath(), SampleCalls::keepEverything());
            if (!store.open().ok)
                return;
            for (int i = 0; i < 150; ++i)
                store.record(SampleCalls::platform(m_base.addMSecs(i), 4031003, environment));
        });
    };
    QThread *a = writer(u"gui"_s);
    QThread *b = writer(u"cli"_s);
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    delete a;
    delete b;
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    const auto byEnvironment = store.query().countsByEnvironment(LogFilter());
    QCOMPARE(byEnvironment.size(), 2);
    QCOMPARE(byEnvironment.at(0).count, 150);
    QCOMPARE(byEnvironment.at(1).count, 150);
}

void TestFailureStore::twoProcessesWriteConcurrently()
{
    const QString helper = QStringLiteral(XLINK_BIN_DIR "/../tests/failurelog-writer");
    QProcess a;
    QProcess b;
    a.start(helper, { dbPath(), u"200"_s, u"gui"_s });
    b.start(helper, { dbPath(), u"200"_s, u"cli"_s });
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QCOMPARE(a.readAllStandardOutput().count('\n'), 200);
    LogDatabase database(dbPath());
    QVERIFY(database.open().ok);
    LogQuery query(database.db());
    QCOMPARE(query.count(LogFilter()), 400);
    QCOMPARE(query.countsByEnvironment(LogFilter()).size(), 2);
    QCOMPARE(database.integrityCheck(), u"ok"_s);
}

void TestFailureStore::sigkillLosesAtMostOneRecord()
{
    const QString helper = QStringLiteral(XLINK_BIN_DIR "/../tests/failurelog-writer");
    QProcess process;
    process.start(helper, { dbPath(), u"0"_s, u"victim"_s });
    QVERIFY(process.waitForStarted());
    QByteArray output;
    while (output.count('\n') < 300 && process.state() == QProcess::Running) {
        process.waitForReadyRead(5000);
        output += process.readAllStandardOutput();
    }
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    output += process.readAllStandardOutput();
    QList<qint64> confirmed;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            confirmed << line.toLongLong();
    }
    QVERIFY(confirmed.size() >= 300);

    LogDatabase database(dbPath());
    const auto opened = database.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.movedAsideTo.isEmpty());
    QCOMPARE(database.integrityCheck(), u"ok"_s);
    LogQuery query(database.db());
    const qint64 stored = query.count(LogFilter());
    // Every confirmed record is there; at most the one in flight besides.
    QVERIFY(stored >= confirmed.size());
    QVERIFY(stored <= confirmed.size() + 1);
    QVERIFY(query.call(confirmed.last()));
}

void TestFailureStore::endpointFoldsIdsAndKeepsNames()
{
    QCOMPARE(EndpointTemplate::ofPath(u"/v2/product/0123456789abcdef0123456789abcdef/device/17"_s),
        u"/v2/product/{id}/device/{id}"_s);
    QCOMPARE(EndpointTemplate::ofPath(u"/v2/corp/member/abc"_s), u"/v2/corp/member/abc"_s);
    QCOMPARE(EndpointTemplate::ofPath(u"/v2/data/my_table/5f1e2d3c4b5a69788796a5b4"_s),
        u"/v2/data/my_table/{id}"_s);
    QCOMPARE(EndpointTemplate::of(QUrl(u"https://h/v2/user/42?x=1"_s)), u"/v2/user/{id}"_s);
}

QTEST_GUILESS_MAIN(TestFailureStore)
#include "TestFailureStore.moc"
