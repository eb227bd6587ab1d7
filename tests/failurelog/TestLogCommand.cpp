// `xlink-cli log` run as a real process on a log in a temporary XDG_DATA_HOME.
#include "CsvReader.h"
#include "FailureStore.h"
#include "PageDamage.h"
#include "RecordInserter.h"
#include "SampleCalls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::SampleCalls;

namespace {
const QByteArray sentinel = "Zq9-SENTINEL-secret-7731";
}

class TestLogCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathNamesTheLogInTheDataHome();
    void listText();
    void listJson();
    void nothingFoundExitsOne();
    void damagedLogExportsNothing();
    void listFiltersSelectTheirRecords_data();
    void listFiltersSelectTheirRecords();
    void badArguments_data();
    void badArguments();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void largePdfSaysWhatItHoldsBeforeWriting();
    void pdfWithoutARuntimeFolderSaysNothingOfIt();
    void damagedLogIsMovedAside();
    void damageFoundWhileListingIsMovedAside();
    void damageFoundWhileExportingWritesNoReport();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(
        const QStringList &arguments, const QString &dataHome = {}, const QStringList &unset = {});
    QJsonArray listJsonFor(const QStringList &filters);

    QTemporaryDir m_dir;
    QString m_dbPath;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

TestLogCommand::Result TestLogCommand::cli(
    const QStringList &arguments, const QString &dataHome, const QStringList &unset)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? m_dir.path() : dataHome);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path() + u"/config"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &name : unset)
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(XLINK_BIN_DIR "/xlink-cli"), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestLogCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result path = cli({ u"log"_s, u"path"_s });
    QCOMPARE(path.exitCode, 0);
    m_dbPath = QString::fromUtf8(path.out).trimmed();
    QVERIFY(m_dbPath.startsWith(m_dir.path()));

    FailureStore store(m_dbPath, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    const QList<CallRecord> calls = {
        SampleCalls::platform(m_base, 4031003, u"prod"_s, sentinel), // id 1
        SampleCalls::http(m_base.addSecs(60)), // 2
        SampleCalls::network(m_base.addSecs(120)), // 3
        SampleCalls::timeout(m_base.addSecs(180)), // 4
        SampleCalls::malformed(m_base.addSecs(240)), // 5
        SampleCalls::login(m_base.addSecs(300), sentinel), // 6
        SampleCalls::success(m_base.addSecs(360)), // 7
        SampleCalls::platform(m_base.addDays(1), 4041008), // 8
    };
    for (const CallRecord &call : calls)
        QVERIFY(store.record(call) > 0);
}

void TestLogCommand::pathNamesTheLogInTheDataHome()
{
    // The CLI names the log in the data home it is given (the XDG data folder, then the
    // organisation and application folders), whichever that is.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const Result result = cli({ u"log"_s, u"path"_s }, other.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
        other.path() + u"/xlink-console/xlink-console/failure-log.sqlite\n"_s);
    QCOMPARE(m_dbPath, m_dir.path() + u"/xlink-console/xlink-console/failure-log.sqlite"_s);
    // And that is the file `log list` reads: the records written there are listed.
    QVERIFY(cli({ u"log"_s, u"list"_s }).out.contains("4041008"));
    QVERIFY(!cli({ u"log"_s, u"list"_s }, other.path()).out.contains("4041008"));
}

void TestLogCommand::listText()
{
    const Result result = cli({ u"log"_s, u"list"_s });
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(u"4031003"_s));
    QVERIFY(text.contains(u"Invalid Access-Token"_s));
    QVERIFY(text.contains(u"Connection refused"_s));
    QVERIFY(!text.contains(u"/v2/corp "_s)); // the success is not a failure
    QVERIFY(!result.out.contains(sentinel) && !result.err.contains(sentinel));
    // Newest first.
    QVERIFY(text.indexOf(u"4041008"_s) < text.indexOf(u"4031003"_s));
}

QJsonArray TestLogCommand::listJsonFor(const QStringList &filters)
{
    const Result result = cli(QStringList { u"log"_s, u"list"_s, u"--json"_s } + filters);
    if (result.exitCode != 0)
        return { QJsonValue(
            u"exit code %1: "_s.arg(result.exitCode) + QString::fromUtf8(result.err)) };
    return QJsonDocument::fromJson(result.out).array();
}

void TestLogCommand::listJson()
{
    const Result result = cli({ u"log"_s, u"list"_s, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(sentinel));
    QJsonParseError error;
    const QJsonArray records = QJsonDocument::fromJson(result.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(records.size(), 7);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const char *key : { "id", "time", "environment", "method", "url", "status", "code",
                 "kind", "zh", "en", "serverMsg", "durationMs" })
            QVERIFY2(record.contains(QLatin1StringView(key)), key);
        QVERIFY(record[u"id"].isDouble());
        QVERIFY(record[u"status"].isDouble() || record[u"status"].isNull());
        QVERIFY(record[u"code"].isDouble() || record[u"code"].isNull());
        QVERIFY(
            QStringList({ u"http"_s, u"platform"_s, u"network"_s, u"timeout"_s, u"malformed"_s })
                .contains(record[u"kind"].toString()));
    }
    const QJsonObject newest = records[0].toObject();
    QCOMPARE(newest[u"id"].toInt(), 8);
    QCOMPARE(newest[u"code"].toInt(), 4041008);
    QCOMPARE(newest[u"status"].toInt(), 404);
    QCOMPARE(newest[u"kind"].toString(), u"platform"_s);
    QCOMPARE(newest[u"zh"].toString(), u"设备不存在"_s);
    QCOMPARE(newest[u"serverMsg"].toString(), u"server says 4041008"_s);
    QCOMPARE(newest[u"durationMs"].toInt(), 42);
    QCOMPARE(newest[u"time"].toString(), u"2026-03-02T08:00:00.000Z"_s);
    const QJsonObject network = records[4].toObject(); // ids 8, 6, 5, 4, 3: the refused call
    QCOMPARE(network[u"kind"].toString(), u"network"_s);
    QVERIFY(network[u"status"].isNull());
    QVERIFY(network[u"code"].isNull());
}

void TestLogCommand::nothingFoundExitsOne()
{
    // As lookup and decode: 1 when nothing matches, in text and in JSON.
    const Result text = cli({ u"log"_s, u"list"_s, u"--code"_s, u"4049999"_s });
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.contains("No records match."));
    const Result json = cli({ u"log"_s, u"list"_s, u"--json"_s, u"--grep"_s, u"nowhere-xyz"_s });
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).array(), QJsonArray());
}

void TestLogCommand::damagedLogExportsNothing()
{
    // Opening finds the log damaged and moves it aside: no report of the fresh, empty one.
    QTemporaryDir home;
    const QString path = QString::fromUtf8(cli({ u"log"_s, u"path"_s }, home.path()).out).trimmed();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    const QString output = home.filePath(u"report.json"_s);
    const Result result
        = cli({ u"log"_s, u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, output }, home.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(output));
    QVERIFY2(result.err.contains(".corrupt-"), result.err.constData());
}

void TestLogCommand::listFiltersSelectTheirRecords_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QList<int>>("ids");
    QTest::newRow("code") << QStringList { u"--code"_s, u"4031003"_s } << QList<int> { 1 };
    QTest::newRow("codes") << QStringList { u"--code"_s, u"4031003,4001007"_s }
                           << QList<int> { 6, 1 };
    QTest::newRow("status") << QStringList { u"--status"_s, u"502"_s } << QList<int> { 2 };
    QTest::newRow("no-answer") << QStringList { u"--status"_s, u"0"_s } << QList<int> { 4, 3 };
    QTest::newRow("since") << QStringList { u"--since"_s, u"2026-03-01T08:04:00Z"_s }
                           << QList<int> { 8, 6, 5 };
    QTest::newRow("until") << QStringList { u"--until"_s, u"2026-03-01T08:01:00Z"_s }
                           << QList<int> { 1 };
    QTest::newRow("date-only") << QStringList { u"--since"_s, u"2026-03-02"_s, u"--until"_s,
        u"2026-03-03"_s } << QList<int> { 8 };
    QTest::newRow("grep") << QStringList { u"--grep"_s, u"refused"_s } << QList<int> { 3 };
    QTest::newRow("grep-zh") << QStringList { u"--grep"_s, u"超时"_s } << QList<int> { 4 };
    QTest::newRow("limit") << QStringList { u"--limit"_s, u"2"_s } << QList<int> { 8, 6 };
    QTest::newRow("all") << QStringList { u"--all"_s, u"--kind"_s, u"success"_s }
                         << QList<int> { 7 };
    QTest::newRow("kind") << QStringList { u"--kind"_s, u"malformed"_s } << QList<int> { 5 };
    QTest::newRow("env") << QStringList { u"--env"_s, u"prod"_s } << QList<int> { 1 };
    QTest::newRow("endpoint") << QStringList { u"--endpoint"_s, u"/v2/product/{id}/device/{id}"_s }
                              << QList<int> { 8, 1 };
    QTest::newRow("combined") << QStringList { u"--status"_s, u"403"_s, u"--grep"_s, u"server"_s }
                              << QList<int> { 1 };
}

void TestLogCommand::listFiltersSelectTheirRecords()
{
    QFETCH(QStringList, filters);
    QFETCH(QList<int>, ids);
    const QJsonArray records = listJsonFor(filters);
    QList<int> got;
    for (const QJsonValue &value : records) {
        if (value.isString())
            QFAIL(qPrintable(value.toString()));
        got << value[u"id"].toInt();
    }
    QCOMPARE(got, ids);
}

void TestLogCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-sub") << QStringList { u"log"_s };
    QTest::newRow("unknown-sub") << QStringList { u"log"_s, u"frobnicate"_s };
    QTest::newRow("bad-time") << QStringList { u"log"_s, u"list"_s, u"--since"_s, u"yesterday"_s };
    QTest::newRow("bad-code") << QStringList { u"log"_s, u"list"_s, u"--code"_s, u"abc"_s };
    QTest::newRow("bad-kind") << QStringList { u"log"_s, u"list"_s, u"--kind"_s, u"oops"_s };
    QTest::newRow("bad-limit") << QStringList { u"log"_s, u"list"_s, u"--limit"_s, u"-3"_s };
    QTest::newRow("bad-format") << QStringList { u"log"_s, u"export"_s, u"--format"_s, u"docx"_s,
        u"-o"_s, u"x"_s };
    QTest::newRow("no-output") << QStringList { u"log"_s, u"export"_s, u"--format"_s, u"csv"_s };
}

void TestLogCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestLogCommand::exportEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : { "md", "html", "pdf", "csv", "json", "har" })
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestLogCommand::exportEveryFormat()
{
    QFETCH(QString, format);
    const QString output = m_dir.path() + u"/export."_s + format;
    const Result result = cli({ u"log"_s, u"export"_s, u"--format"_s, format, u"-o"_s, output,
        u"--since"_s, u"2026-03-01T08:00:00Z"_s, u"--code"_s, u"4031003,4001007,4041008"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(sentinel));
    QVERIFY(!result.out.contains(sentinel) && !result.err.contains(sentinel));
    if (format == u"pdf") {
        static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 2);
    } else if (format == u"csv") {
        QList<QStringList> rows;
        QVERIFY(test::readCsv(QString::fromUtf8(bytes), &rows));
        QCOMPARE(rows.size(), 4); // header + 3 coded failures
    } else if (format == u"json") {
        QCOMPARE(QJsonDocument::fromJson(bytes)[u"records"].toArray().size(), 3);
    } else if (format == u"har") {
        QCOMPARE(QJsonDocument::fromJson(bytes)[u"log"][u"entries"].toArray().size(), 3);
    } else {
        QVERIFY(bytes.contains("4041008") && bytes.contains("4001007"));
        QVERIFY(!bytes.contains("Connection refused"));
    }
}

void TestLogCommand::largePdfSaysWhatItHoldsBeforeWriting()
{
    // Three records, at most one in the PDF: said on stderr; a PDF that holds every record
    // says nothing of the kind.
    const QString output = m_dir.path() + u"/limited.pdf"_s;
    const QStringList export3 = { u"log"_s, u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, output,
        u"--since"_s, u"2026-03-01T08:00:00Z"_s, u"--code"_s, u"4031003,4001007,4041008"_s };
    Result result = cli(export3 + QStringList { u"--pdf-records"_s, u"1"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("all 3 records and the first 1 of them"), result.err.constData());
    QVERIFY(QFile(output).size() > 0);
    result = cli(export3);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.err.contains("first"), result.err.constData());
    QCOMPARE(cli(export3 + QStringList { u"--pdf-records"_s, u"many"_s }).exitCode, 2);
}

void TestLogCommand::pdfWithoutARuntimeFolderSaysNothingOfIt()
{
    // A CI job or a cron job has no XDG_RUNTIME_DIR: the PDF is written and the terminal gets
    // no warning from Qt about the folder it picked instead.
    const QString output = m_dir.path() + u"/no-runtime.pdf"_s;
    const Result result = cli({ u"log"_s, u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, output },
        {}, { u"XDG_RUNTIME_DIR"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.err.contains("XDG_RUNTIME_DIR"), result.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
}

void TestLogCommand::damagedLogIsMovedAside()
{
    QTemporaryDir home;
    const QString path = QString::fromUtf8(cli({ u"log"_s, u"path"_s }, home.path()).out).trimmed();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    const Result result = cli({ u"log"_s, u"list"_s, u"--json"_s }, home.path());
    // Its records could not be read: a failure, not an empty answer.
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u".corrupt-"_s), qPrintable(err));
    QVERIFY2(err.contains(u"no records were listed"_s), qPrintable(err));
    const QStringList aside
        = QDir(QFileInfo(path).absolutePath()).entryList({ u"*.corrupt-*.sqlite"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(err.contains(aside.first()));
}

// Builds a log at `path` whose damage is in the middle of its table, where opening does not
// read; the damaged file's bytes.
static QByteArray damagedInTheMiddle(const QString &path, const QDateTime &base)
{
    {
        LogDatabase database(path);
        if (!database.open().ok)
            return {};
        RecordInserter inserter(database.db(), 256 * 1024);
        QList<CallRecord> calls;
        for (int i = 0; i < 3000; ++i)
            calls << SampleCalls::mixed(i, base);
        QString error;
        if (inserter.insert(calls, &error).isEmpty())
            return {};
        QSqlQuery(database.db()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return test::PageDamage::damage(path, test::PageDamage::middleLeaf(path, u"calls"_s));
}

void TestLogCommand::damageFoundWhileListingIsMovedAside()
{
    QTemporaryDir home;
    const QString path = QString::fromUtf8(cli({ u"log"_s, u"path"_s }, home.path()).out).trimmed();
    const QByteArray damaged = damagedInTheMiddle(path, m_base);
    QVERIFY(!damaged.isEmpty());
    // The newest rows read fine: nothing to see yet.
    Result result = cli({ u"log"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"20"_s }, home.path());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 20);
    QVERIFY2(!result.err.contains(".corrupt-"), result.err.constData());
    // Every row: the damaged page is read, the file moved aside whole, the user told where.
    result = cli({ u"log"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s }, home.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"no records were listed"_s), qPrintable(err));
    const QStringList aside
        = QDir(QFileInfo(path).absolutePath()).entryList({ u"*.corrupt-*.sqlite"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(err.contains(aside.first()), qPrintable(err));
    QFile moved(QFileInfo(path).absolutePath() + u'/' + aside.first());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QVERIFY(moved.readAll() == damaged);
    // The fresh log works: it is empty, which is "nothing found".
    result = cli({ u"log"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s }, home.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestLogCommand::damageFoundWhileExportingWritesNoReport()
{
    QTemporaryDir home;
    const QString path = QString::fromUtf8(cli({ u"log"_s, u"path"_s }, home.path()).out).trimmed();
    const QByteArray damaged = damagedInTheMiddle(path, m_base);
    QVERIFY(!damaged.isEmpty());
    const QString output = home.path() + u"/report.csv"_s;
    const Result result
        = cli({ u"log"_s, u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, output, u"--all"_s },
            home.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(output)); // a report missing records never passes for a whole one
    const QStringList aside
        = QDir(QFileInfo(path).absolutePath()).entryList({ u"*.corrupt-*.sqlite"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(aside.first()), result.err.constData());
}

QTEST_GUILESS_MAIN(TestLogCommand)
#include "TestLogCommand.moc"
