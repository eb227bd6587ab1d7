// Team-log benchmark (not run by ctest), against a throwaway PostgreSQL server started for the
// run (tests/support/PostgresTestServer). Medians of several runs:
//  1. push throughput: records/s from the local log's outbox to the server in batches
//     (TeamPush: read as stored, one multi-row INSERT per batch, removed after commit);
//  2. on 1,000,000 records on the server: the first page (50 rows, newest first) of each
//     filter as TeamQuery reads it, against the same SQL run by `psql` (its \timing) on the
//     same server in the same run.
// Goals (issue 17): push >= 5,000 records/s; first page <= 100 ms; each filter <= 2x psql.
// Each is printed with PASS or FAIL, and the program exits 1 when any fails.
//
// Build: cmake --build --preset default --target bench-teamlog
// Run:   build/bin/bench-teamlog [--records 1000000] [--push 100000] [--runs 5]
#include "BenchmarkSupport.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "PostgresTestServer.h"
#include "RecordInserter.h"
#include "SampleCalls.h"
#include "TeamDatabase.h"
#include "TeamPush.h"
#include "TeamQuery.h"
#include "TeamSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace xlink;
using namespace Qt::StringLiterals;
using xlink::bench::median;
using xlink::bench::say;

namespace {

const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
int failedTargets = 0;

void verdict(const QString &what, bool pass)
{
    say(u"  %1: %2"_s.arg(what, pass ? u"PASS"_s : u"FAIL"_s));
    if (!pass)
        ++failedTargets;
}

// A value as an SQL literal, for psql.
QString literal(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return u"'"_s + value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
            + u"'::timestamptz"_s;
    if (value.metaType().id() == QMetaType::QString) {
        QString text = value.toString();
        text.replace(u'\'', u"''"_s);
        return u"'"_s + text + u'\'';
    }
    return value.toString();
}

QString withLiterals(QString sql, const QVariantList &values)
{
    for (const QVariant &value : values) {
        const qsizetype at = sql.indexOf(u'?');
        sql.replace(at, 1, literal(value));
    }
    return sql;
}

// The columns TeamQuery::page reads, so psql runs the very same query.
const QString pageColumns = u"id, (extract(epoch FROM started_at) * 1000)::bigint, environment, "
                            u"method, url, endpoint, http_status,"
                            " code, kind, message_zh, message_en, server_msg, error_text,"
                            " duration_ms, request_size, response_size, error_data, sender"_s;

// Median ms of `runs` runs of `sql` in one psql session, as its \timing reports them.
double psqlMedian(
    const test::PostgresTestServer &server, const QString &db, const QString &sql, int runs)
{
    QString script = u"\\timing on\n\\o /dev/null\n"_s;
    for (int i = 0; i < runs; ++i)
        script += sql + u";\n"_s;
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, test::PostgresTestServer::superuserPassword());
    psql.setProcessEnvironment(environment);
    psql.start(u"psql"_s,
        { u"-X"_s, u"-q"_s, u"-h"_s, test::PostgresTestServer::host(), u"-p"_s,
            QString::number(server.port()), u"-U"_s, test::PostgresTestServer::superuser(), u"-d"_s,
            db });
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(600'000);
    static const QRegularExpression time(u"Time: ([0-9.]+) ms"_s);
    QList<double> times;
    for (auto it = time.globalMatch(QString::fromUtf8(psql.readAllStandardOutput())); it.hasNext();)
        times << it.next().captured(1).toDouble();
    return times.size() == runs ? median(times) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(
        u"records"_s, u"Records on the server."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption pushOption(u"push"_s, u"Records per push run."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per measure."_s, u"N"_s, u"5"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Print each filter's plan."_s);
    parser.addOptions({ recordsOption, pushOption, runsOption, explainOption });
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    const qint64 pushRecords = parser.value(pushOption).toLongLong();
    const int runs = parser.value(runsOption).toInt();

    test::PostgresTestServer server;
    QString error;
    if (!server.start(&error)) {
        say(u"cannot start PostgreSQL: "_s + error);
        return 2;
    }
    const QString db = u"bench"_s;
    server.exec(u"CREATE DATABASE bench"_s, &error);
    TeamConnectionSettings settings;
    settings.host = test::PostgresTestServer::host();
    settings.port = server.port();
    settings.database = db;
    settings.user = test::PostgresTestServer::superuser();
    settings.password = test::PostgresTestServer::superuserPassword();
    settings.sslMode = u"disable"_s;
    TeamDatabase team;
    if (TeamConnectionError opened = team.open(settings); !opened.ok()) {
        say(u"cannot connect: "_s + opened.message());
        return 2;
    }
    if (TeamConnectionError migrated = TeamSchema::migrate(team.db()); !migrated.ok()) {
        say(u"cannot create the schema: "_s + migrated.message());
        return 2;
    }

    // 1. Push throughput.
    QTemporaryDir dir;
    const QString logPath = dir.filePath(u"bench.sqlite"_s);
    LogDatabase local(logPath);
    if (!local.open().ok)
        return 2;
    {
        RecordInserter inserter(local.db(), 0);
        QList<CallRecord> batch;
        for (qint64 i = 0; i < pushRecords; ++i) {
            batch << test::SampleCalls::mixed(i, base);
            if (batch.size() == 2000 || i == pushRecords - 1) {
                if (inserter.insert(batch, &error).isEmpty()) {
                    say(u"local insert failed: "_s + error);
                    return 2;
                }
                batch.clear();
            }
        }
    }
    say(u"push: %1 records per run, %2 runs"_s.arg(pushRecords).arg(runs));
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        QSqlQuery(team.db()).exec(u"TRUNCATE xlink_calls"_s);
        QSqlQuery requeue(local.db());
        requeue.exec(u"DELETE FROM team_outbox"_s);
        requeue.exec(u"INSERT INTO team_outbox (call_id, record_id)"
                     " SELECT id, lower(hex(randomblob(16))) FROM calls"_s);
        QElapsedTimer timer;
        timer.start();
        const TeamPush::Result result = TeamPush(local.db(), team.db(), u"bench@runner"_s).run();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!result.ok() || result.sent != pushRecords) {
            say(u"push failed: "_s + result.error.message() + result.localError);
            return 2;
        }
        rates << double(pushRecords) / seconds;
        say(u"  run %1: %2 records/s"_s.arg(run + 1).arg(qint64(rates.last())));
    }
    const double pushRate = median(rates);
    say(u"push median: %1 records/s"_s.arg(qint64(pushRate)));
    verdict(u"push >= 5,000 records/s"_s, pushRate >= 5000);

    // 2. The server at `records` records: the pushed rows copied with new ids, other senders and
    // earlier times until there are enough.
    say(u"filling the server to %1 records"_s.arg(records));
    QSqlQuery fill(team.db());
    const QString columns = u"started_at, environment, purpose, method, url, endpoint, target,"
                            " request_headers, request_body, request_size, http_status,"
                            " response_headers, response_body, response_size, duration_ms, kind,"
                            " failure, code, raw_code, server_msg, message_zh, message_en,"
                            " error_text, error_data"_s;
    for (int copy = 1; copy * pushRecords < records; ++copy) {
        const qint64 take = std::min(pushRecords, records - copy * pushRecords);
        const QString sql = u"INSERT INTO xlink_calls (record_id, sender, "_s + columns
            + u") SELECT gen_random_uuid(), 'dev-"_s + QString::number(copy % 7)
            + u"@team', started_at - interval '"_s + QString::number(copy) + u" days', "_s
            + columns.section(u',', 1) + u" FROM xlink_calls WHERE sender = 'bench@runner'"
            + u" ORDER BY id LIMIT "_s + QString::number(take);
        if (!fill.exec(sql)) {
            say(u"fill failed: "_s + fill.lastError().text());
            return 2;
        }
    }
    fill.exec(u"VACUUM ANALYZE xlink_calls"_s);
    fill.exec(u"SELECT count(*) FROM xlink_calls"_s);
    fill.next();
    say(u"server holds %1 records"_s.arg(fill.value(0).toLongLong()));

    const TeamQuery query(team.db());
    QList<std::pair<QString, TeamFilter>> filters;
    filters.append({ u"failures (default)"_s, TeamFilter() });
    TeamFilter code;
    code.log.codes = { 4031003 };
    filters.append({ u"code 4031003"_s, code });
    TeamFilter status;
    status.log.setStatusesFromText(u"5xx"_s);
    filters.append({ u"status 5xx"_s, status });
    TeamFilter sender;
    sender.senders = { u"dev-3@team"_s };
    filters.append({ u"sender dev-3@team"_s, sender });
    TeamFilter kind;
    kind.log.kinds = { CallRecord::Kind::Timeout };
    filters.append({ u"kind timeout"_s, kind });
    TeamFilter range;
    range.log.since = base.addDays(-3);
    range.log.until = base.addDays(-2);
    filters.append({ u"one day"_s, range });
    TeamFilter text;
    text.log.text = u"device"_s;
    filters.append({ u"text 'device'"_s, text });
    constexpr int pageRows = 50;
    say(u"first page of %1 rows, median of %2 runs (ms): console / psql"_s.arg(pageRows).arg(runs));
    for (const auto &[name, filter] : std::as_const(filters)) {
        QList<double> times;
        qsizetype rows = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = query.page(filter, 0, pageRows).size();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        QVariantList values;
        const QString where = filter.sql(&values);
        values << qint64(pageRows) << qint64(0);
        const QString sql = withLiterals(u"SELECT "_s + pageColumns + u" FROM xlink_calls WHERE "_s
                + where + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s,
            values);
        const double ours = median(times);
        const double psql = psqlMedian(server, db, sql, runs);
        say(u"  %1: %2 / %3 (%4 rows)"_s.arg(name)
                .arg(ours, 0, 'f', 2)
                .arg(psql, 0, 'f', 2)
                .arg(rows));
        if (parser.isSet(explainOption)) {
            QSqlQuery explain(team.db());
            explain.exec(u"EXPLAIN (ANALYZE, BUFFERS) "_s + sql);
            while (explain.next())
                say(u"      "_s + explain.value(0).toString());
            // Where the console's time goes: the driver's round trip alone (the rows stepped
            // through, no value read), and the plan of the prepared statement as the driver
            // runs it once PostgreSQL switches to a generic plan (after five executions).
            QString prepared = u"SELECT "_s + pageColumns + u" FROM xlink_calls WHERE "_s + where
                + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s;
            QSqlQuery raw(team.db());
            raw.setForwardOnly(true);
            raw.prepare(prepared);
            QList<double> trips;
            for (int run = 0; run < runs; ++run) {
                for (qsizetype i = 0; i < values.size(); ++i)
                    raw.bindValue(int(i), values.at(i));
                QElapsedTimer timer;
                timer.start();
                raw.exec();
                while (raw.next()) { }
                trips << double(timer.nsecsElapsed()) / 1e6;
            }
            QList<double> reads;
            for (int run = 0; run < runs; ++run) {
                for (qsizetype i = 0; i < values.size(); ++i)
                    raw.bindValue(int(i), values.at(i));
                QElapsedTimer timer;
                timer.start();
                raw.exec();
                while (raw.next()) {
                    for (int column = 0; column < 18; ++column)
                        raw.value(column);
                }
                reads << double(timer.nsecsElapsed()) / 1e6;
            }
            say(u"      driver round trip, rows not read: %1 ms; every value read: %2 ms"_s
                    .arg(median(trips), 0, 'f', 2)
                    .arg(median(reads), 0, 'f', 2));
            QStringList literals;
            for (const QVariant &value : std::as_const(values))
                literals << literal(value);
            for (int n = 1; prepared.contains(u'?'); ++n)
                prepared.replace(prepared.indexOf(u'?'), 1, u'$' + QString::number(n));
            explain.exec(u"SET plan_cache_mode = force_generic_plan"_s);
            explain.exec(u"PREPARE bench_generic AS "_s + prepared);
            explain.exec(
                u"EXPLAIN (ANALYZE) EXECUTE bench_generic ("_s + literals.join(u", "_s) + u')');
            say(u"      generic plan:"_s);
            while (explain.next())
                say(u"      "_s + explain.value(0).toString());
            explain.exec(u"DEALLOCATE bench_generic"_s);
            explain.exec(u"RESET plan_cache_mode"_s);
        }
        verdict(name + u": first page <= 100 ms"_s, ours <= 100);
        verdict(name + u": <= 2x psql"_s, psql > 0 && ours <= 2 * psql);
    }
    if (!query.lastError().isEmpty())
        say(u"query error: "_s + query.lastError());
    return failedTargets == 0 ? 0 : 1;
}
