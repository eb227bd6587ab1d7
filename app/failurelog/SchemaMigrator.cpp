#include "SchemaMigrator.h"

#include "EndpointTemplate.h"
#include "LogCategory.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace xlink {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + u" (" + sql.left(80) + u')';
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

// The first schema, exactly as it shipped: never edit, add a step instead.
bool toVersion1(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE calls ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " started_at INTEGER NOT NULL,"
                           " environment TEXT NOT NULL DEFAULT '',"
                           " purpose TEXT NOT NULL DEFAULT 'request',"
                           " method TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " request_headers TEXT NOT NULL DEFAULT '[]',"
                           " request_body BLOB,"
                           " request_size INTEGER NOT NULL DEFAULT 0,"
                           " http_status INTEGER,"
                           " response_headers TEXT NOT NULL DEFAULT '[]',"
                           " response_body BLOB,"
                           " response_size INTEGER NOT NULL DEFAULT 0,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " kind TEXT NOT NULL,"
                           " failure INTEGER NOT NULL,"
                           " code INTEGER,"
                           " raw_code TEXT,"
                           " server_msg TEXT,"
                           " message_zh TEXT,"
                           " message_en TEXT,"
                           " error_text TEXT)"),
            QStringLiteral("CREATE INDEX calls_failure_time ON calls(failure, started_at)"),
            QStringLiteral("CREATE INDEX calls_failure_code ON calls(failure, code)"),
        },
        error);
}

bool toVersion2(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
            {
                QStringLiteral("ALTER TABLE calls ADD COLUMN endpoint TEXT NOT NULL DEFAULT ''"),
                // What text search reads of the URL: path and query, without the scheme and
                // host that every call to an environment shares (a third of the index's cost).
                QStringLiteral("ALTER TABLE calls ADD COLUMN target TEXT NOT NULL DEFAULT ''"),
                // Every filter's index ends with the time, so a filtered page comes out in
                // order without sorting.
                QStringLiteral("DROP INDEX calls_failure_code"),
                QStringLiteral("CREATE INDEX calls_time ON calls(started_at)"),
                QStringLiteral(
                    "CREATE INDEX calls_failure_code ON calls(failure, code, started_at)"),
                QStringLiteral(
                    "CREATE INDEX calls_failure_status ON calls(failure, http_status, started_at)"),
                QStringLiteral(
                    "CREATE INDEX calls_failure_endpoint ON calls(failure, endpoint, started_at)"),
                QStringLiteral("CREATE INDEX calls_failure_environment"
                               " ON calls(failure, environment, started_at)"),
                QStringLiteral(
                    "CREATE INDEX calls_failure_kind ON calls(failure, kind, started_at)"),
                QStringLiteral(
                    "CREATE VIRTUAL TABLE calls_search USING fts5("
                    "target, server_msg, error_text, message_zh, message_en, environment,"
                    " content='calls', content_rowid='id', tokenize='trigram')"),
                QStringLiteral("CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN"
                               " INSERT INTO calls_search(rowid, target, server_msg, error_text,"
                               " message_zh, message_en, environment) VALUES (new.id, new.target,"
                               " new.server_msg, new.error_text, new.message_zh, new.message_en,"
                               " new.environment); END"),
                QStringLiteral("CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN"
                               " INSERT INTO calls_search(calls_search, rowid, target, server_msg,"
                               " error_text, message_zh, message_en, environment) VALUES"
                               " ('delete', old.id, old.target, old.server_msg, old.error_text,"
                               " old.message_zh, old.message_en, old.environment); END"),
            },
            error))
        return false;

    // Backfill the endpoint and search target of the rows the first schema stored.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, url FROM calls"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE calls SET endpoint = ?, target = ? WHERE id = ?"));
    while (select.next()) {
        const QUrl url(select.value(1).toString());
        update.addBindValue(EndpointTemplate::of(url));
        update.addBindValue(EndpointTemplate::target(url));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return exec(
        db, QStringLiteral("INSERT INTO calls_search(calls_search) VALUES('rebuild')"), error);
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(u"PRAGMA table_info(" + table + u')');
    while (*ok && query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

// Version 2 was changed once during development (3fde59e: the search index reads the URL's
// path and query from a new `target` column instead of the whole URL). A file created before
// that says version 2 but has no `target` column, so every insert failed. Repair such a file in
// place: add and backfill the column; the search index is rebuilt by the next step.
bool repairEarlyVersion2(QSqlDatabase &db, QString *error)
{
    bool ok = false;
    if (hasColumn(db, QStringLiteral("calls"), QStringLiteral("target"), &ok))
        return true;
    if (!ok) {
        *error = QStringLiteral("cannot read the columns of the calls table");
        return false;
    }
    qCInfo(lcFailureLog) << "repairing a failure log created by an early version 2 schema";
    if (!exec(db, QStringLiteral("ALTER TABLE calls ADD COLUMN target TEXT NOT NULL DEFAULT ''"),
            error))
        return false;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, url FROM calls"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE calls SET target = ? WHERE id = ?"));
    while (select.next()) {
        update.addBindValue(EndpointTemplate::target(QUrl(select.value(1).toString())));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    // The early index read the whole URL: drop it with its triggers (the next step builds
    // the current one from the table, which holds everything).
    return execAll(db,
        { QStringLiteral("DROP TRIGGER IF EXISTS calls_search_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS calls_search_delete"),
            QStringLiteral("DROP TABLE IF EXISTS calls_search") },
        error);
}

// Version 3: the search index is written by the inserter, one statement per batch, instead of
// by a trigger per row. Inside a multi-row transaction, each statement that fires a trigger
// writing to FTS5 opens a statement savepoint, and FTS5 flushes its pending terms to a new
// segment at every savepoint: one segment per row, then merged again and again (5x the cost
// of the whole insert). `search_state.indexed_upto` is the highest id in the index; rows above
// it (written by an older build, or not yet indexed) are found by a scan, and the delete
// trigger only removes rows the index holds.
bool toVersion3(QSqlDatabase &db, QString *error)
{
    if (!repairEarlyVersion2(db, error))
        return false;
    QSqlQuery present(db);
    if (!present.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'calls_search'"))
        || !present.next()) {
        *error = present.lastError().text();
        return false;
    }
    const bool indexKept = present.value(0).toInt() == 1;
    present.finish();
    return execAll(db,
        {
            QStringLiteral("DROP TRIGGER IF EXISTS calls_search_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS calls_search_delete"),
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS calls_search USING fts5("
                           "target, server_msg, error_text, message_zh, message_en, environment,"
                           " content='calls', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TABLE search_state (indexed_upto INTEGER NOT NULL)"),
            // The version 2 trigger indexed every row as it was written.
            indexKept ? QStringLiteral("INSERT INTO search_state (indexed_upto)"
                                       " SELECT coalesce(max(id), 0) FROM calls")
                      : QStringLiteral("INSERT INTO search_state (indexed_upto) VALUES (0)"),
            QStringLiteral("CREATE TRIGGER calls_search_delete AFTER DELETE ON calls"
                           " WHEN old.id <= (SELECT indexed_upto FROM search_state) BEGIN"
                           " INSERT INTO calls_search(calls_search, rowid, target, server_msg,"
                           " error_text, message_zh, message_en, environment) VALUES"
                           " ('delete', old.id, old.target, old.server_msg, old.error_text,"
                           " old.message_zh, old.message_en, old.environment); END"),
        },
        error);
}

// Version 4: a call the user cancelled is a kind of its own ("cancelled"), not a failure.
// Earlier builds stored it as a network failure whose text was "Cancelled." in the language of
// the moment; only kind and failure change, so the search index (which holds neither) stays.
bool toVersion4(QSqlDatabase &db, QString *error)
{
    return exec(db,
        QStringLiteral("UPDATE calls SET kind = 'cancelled', failure = 0"
                       " WHERE kind = 'network' AND http_status IS NULL"
                       " AND error_text IN ('Cancelled.', '已取消。')"),
        error);
}

// Version 5: why a call failed, as data (a JSON object; see FailureText), beside error_text,
// which from now on holds only the technical detail. Older rows keep their sentence there and
// no data, and are shown as they were stored.
bool toVersion5(QSqlDatabase &db, QString *error)
{
    return exec(db, QStringLiteral("ALTER TABLE calls ADD COLUMN error_data TEXT"), error);
}

// Version 6: the search index leaves out the descriptions (message_zh, message_en). They come
// from the catalogue, the same few texts for every call of a code or kind, yet were two fifths
// of what the index cost per insert. call_messages keeps each description once, with the code
// (0: none) or the kind it describes; a search finds the rows of the codes and kinds whose
// description matches through their indexes (LogFilter::sql). The index is rebuilt without
// those columns for the rows it held, so `indexed_upto` keeps its meaning.
bool toVersion6(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral("DROP TRIGGER IF EXISTS calls_search_delete"),
            QStringLiteral("DROP TABLE IF EXISTS calls_search"),
            QStringLiteral("CREATE VIRTUAL TABLE calls_search USING fts5("
                           "target, server_msg, error_text, environment,"
                           " content='calls', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO calls_search(rowid, target, server_msg, error_text,"
                           " environment) SELECT id, target, server_msg, error_text, environment"
                           " FROM calls WHERE id <= (SELECT indexed_upto FROM search_state)"),
            QStringLiteral("CREATE TRIGGER calls_search_delete AFTER DELETE ON calls"
                           " WHEN old.id <= (SELECT indexed_upto FROM search_state) BEGIN"
                           " INSERT INTO calls_search(calls_search, rowid, target, server_msg,"
                           " error_text, environment) VALUES ('delete', old.id, old.target,"
                           " old.server_msg, old.error_text, old.environment); END"),
            QStringLiteral("CREATE TABLE call_messages (code INTEGER NOT NULL, kind TEXT NOT NULL,"
                           " message_zh TEXT NOT NULL, message_en TEXT NOT NULL,"
                           " UNIQUE (code, kind, message_zh, message_en))"),
            QStringLiteral(
                "INSERT OR IGNORE INTO call_messages (code, kind, message_zh, message_en)"
                " SELECT DISTINCT coalesce(code, 0), kind, coalesce(message_zh, ''),"
                " coalesce(message_en, '') FROM calls"
                " WHERE coalesce(message_zh, '') != '' OR coalesce(message_en, '') != ''"),
        },
        error);
}

// Version 7: the team log's outbox. Every call stored from now on is also queued for the team
// log (RecordInserter, one statement per batch) with a random 128-bit record id that the
// server keeps unique, so a batch sent again after a lost acknowledgement adds nothing. The
// pusher (xlink_teamlog's TeamPush) removes a row only once the server committed it. A call
// the retention removes leaves the queue with it. Calls stored before stay local.
bool toVersion7(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE team_outbox (call_id INTEGER PRIMARY KEY,"
                           " record_id TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER team_outbox_forget AFTER DELETE ON calls BEGIN"
                           " DELETE FROM team_outbox WHERE call_id = old.id; END"),
        },
        error);
}

using Step = bool (*)(QSqlDatabase &, QString *);
constexpr Step steps[]
    = { toVersion1, toVersion2, toVersion3, toVersion4, toVersion5, toVersion6, toVersion7 };
static_assert(std::size(steps) == SchemaMigrator::currentVersion);

} // namespace

int SchemaMigrator::version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(QSqlDatabase &db, QString *error)
{
    return migrateTo(db, currentVersion, error);
}

bool SchemaMigrator::migrateTo(QSqlDatabase &db, int target, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (version(db, &message) >= target)
        return true;
    SqlTransaction transaction(db);
    if (!transaction.begin(&message))
        return false;
    // Re-read inside the write lock: another process may have migrated meanwhile.
    int current = version(db, &message);
    if (current < 0)
        return false;
    if (current == 0
        && !exec(
            db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), &message))
        return false;
    for (int next = current + 1; next <= target; ++next) {
        if (!steps[next - 1](db, &message)) {
            message = QStringLiteral("schema step %1: ").arg(next) + message;
            return false;
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        record.addBindValue(next);
        if (!record.exec()) {
            message = record.lastError().text();
            return false;
        }
        qCDebug(lcFailureLog) << "failure log schema migrated to version" << next;
    }
    return transaction.commit(&message);
}

} // namespace xlink
