// Damage the open check does not see. Opening a log reads only its header, schema and a few
// pages (its cost must not grow with the log), so a damaged page deeper in the file shows on
// the statement that reads it: a page of the log view, an export, a write. Each must end the
// same way as damage found at open: the file moved aside whole under a timestamped name, the
// user told where, a fresh log in its place, nothing lost that was still to be written, no
// crash.
#include "FailureStore.h"
#include "LogDamage.h"
#include "LogDatabase.h"
#include "LogQuery.h"
#include "LogReader.h"
#include "PageDamage.h"
#include "RecordInserter.h"
#include "SampleCalls.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::PageDamage;
using test::SampleCalls;

namespace {

// Whether an event queued for `receiver` now has run, i.e. every event queued for it before.
bool queuedEventsDelivered(QObject *receiver)
{
    bool delivered = false;
    QMetaObject::invokeMethod(
        receiver, [&delivered] { delivered = true; }, Qt::QueuedConnection);
    return QTest::qWaitFor([&delivered] { return delivered; }, 10000);
}

} // namespace

class TestLogDamage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedPagesOnTheOpenPathFoundAtOpen_data();
    void damagedPagesOnTheOpenPathFoundAtOpen();
    void damagedTablePageFoundByTheLogView();
    void damagedTablePageFoundOnAReaderThread();
    void damagedIndexFoundByAWriteKeepsTheCall();
    void damagedIndexFoundByRecordMovesAtOnce();
    void reportOfADamagedLogIsNotWritten();
    void healthyLogIsNeverMoved();

private:
    QString dbPath() const { return m_dir->path() + u"/log/failure-log.sqlite"_s; }
    // A log of `records` calls with every page in the main file (no WAL left).
    void buildLog(int records);
    int middleLeafOfCalls() { return PageDamage::middleLeaf(dbPath(), u"calls"_s); }
    // An index that neither the open check nor the log view's first page reads, but every
    // insert writes.
    int rootOfEnvironmentIndex()
    {
        return PageDamage::interiorRoot(dbPath(), u"calls_failure_environment"_s);
    }
    QByteArray damagePage(int page) { return PageDamage::damage(dbPath(), page); }
    static LogFilter everything()
    {
        LogFilter filter;
        filter.failuresOnly = false;
        return filter;
    }
    void checkMovedAside(const LogDatabase::OpenResult &result, const QByteArray &damagedBytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestLogDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogDamage::buildLog(int records)
{
    LogDatabase database(dbPath());
    const auto opened = database.open();
    QVERIFY2(opened.ok, qPrintable(opened.error));
    RecordInserter inserter(database.db(), 256 * 1024);
    QString error;
    for (int i = 0; i < records; i += 500) {
        QList<CallRecord> batch;
        for (int k = i; k < std::min(records, i + 500); ++k)
            batch << SampleCalls::mixed(k, m_base);
        QVERIFY2(!inserter.insert(batch, &error).isEmpty(), qPrintable(error));
    }
    QSqlQuery checkpoint(database.db());
    QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
}

void TestLogDamage::checkMovedAside(
    const LogDatabase::OpenResult &result, const QByteArray &damagedBytes)
{
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.movedAsideTo.contains(u"failure-log.corrupt-"_s));
    QVERIFY(result.movedAsideTo.endsWith(u".sqlite"_s));
    QCOMPARE(QFileInfo(result.movedAsideTo).absolutePath(), QFileInfo(dbPath()).absolutePath());
    QFile aside(result.movedAsideTo);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QVERIFY(aside.readAll() == damagedBytes); // kept whole, byte for byte
}

void TestLogDamage::damagedPagesOnTheOpenPathFoundAtOpen_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("root of the table") << u"calls"_s;
    QTest::newRow("root of the view's first index") << u"calls_failure_time"_s;
    QTest::newRow("schema") << u"sqlite_schema"_s;
}

void TestLogDamage::damagedPagesOnTheOpenPathFoundAtOpen()
{
    // What opening reads (schema, the roots and the ends of the table and the view's index)
    // is checked there, as before: the file is moved aside before anything uses it.
    QFETCH(QString, tree);
    buildLog(3000);
    const int page = tree == u"sqlite_schema" ? 1 : PageDamage::interiorRoot(dbPath(), tree);
    QVERIFY(page > 0);
    QByteArray damaged;
    if (page == 1) {
        // Page 1 holds the file header too: damage the schema's cells after it.
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        const int pageSize = PageDamage::column(dbPath(), u"PRAGMA page_size"_s).value(0).toInt();
        file.write(QByteArray(pageSize - 100, '\xa5'));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        damaged = file.readAll();
    } else {
        damaged = damagePage(page);
    }
    QVERIFY(!damaged.isEmpty());
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    const auto opened = store.open();
    checkMovedAside(opened, damaged);
    QCOMPARE(store.query().count(everything()), 0);
}

void TestLogDamage::damagedTablePageFoundByTheLogView()
{
    buildLog(3000);
    const int page = middleLeafOfCalls();
    QVERIFY(page > 0);
    const QByteArray damaged = damagePage(page);
    QVERIFY(!damaged.isEmpty());

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QSignalSpy opened(&store, &FailureStore::opened);
    QSignalSpy damage(&store, &FailureStore::damaged);
    const auto first = store.open();
    // The open check reads a few pages: this one is not among them.
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.movedAsideTo.isEmpty());
    QCOMPARE(store.query().count(everything()), 3000); // served by an index, not the table
    QVERIFY(store.query().page(everything(), 0, 50).size() == 50); // the newest rows read fine

    // Scrolling through the whole log reaches the damaged page.
    const LogQuery query = store.query();
    const QList<LogEntry> rows = query.page(everything(), 0, 3000);
    QVERIFY(rows.size() < 3000);
    QVERIFY(query.foundDamage());
    QVERIFY(!query.lastError().isEmpty());

    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(damage.size(), 1);
    checkMovedAside(opened.first().first().value<LogDatabase::OpenResult>(), damaged);
    QVERIFY(store.isOpen());
    QCOMPARE(store.query().count(everything()), 0);
    QVERIFY(store.record(SampleCalls::timeout(m_base)) > 0);
    QCOMPARE(store.query().count(everything()), 1);
    // Damage reports reach the store as queued events: once one queued after them has run,
    // any that would move the fresh file aside again has started (and said so).
    QVERIFY(queuedEventsDelivered(&store));
    QCOMPARE(damage.size(), 1);
    QCOMPARE(opened.size(), 1);
    const QStringList aside = QDir(QFileInfo(dbPath()).absolutePath())
                                  .entryList({ u"*.corrupt-*.sqlite"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestLogDamage::damagedTablePageFoundOnAReaderThread()
{
    // The log view reads on the store's reader threads, each with a connection of its own:
    // those close before the file moves, and a fresh reader reads the fresh file.
    buildLog(3000);
    const QByteArray damaged = damagePage(middleLeafOfCalls());
    QVERIFY(!damaged.isEmpty());
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QSignalSpy opened(&store, &FailureStore::opened);
    QVERIFY(store.open().ok);
    const auto readAll = [](const LogQuery &query, const std::function<bool()> &) {
        return qint64(query.page(everything(), 0, 3000).size());
    };
    qint64 newest = -1;
    store.reader()->read<qint64>(
        LogReader::Lane::Interactive, this, [] { return true; },
        [](const LogQuery &query, const std::function<bool()> &) {
            return qint64(query.page(everything(), 0, 100).size());
        },
        [&newest](qint64 rows) { newest = rows; });
    QTRY_COMPARE(newest, 100);
    QCOMPARE(opened.size(), 0);
    store.reader()->read<qint64>(
        LogReader::Lane::Background, this, [] { return true; }, readAll, [](qint64) {});
    QTRY_COMPARE(opened.size(), 1);
    checkMovedAside(opened.first().first().value<LogDatabase::OpenResult>(), damaged);
    QVERIFY(store.reader());
    qint64 fresh = -1;
    store.reader()->read<qint64>(
        LogReader::Lane::Background, this, [] { return true; }, readAll,
        [&fresh](qint64 rows) { fresh = rows; });
    QTRY_COMPARE(fresh, 0);
    QCOMPARE(opened.size(), 1);
}

void TestLogDamage::damagedIndexFoundByAWriteKeepsTheCall()
{
    buildLog(3000);
    const int root = rootOfEnvironmentIndex();
    QVERIFY(root > 0);
    const QByteArray damaged = damagePage(root);
    QVERIFY(!damaged.isEmpty());

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QSignalSpy opened(&store, &FailureStore::opened);
    QSignalSpy added(&store, &FailureStore::recordsAdded);
    QSignalSpy failed(&store, &FailureStore::writeFailed);
    const auto first = store.open();
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.movedAsideTo.isEmpty());

    // The writer's insert meets the damaged index: the call waits for the fresh file.
    store.append(SampleCalls::network(m_base.addDays(1)));
    QTRY_COMPARE(opened.size(), 1);
    checkMovedAside(opened.first().first().value<LogDatabase::OpenResult>(), damaged);
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(failed.size(), 0);
    store.flush();
    const QList<LogEntry> rows = store.query().page(everything(), 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().time, m_base.addDays(1));
}

void TestLogDamage::damagedIndexFoundByRecordMovesAtOnce()
{
    // xlink-cli call writes on its own connection, with no event loop to wait in.
    buildLog(3000);
    const int root = rootOfEnvironmentIndex();
    QVERIFY(root > 0);
    const QByteArray damaged = damagePage(root);

    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QSignalSpy opened(&store, &FailureStore::opened);
    QVERIFY(store.open().ok);
    QString error;
    const qint64 id = store.record(SampleCalls::http(m_base.addDays(1)), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(opened.size(), 1); // before record() returned
    checkMovedAside(opened.first().first().value<LogDatabase::OpenResult>(), damaged);
    QCOMPARE(store.query().count(everything()), 1);
}

void TestLogDamage::reportOfADamagedLogIsNotWritten()
{
    buildLog(3000);
    const QByteArray damaged = damagePage(middleLeafOfCalls());
    QVERIFY(!damaged.isEmpty());
    LogDatabase database(dbPath());
    QVERIFY(database.open().ok);
    const LogQuery query(database.db());
    const Report report = ReportBuilder::build(query, everything());
    const QString output = m_dir->path() + u"/report.csv"_s;
    QString error;
    QVERIFY(!ReportExporter::save(report, ReportExporter::Format::Csv, output, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(output)); // no report that passes for a whole one
    QVERIFY(query.foundDamage());
    QVERIFY(ReportExporter::preview(report, ReportExporter::Format::Json, {}, &error).isEmpty());

    // The owner moves it aside on request; here that is only this connection.
    const auto moved = database.moveAsideAndRecreate(query.lastError(), 0);
    checkMovedAside(moved, damaged);
    QCOMPARE(LogQuery(database.db()).count(everything()), 0);
}

void TestLogDamage::healthyLogIsNeverMoved()
{
    // Errors that are not damage (a busy file, a bad statement) never move a file.
    buildLog(600);
    FailureStore store(dbPath(), SampleCalls::keepEverything());
    QSignalSpy opened(&store, &FailureStore::opened);
    QSignalSpy damage(&store, &FailureStore::damaged);
    QVERIFY(store.open().ok);
    const LogQuery query = store.query();
    QCOMPARE(query.page(everything(), 0, 600).size(), 600);
    QVERIFY(!query.foundDamage());
    QSqlError notDamage(u"driver"_s, u"no such table: callz"_s, QSqlError::StatementError, u"1"_s);
    QVERIFY(!LogDamage::isDamage(notDamage));
    QSqlError busy(u"driver"_s, u"database is locked"_s, QSqlError::StatementError, u"5"_s);
    QVERIFY(!LogDamage::isDamage(busy));
    QVERIFY(LogDamage::isDamage(QSqlError(
        u"d"_s, u"database disk image is malformed"_s, QSqlError::StatementError, u"11"_s)));
    QVERIFY(LogDamage::isDamage(
        QSqlError(u"d"_s, u"file is not a database"_s, QSqlError::StatementError, u"26"_s)));
    QVERIFY(queuedEventsDelivered(&store));
    QCOMPARE(damage.size(), 0);
    QCOMPARE(opened.size(), 0);
    QVERIFY(QDir(QFileInfo(dbPath()).absolutePath())
                .entryList({ u"*.corrupt-*"_s }, QDir::Files)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestLogDamage)
#include "TestLogDamage.moc"
