// A failure log another process keeps locked for as long as it likes: calls never wait on it
// and nothing is lost. The CLI's way (FailureStore::recordOrKeep) keeps each record in the
// spill file beside the log (owner-only, redacted like the log) and the next process that
// can write takes them in; the console's way (append) holds them in memory, writes them once
// the lock clears, and a store shut down while the lock is still held leaves them in the spill
// file. The lock is held by a second process (failurelog-locker) until the test releases it,
// so a call that waited for the lock would never return while it is held.
#include "FailureStore.h"
#include "LogDatabase.h"
#include "SampleCalls.h"
#include "SpillFile.h"
#include "call/FailureText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::SampleCalls;

namespace {

const QByteArray sentinel = "Zq9-SENTINEL-secret-7731";

LogFilter everything()
{
    LogFilter filter;
    filter.failuresOnly = false;
    return filter;
}

} // namespace

class TestLockedLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cliKeepsRecordsBesideALockedLog();
    void consoleHoldsRecordsUntilTheLockClears();
    void shutDownWhileLockedKeepsTheRest();
    void cliCallSaysWhereItKeptTheCall();

private:
    // Starts another process that holds the log's write lock until release().
    bool lock(QProcess &locker, const QString &path = {});
    bool release(QProcess &locker);
    qint64 countInLog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestLockedLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->path() + u"/log.sqlite"_s;
    FailureStore store(m_path, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    QVERIFY(store.record(SampleCalls::platform(m_base)) > 0);
}

bool TestLockedLog::lock(QProcess &locker, const QString &path)
{
    locker.start(QStringLiteral(XLINK_BIN_DIR "/../tests/failurelog-locker"),
        { path.isEmpty() ? m_path : path });
    if (!locker.waitForStarted())
        return false;
    QByteArray out;
    while (!out.contains("locked\n")) {
        if (!locker.waitForReadyRead(30'000))
            return false;
        out += locker.readAllStandardOutput();
    }
    return true;
}

bool TestLockedLog::release(QProcess &locker)
{
    locker.closeWriteChannel();
    return locker.waitForFinished(30'000) && locker.exitCode() == 0;
}

qint64 TestLockedLog::countInLog()
{
    LogDatabase database(m_path);
    if (!database.open(LogDatabase::Check::Connect).ok)
        return -1;
    return LogQuery(database.db()).count(everything());
}

void TestLockedLog::cliKeepsRecordsBesideALockedLog()
{
    FailureStore store(m_path, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    QProcess locker;
    QVERIFY(lock(locker));
    for (int i = 0; i < 3; ++i) {
        const FailureStore::Kept kept = store.recordOrKeep(SampleCalls::login(m_base, sentinel));
        QVERIFY2(kept.spilled, qPrintable(kept.error));
        QCOMPARE(kept.id, 0);
    }
    // Beside the log, owner-only, redacted.
    QFile spill(store.spillPath());
    QCOMPARE(QFileInfo(spill).absolutePath(), QFileInfo(m_path).absolutePath());
    QCOMPARE(spill.permissions()
            & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
        QFile::Permissions());
    QVERIFY(spill.open(QIODevice::ReadOnly));
    QVERIFY(!spill.readAll().contains(sentinel));
    spill.close();
    QCOMPARE(SpillFile(m_path).read().size(), 3);
    QCOMPARE(countInLog(), 1); // reading is not blocked

    // Once the lock is gone, the next process to open the log takes them in.
    QVERIFY(release(locker));
    FailureStore next(m_path, SampleCalls::keepEverything());
    QVERIFY(next.open().ok);
    QCOMPARE(countInLog(), 4);
    QVERIFY(!SpillFile(m_path).exists());
    // And the next call is written at once.
    const FailureStore::Kept kept = next.recordOrKeep(SampleCalls::platform(m_base));
    QVERIFY(kept.id > 0);
    QVERIFY(!kept.spilled);
    QCOMPARE(countInLog(), 5);
}

void TestLockedLog::consoleHoldsRecordsUntilTheLockClears()
{
    FailureStore store(m_path, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    QSignalSpy added(&store, &FailureStore::recordsAdded);
    QSignalSpy failed(&store, &FailureStore::writeFailed);
    QProcess locker;
    QVERIFY(lock(locker));
    for (int i = 0; i < 3; ++i)
        store.append(SampleCalls::network(m_base.addSecs(i)));
    QVERIFY(failed.wait(30'000));
    QVERIFY2(failed.first().first().toString().contains(u"another process"),
        qPrintable(failed.first().first().toString()));
    store.flush(); // returns: the calls are held, nobody waits for them
    QCOMPARE(countInLog(), 1);
    QVERIFY(added.isEmpty());

    QVERIFY(release(locker));
    QTRY_COMPARE_WITH_TIMEOUT(countInLog(), 4, 30'000);
    QTRY_VERIFY(!added.isEmpty());
    qint64 signalled = 0;
    for (const auto &arguments : std::as_const(added))
        signalled += arguments.first().value<QList<qint64>>().size();
    QCOMPARE(signalled, 3);
    QVERIFY(!SpillFile(m_path).exists());
}

void TestLockedLog::shutDownWhileLockedKeepsTheRest()
{
    QProcess locker;
    {
        FailureStore store(m_path, SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        QSignalSpy failed(&store, &FailureStore::writeFailed);
        QVERIFY(lock(locker));
        CallRecord dropped = SampleCalls::network(m_base);
        dropped.errorData = FailureText::truncated(10, 20); // why, as data: kept with the call
        store.append(dropped);
        store.append(SampleCalls::login(m_base, sentinel));
        QVERIFY(failed.wait(30'000));
    } // shut down with the log still locked
    const QList<CallRecord> kept = SpillFile(m_path).read();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.first().errorData, FailureText::truncated(10, 20));
    QFile spill(SpillFile(m_path).path());
    QVERIFY(spill.open(QIODevice::ReadOnly));
    QVERIFY(!spill.readAll().contains(sentinel));
    QCOMPARE(countInLog(), 1);

    QVERIFY(release(locker));
    FailureStore next(m_path, SampleCalls::keepEverything());
    QVERIFY(next.open().ok);
    QCOMPARE(countInLog(), 3);
}

void TestLockedLog::cliCallSaysWhereItKeptTheCall()
{
    // xlink-cli's own log, in a data folder of this test's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/data"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    const auto cli = [&environment](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XLINK_BIN_DIR "/xlink-cli"), arguments);
        process.waitForFinished(60'000);
        return std::pair { process.readAllStandardOutput(), process.readAllStandardError() };
    };
    const QString path = QString::fromUtf8(cli({ u"log"_s, u"path"_s }).first).trimmed();
    QVERIFY(path.startsWith(m_dir->path()));
    {
        FailureStore store(path, SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        QVERIFY(store.record(SampleCalls::platform(m_base)) > 0);
    }
    QProcess locker;
    QVERIFY(lock(locker, path));
    // Nothing listens on port 1: the call fails at once, and is kept beside the locked log.
    const QByteArray err
        = cli({ u"call"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, u"GET"_s, u"/v2/corp"_s })
              .second;
    QVERIFY2(err.contains("in use by another process"), err.constData());
    QVERIFY2(err.contains(QFile::encodeName(SpillFile(path).path())), err.constData());
    QCOMPARE(SpillFile(path).read().size(), 1);

    // Listed once the lock is gone.
    QVERIFY(release(locker));
    const QJsonArray listed
        = QJsonDocument::fromJson(cli({ u"log"_s, u"list"_s, u"--all"_s, u"--json"_s }).first)
              .array();
    QCOMPARE(listed.size(), 2);
    QVERIFY(!SpillFile(path).exists());
}

QTEST_GUILESS_MAIN(TestLockedLog)
#include "TestLockedLog.moc"
