// The team log from the command line, as a CI job uses it: `xlink-cli team-log init`, then
// `xlink-cli call` against the sandbox, `xlink-cli log push` and `xlink-cli log list --team
// --json` (records carry their sender), from `--team-db` or the PG* variables, two profiles
// (two developers' homes) seeing each other's records; an unreachable server is exit code 4
// and the records stay waiting.
#include "CliProcess.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "PostgresTestServer.h"
#include "RecordInserter.h"
#include "SampleCalls.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::PostgresTestServer;

namespace {

const QString database = u"team_cli"_s;
const QString writer = u"ci_writer"_s;
const QString writerPassword = u"ci-pass-88"_s;

using Run = test::CliRun;

} // namespace

class TestTeamLogCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void initCreatesTheSchemaOnce();
    void callPushAndListAcrossTwoProfiles();
    void unreachableServerKeepsRecordsWaiting();
    void exportReadsTheTeamLog();
    void teamReportsNameEachRecordsSender();
    void teamOptionsNeedTeam();
    void killedPushLosesAndDoublesNothing();

private:
    Run cli(const QString &profile, const QStringList &arguments,
        const QMap<QString, QString> &extraEnvironment = {});
    QString teamDb() const { return m_server.uri(writer, writerPassword, database); }
    QString logPath(const QString &profile);

    PostgresTestServer m_server;
    QTemporaryDir m_homes;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void TestTeamLogCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(XLINK_BIN_DIR "/xlink-cli")));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(
        m_server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(writer, writerPassword), &error),
        qPrintable(error));
    QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, writer), &error),
        qPrintable(error));
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
}

void TestTeamLogCommand::init()
{
    // Each test sees only its own records (the table exists once any test ran `team-log init`).
    m_server.exec(u"DO $$ BEGIN IF to_regclass('xlink_calls') IS NOT NULL THEN"
                  " TRUNCATE xlink_calls; END IF; END $$"_s,
        nullptr, database);
}

Run TestTeamLogCommand::cli(
    const QString &profile, const QStringList &arguments, const QMap<QString, QString> &extra)
{
    test::CliProcess process(m_homes.filePath(profile));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        process.setVariable(it.key(), it.value());
    Run result = process.run(arguments);
    // No password in anything it printed.
    if (result.out.contains(writerPassword.toUtf8())
        || result.err.contains(writerPassword.toUtf8()))
        result.exitCode = -3;
    return result;
}

QString TestTeamLogCommand::logPath(const QString &profile)
{
    const Run where = cli(profile, { u"log"_s, u"path"_s });
    return where.exitCode == 0 ? QString::fromUtf8(where.out).trimmed() : QString();
}

void TestTeamLogCommand::initCreatesTheSchemaOnce()
{
    Run run = cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("schema version 1"));
    run = cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QString error;
    const auto versions = m_server.rows(
        u"SELECT count(*), max(version) FROM xlink_team_schema"_s, &error, database);
    QCOMPARE(versions.constFirst().at(0).toInt(), 1);
    QCOMPARE(versions.constFirst().at(1).toInt(), 1);
    run = cli(u"admin"_s, { u"team-log"_s, u"check"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestTeamLogCommand::callPushAndListAcrossTwoProfiles()
{
    QVERIFY(cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    // The CI job: a failing call, recorded in its own profile's log, then pushed.
    const Run call = cli(u"ci"_s,
        { u"call"_s, u"GET"_s, u"/v2/product/team-log-cli/device/1"_s, u"--base-url"_s,
            m_sandbox->url().toString() });
    QCOMPARE(call.exitCode, 3);
    Run push = cli(u"ci"_s,
        { u"log"_s, u"push"_s, u"--team-db"_s, teamDb(), u"--sender"_s, u"ci@runner-3"_s });
    QVERIFY2(push.exitCode == 0, push.err.constData());
    QVERIFY2(push.out.contains("Sent 1 record"), push.out.constData());
    // Nothing left: a second push sends nothing.
    push = cli(u"ci"_s,
        { u"log"_s, u"push"_s, u"--team-db"_s, teamDb(), u"--sender"_s, u"ci@runner-3"_s });
    QVERIFY2(push.exitCode == 0, push.err.constData());
    QVERIFY2(push.out.contains("Sent 0 record"), push.out.constData());

    // A developer's profile, its log written by the console, pushed with the PG* variables.
    const QString devLog = logPath(u"dev"_s);
    QVERIFY(!devLog.isEmpty());
    {
        FailureStore store(devLog, test::SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        QVERIFY(store.record(test::SampleCalls::http(QDateTime::currentDateTimeUtc(), 503)) > 0);
        QVERIFY(store.record(test::SampleCalls::timeout(QDateTime::currentDateTimeUtc())) > 0);
    }
    const QMap<QString, QString> pg { { u"PGHOST"_s, PostgresTestServer::host() },
        { u"PGPORT"_s, QString::number(m_server.port()) }, { u"PGDATABASE"_s, database },
        { u"PGUSER"_s, writer }, { u"PGPASSWORD"_s, writerPassword },
        { u"PGSSLMODE"_s, u"disable"_s } };
    push = cli(u"dev"_s, { u"log"_s, u"push"_s, u"--sender"_s, u"ana@laptop"_s }, pg);
    QVERIFY2(push.exitCode == 0, push.err.constData());
    QVERIFY2(push.out.contains("Sent 2 record"), push.out.constData());

    // Either one lists both, with the sender on each record.
    const Run list = cli(u"ci"_s, { u"log"_s, u"list"_s, u"--team"_s, u"--json"_s }, pg);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray records = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(records.size(), 3);
    QMap<QString, int> bySender;
    for (const QJsonValue &value : records)
        ++bySender[value.toObject().value(u"sender"_s).toString()];
    QCOMPARE(bySender.value(u"ci@runner-3"_s), 1);
    QCOMPARE(bySender.value(u"ana@laptop"_s), 2);
    // The CI job's record is the call it made.
    const Run fromCi = cli(u"dev"_s,
        { u"log"_s, u"list"_s, u"--team"_s, u"--json"_s, u"--sender"_s, u"ci@runner-3"_s,
            u"--team-db"_s, teamDb() });
    QVERIFY2(fromCi.exitCode == 0, fromCi.err.constData());
    const QJsonArray ci = QJsonDocument::fromJson(fromCi.out).array();
    QCOMPARE(ci.size(), 1);
    QVERIFY(ci.at(0).toObject().value(u"url"_s).toString().contains(u"team-log-cli"_s));
    // Text output names the sender too.
    const Run text = cli(u"dev"_s,
        { u"log"_s, u"list"_s, u"--team"_s, u"--status"_s, u"503"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("ana@laptop"));
}

void TestTeamLogCommand::unreachableServerKeepsRecordsWaiting()
{
    QVERIFY(cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    const QString path = logPath(u"offline"_s);
    {
        FailureStore store(path, test::SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        QVERIFY(store.record(test::SampleCalls::network(QDateTime::currentDateTimeUtc())) > 0);
    }
    // A port nobody listens on.
    int closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString nowhere
        = u"postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable"_s.arg(writer, writerPassword)
              .arg(closedPort)
              .arg(database);
    Run push = cli(u"offline"_s, { u"log"_s, u"push"_s, u"--team-db"_s, nowhere });
    QCOMPARE(push.exitCode, 4);
    QVERIFY2(push.err.contains("Cannot reach the team log server"), push.err.constData());
    QVERIFY2(push.err.contains("1 record waits to be sent"), push.err.constData());
    // A wrong password is another reason, and another exit code.
    const QString wrong = m_server.uri(writer, u"not-it"_s, database);
    push = cli(u"offline"_s, { u"log"_s, u"push"_s, u"--team-db"_s, wrong });
    QCOMPARE(push.exitCode, 1);
    QVERIFY2(push.err.contains("Authentication failed"), push.err.constData());
    // Back: the record goes.
    push = cli(u"offline"_s, { u"log"_s, u"push"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(push.exitCode == 0, push.err.constData());
    QVERIFY2(push.out.contains("Sent 1 record"), push.out.constData());
}

void TestTeamLogCommand::exportReadsTheTeamLog()
{
    QVERIFY(cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    const QString path = logPath(u"exporter"_s);
    {
        FailureStore store(path, test::SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.record(test::SampleCalls::platform(
                        QDateTime::currentDateTimeUtc(), 4041011, u"export-env"_s))
                > 0);
    }
    QVERIFY(cli(u"exporter"_s, { u"log"_s, u"push"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    const QString output = m_homes.filePath(u"team-report.json"_s);
    // Another profile, with nothing of its own, exports the team's records.
    const Run run = cli(u"reader"_s,
        { u"log"_s, u"export"_s, u"--team"_s, u"--team-db"_s, teamDb(), u"--format"_s, u"json"_s,
            u"-o"_s, output, u"--env"_s, u"export-env"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    QCOMPARE(report.count("4041011") >= 3, true);
    QVERIFY(run.err.contains("Wrote 3 record"));
}

void TestTeamLogCommand::teamReportsNameEachRecordsSender()
{
    QVERIFY(cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    // Two developers: one record from ana, two from the CI job.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QMap<QString, QList<CallRecord>> sent {
        { u"ana@laptop"_s, { test::SampleCalls::platform(now.addSecs(-30), 4041011) } },
        { u"ci@runner-3"_s,
            { test::SampleCalls::http(now.addSecs(-20), 503),
                test::SampleCalls::timeout(now.addSecs(-10)) } },
    };
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QString profile = it.key().section(u'@', 0, 0);
        {
            FailureStore store(logPath(profile), test::SampleCalls::keepEverything());
            QVERIFY(store.open().ok);
            for (const CallRecord &record : it.value())
                QVERIFY(store.record(record) > 0);
        }
        const Run push = cli(
            profile, { u"log"_s, u"push"_s, u"--team-db"_s, teamDb(), u"--sender"_s, it.key() });
        QVERIFY2(push.exitCode == 0, push.err.constData());
    }
    // The team log's own ids and senders, as `log list --team` gives them.
    const Run list = cli(
        u"reader"_s, { u"log"_s, u"list"_s, u"--team"_s, u"--json"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QMap<qint64, QString> senderOf;
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array())
        senderOf.insert(value[u"id"_s].toInteger(), value[u"sender"_s].toString());
    QCOMPARE(senderOf.size(), 3);

    auto exportAs = [&](const QString &format, const QStringList &extra = {}) {
        const QString output = m_homes.filePath(u"senders."_s + format);
        const Run run = cli(u"reader"_s,
            QStringList { u"log"_s, u"export"_s, u"--team"_s, u"--team-db"_s, teamDb(),
                u"--format"_s, format, u"-o"_s, output }
                + extra);
        QFile file(output);
        if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            qWarning() << run.err;
            return QByteArray();
        }
        return file.readAll();
    };
    // JSON: each record with the id and sender the team log has for it.
    const QJsonArray records
        = QJsonDocument::fromJson(exportAs(u"json"_s)).object()[u"records"_s].toArray();
    QCOMPARE(records.size(), 3);
    for (const QJsonValue &record : records) {
        const qint64 id = record[u"id"_s].toInteger();
        QVERIFY2(senderOf.contains(id), qPrintable(QString::number(id)));
        QCOMPARE(record[u"sender"_s].toString(), senderOf.value(id));
    }
    // HAR: in each entry's _xlink member.
    const QJsonArray entries
        = QJsonDocument::fromJson(exportAs(u"har"_s))[u"log"_s][u"entries"_s].toArray();
    QCOMPARE(entries.size(), 3);
    for (const QJsonValue &entry : entries) {
        const QJsonValue xlink = entry[u"_xlink"_s];
        QCOMPARE(xlink[u"sender"_s].toString(), senderOf.value(xlink[u"id"_s].toInteger()));
    }
    // CSV: a last column, sender.
    const QList<QByteArray> lines = exportAs(u"csv"_s).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).trimmed().endsWith(",sender"), lines.at(0).constData());
    QMap<QString, int> csvSenders;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ++csvSenders[QString::fromUtf8(lines.at(i).trimmed().split(',').constLast())];
    QCOMPARE(csvSenders.value(u"ana@laptop"_s), 1);
    QCOMPARE(csvSenders.value(u"ci@runner-3"_s), 2);
    // Markdown and HTML: a line per record; the filter's senders in the description.
    const QByteArray markdown = exportAs(u"md"_s, { u"--sender"_s, u"ci@runner-3"_s });
    QCOMPARE(markdown.count("- Sender: ci@runner-3"), 2);
    QVERIFY(!markdown.contains("ana@laptop"));
    QVERIFY(markdown.contains("sent by ci@runner-3"));
    QCOMPARE(exportAs(u"html"_s).count("ci@runner-3"), 2);
}

void TestTeamLogCommand::teamOptionsNeedTeam()
{
    const Run run = cli(u"x"_s, { u"log"_s, u"list"_s, u"--sender"_s, u"ana"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--team"));
}

void TestTeamLogCommand::killedPushLosesAndDoublesNothing()
{
    QVERIFY(cli(u"admin"_s, { u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb() }).exitCode == 0);
    const QString path = logPath(u"killed"_s);
    constexpr int total = 30000;
    {
        LogDatabase local(path);
        QVERIFY(local.open().ok);
        RecordInserter inserter(local.db(), 0);
        QList<CallRecord> batch;
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < total; ++i) {
            batch << test::SampleCalls::mixed(i, base);
            if (batch.size() == 5000) {
                QString error;
                QVERIFY2(!inserter.insert(batch, &error).isEmpty(), qPrintable(error));
                batch.clear();
            }
        }
    }
    // SIGKILL once some batches are committed and others are not.
    QProcess push;
    test::CliProcess(m_homes.filePath(u"killed"_s))
        .start(push, { u"log"_s, u"push"_s, u"--team-db"_s, teamDb() });
    QVERIFY(push.waitForStarted());
    QString error;
    const auto sent = [&] {
        const auto rows = m_server.rows(u"SELECT count(*) FROM xlink_calls"_s, &error, database);
        return rows.isEmpty() ? qint64(-1) : rows.constFirst().constFirst().toLongLong();
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent() > 0, 30000);
    ::kill(pid_t(push.processId()), SIGKILL);
    QVERIFY(push.waitForFinished());
    QCOMPARE(push.exitStatus(), QProcess::CrashExit);
    const qint64 before = sent();
    QVERIFY2(before < total, "the push ended before it could be killed");
    // Pushed again: what was committed is skipped, the rest goes, nothing twice.
    const Run again = cli(u"killed"_s, { u"log"_s, u"push"_s, u"--team-db"_s, teamDb() });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(sent(), total);
    const auto distinct
        = m_server.rows(u"SELECT count(DISTINCT record_id) FROM xlink_calls"_s, &error, database);
    QCOMPARE(distinct.constFirst().constFirst().toLongLong(), total);
}

QTEST_MAIN(TestTeamLogCommand)
#include "TestTeamLogCommand.moc"
