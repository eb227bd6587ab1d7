// StoreWriter's error paths, on its own thread as FailureStore runs it: a log file that cannot
// be opened and a batch that cannot be inserted each report the error (failed()), release
// whoever waits for the write, lose nothing queued after them, and write again once the cause
// is gone.
#include "SampleCalls.h"
#include "StoreWriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace xlink;
using namespace xlink::test;
using namespace Qt::StringLiterals;

namespace {

// A StoreWriter on a thread of its own, shut down and joined at the end.
class WriterThread final
{
public:
    explicit WriterThread(const QString &path)
        : writer(new StoreWriter(path, SampleCalls::keepEverything()))
    {
        writer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        thread.start();
    }
    ~WriterThread()
    {
        QMetaObject::invokeMethod(writer, &StoreWriter::shutDown, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    Q_DISABLE_COPY_MOVE(WriterThread)

    QThread thread;
    StoreWriter *writer;
};

// A plain SQLite connection of the test's own, as another program (sqlite3) would open the
// file: `statement` run on it, then the number of rows in calls (-1 on any error).
qint64 onOwnConnection(const QString &path, const QString &statement = {})
{
    static int serial = 0;
    const QString name = u"test-own-%1"_s.arg(++serial);
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if ((statement.isEmpty() || query.exec(statement))
                && query.exec(u"SELECT count(*) FROM calls"_s) && query.next())
                rows = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestStoreWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unopenableFileReportsAndRecovers();
    void failedInsertReportsAndKeepsWriting();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestStoreWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreWriter::unopenableFileReportsAndRecovers()
{
    // The log's folder is a regular file: no open can succeed, even as root.
    const QString folder = m_dir->filePath(u"log"_s);
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = folder + u"/failure-log.sqlite"_s;

    WriterThread thread(path);
    QSignalSpy failed(thread.writer, &StoreWriter::failed);
    QSignalSpy written(thread.writer, &StoreWriter::written);
    thread.writer->enqueue({ SampleCalls::timeout(m_base) });
    thread.writer->waitUntilWritten(); // returns: the failure ends the wait
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(written.size(), 0);

    // Once the folder can exist, the next call is written (the failed one was reported, not
    // kept for later).
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().mkdir(folder));
    thread.writer->enqueue({ SampleCalls::platform(m_base.addSecs(1), 4031003) });
    thread.writer->waitUntilWritten();
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(written.first().first().value<QList<qint64>>().size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(onOwnConnection(path), 1);
}

void TestStoreWriter::failedInsertReportsAndKeepsWriting()
{
    const QString path = m_dir->filePath(u"failure-log.sqlite"_s);
    WriterThread thread(path);
    QSignalSpy failed(thread.writer, &StoreWriter::failed);
    QSignalSpy written(thread.writer, &StoreWriter::written);
    thread.writer->enqueue({ SampleCalls::timeout(m_base) });
    thread.writer->waitUntilWritten();
    QTRY_COMPARE(written.size(), 1);

    // Another connection takes the table away (an older build's downgrade, a user's sqlite3):
    // an error, not damage, so the file stays where it is.
    // (-1: after the rename there is no table calls to count.)
    QCOMPARE(onOwnConnection(path, u"ALTER TABLE calls RENAME TO calls_away"_s), -1);
    thread.writer->enqueue(
        { SampleCalls::network(m_base.addSecs(1)), SampleCalls::http(m_base.addSecs(2)) });
    thread.writer->waitUntilWritten();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"calls"_s),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(written.size(), 1);

    QCOMPARE(onOwnConnection(path, u"ALTER TABLE calls_away RENAME TO calls"_s), 1);
    thread.writer->enqueue({ SampleCalls::platform(m_base.addSecs(3), 4041011) });
    thread.writer->waitUntilWritten();
    QTRY_COMPARE(written.size(), 2);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(onOwnConnection(path), 2);
    const QStringList aside = QDir(m_dir->path()).entryList({ u"*.corrupt-*"_s }, QDir::Files);
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "TestStoreWriter.moc"
