#include "LogQuery.h"

#include "HeaderCodec.h"
#include "LogDamage.h"
#include "SqliteHandle.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <sqlite3.h>

namespace xlink {

namespace {

const QString entryColumns = QStringLiteral(
    "id, started_at, environment, method, url, endpoint, http_status, code, kind, message_zh,"
    " message_en, server_msg, error_text, duration_ms, request_size, response_size, error_data");

LogEntry readEntry(const QSqlQuery &query)
{
    LogEntry entry = LogQuery::entryFromRow(query);
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    return entry;
}

StoredCall readCall(const QSqlQuery &query)
{
    return LogQuery::callFromRow(query, readEntry(query), 17);
}

// A text column's UTF-8 bytes as a string, as the stream read them before through Qt SQL
// (each column cast to a BLOB): NULL and empty text both give a null QString.
QString textAt(sqlite3_stmt *statement, int column)
{
    const int size = sqlite3_column_bytes(statement, column);
    if (size == 0)
        return QString();
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)), size);
}

QByteArray bytesAt(sqlite3_stmt *statement, int column)
{
    const void *data = sqlite3_column_blob(statement, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(statement, column));
}

bool isNullAt(sqlite3_stmt *statement, int column)
{
    return sqlite3_column_type(statement, column) == SQLITE_NULL;
}

// The same as readCall(const QSqlQuery &) over the same columns.
StoredCall readCall(sqlite3_stmt *row)
{
    StoredCall stored;
    LogEntry &entry = stored.entry;
    entry.id = sqlite3_column_int64(row, 0);
    entry.time = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(row, 1), Qt::UTC);
    entry.environment = textAt(row, 2);
    entry.method = textAt(row, 3).toLatin1();
    entry.url = textAt(row, 4);
    entry.endpoint = textAt(row, 5);
    entry.httpStatus = sqlite3_column_int(row, 6);
    if (!isNullAt(row, 7))
        entry.code = sqlite3_column_int(row, 7);
    entry.kind = CallRecord::kindFromName(textAt(row, 8)).value_or(CallRecord::Kind::Http);
    entry.zh = textAt(row, 9);
    entry.en = textAt(row, 10);
    entry.serverMessage = textAt(row, 11);
    entry.errorText = textAt(row, 12);
    entry.durationMs = sqlite3_column_int64(row, 13);
    entry.requestSize = sqlite3_column_int64(row, 14);
    entry.responseSize = sqlite3_column_int64(row, 15);
    if (!isNullAt(row, 16))
        entry.errorData = QJsonDocument::fromJson(bytesAt(row, 16)).object();
    const LogEntry &e = stored.entry;
    CallRecord &call = stored.call;
    call.id = e.id;
    call.startedAt = e.time;
    call.environment = e.environment;
    call.purpose
        = CallRecord::purposeFromName(textAt(row, 17)).value_or(CallRecord::Purpose::Request);
    call.method = e.method;
    call.url = QUrl(e.url);
    call.requestHeaders = HeaderCodec::decode(textAt(row, 18));
    call.requestBody = bytesAt(row, 19);
    call.httpStatus = e.httpStatus;
    call.responseHeaders = HeaderCodec::decode(textAt(row, 20));
    call.responseBody = bytesAt(row, 21);
    call.responseSize = e.responseSize;
    call.durationMs = e.durationMs;
    call.kind = e.kind;
    if (!isNullAt(row, 22) || e.code) {
        PlatformError error;
        error.code = e.code.value_or(0);
        error.rawCode = textAt(row, 22);
        error.serverMessage = e.serverMessage;
        call.platformError = error;
    }
    call.errorData = e.errorData;
    call.errorText = e.errorText;
    return stored;
}

// A filter's value as Qt SQL binds it: text as text, numbers as integers.
void bindValue(sqlite3_stmt *statement, int column, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, column);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, column, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, column, value.toDouble());
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(statement, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return;
    }
    }
}

const QString callColumns = entryColumns
    + QStringLiteral(", purpose, request_headers, request_body, response_headers, response_body,"
                     " raw_code");

template<typename Error>
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, Error *error,
    LogQuery::StatementLog *log)
{
    if (log)
        log->append({ sql, values });
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error->set(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        error->set(query.lastError());
        return false;
    }
    return true;
}

// Rows a scanned text page reads per row it wants: a text in at least one row in this many
// fills a page from the scan; a rarer one goes to the index.
constexpr int scanRowsPerMatch = 20;
constexpr int minScanRows = 2000;

// The scan tests the text with LIKE, which folds ASCII letters only; the index folds every
// script's. They agree when the needle has no letters with case outside ASCII.
bool likeAgreesWithIndex(const QString &needle)
{
    for (const QChar c : needle) {
        if (c.unicode() >= 0x80 && (c.toLower() != c || c.toUpper() != c))
            return false;
    }
    return true;
}

QString cursorClause(const LogQuery::Cursor &after, QVariantList *values)
{
    const qint64 time = after.time.toMSecsSinceEpoch();
    *values << time << time << time << after.id;
    // The first term is implied by the second, but with bound values the planner turns only a
    // plain range into an index seek: without it SQLite walks the index from the newest row
    // down to the key (25 ms at a depth of 400,000 rows instead of 0.4 ms).
    return QStringLiteral(
        " AND started_at <= ? AND (started_at < ? OR (started_at = ? AND id < ?))");
}

} // namespace

LogEntry LogQuery::entryFromRow(const QSqlQuery &query)
{
    LogEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.environment = query.value(2).toString();
    entry.method = query.value(3).toString().toLatin1();
    entry.url = query.value(4).toString();
    entry.endpoint = query.value(5).toString();
    entry.httpStatus = query.value(6).toInt();
    if (!query.isNull(7))
        entry.code = query.value(7).toInt();
    entry.kind
        = CallRecord::kindFromName(query.value(8).toString()).value_or(CallRecord::Kind::Http);
    entry.zh = query.value(9).toString();
    entry.en = query.value(10).toString();
    entry.serverMessage = query.value(11).toString();
    entry.errorText = query.value(12).toString();
    entry.durationMs = query.value(13).toLongLong();
    entry.requestSize = query.value(14).toLongLong();
    entry.responseSize = query.value(15).toLongLong();
    if (!query.isNull(16))
        entry.errorData = QJsonDocument::fromJson(query.value(16).toByteArray()).object();
    return entry;
}

StoredCall LogQuery::callFromRow(const QSqlQuery &query, const LogEntry &entry, int first)
{
    StoredCall stored;
    stored.entry = entry;
    const LogEntry &e = stored.entry;
    CallRecord &call = stored.call;
    call.id = e.id;
    call.startedAt = e.time;
    call.environment = e.environment;
    call.purpose = CallRecord::purposeFromName(query.value(first).toString())
                       .value_or(CallRecord::Purpose::Request);
    call.method = e.method;
    call.url = QUrl(e.url);
    call.requestHeaders = HeaderCodec::decode(query.value(first + 1).toString());
    call.requestBody = query.value(first + 2).toByteArray();
    call.httpStatus = e.httpStatus;
    call.responseHeaders = HeaderCodec::decode(query.value(first + 3).toString());
    call.responseBody = query.value(first + 4).toByteArray();
    call.responseSize = e.responseSize;
    call.durationMs = e.durationMs;
    call.kind = e.kind;
    if (!query.isNull(first + 5) || e.code) {
        PlatformError error;
        error.code = e.code.value_or(0);
        error.rawCode = query.value(first + 5).toString();
        error.serverMessage = e.serverMessage;
        call.platformError = error;
    }
    call.errorData = e.errorData;
    call.errorText = e.errorText;
    return stored;
}

LogQuery::LogQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_lastError.db = m_db;
}

void LogQuery::LastError::set(const QSqlError &error)
{
    text = error.text();
    damage = LogDamage::report(db, error);
}

bool LogQuery::LastError::check(const QSqlQuery &query)
{
    // A page that cannot be read shows on the step that reaches it, not on exec().
    if (!query.lastError().isValid())
        return true;
    set(query.lastError());
    return false;
}

void LogQuery::setStatementLog(StatementLog *log)
{
    m_statementLog = log;
}

qint64 LogQuery::count(const LogFilter &filter) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*) FROM calls WHERE " + where, values, &m_lastError,
            m_statementLog)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 LogQuery::countUpTo(const LogFilter &filter, qint64 cap) const
{
    const QString needle = filter.text.trimmed();
    QVariantList values;
    QString sql;
    if (needle.size() >= 3) {
        // Driven by the index, which yields matches one by one, so the count stops at the cap
        // (an `id IN (...)` list would collect every match first); plus the unindexed rows.
        LogFilter rest = filter;
        rest.text.clear();
        QString phrase = needle;
        phrase.replace(u'"', QStringLiteral("\"\""));
        values << QString(u'"' + phrase + u'"');
        const QString restWhere = rest.sql(&values);
        values << cap + 1;
        const QString tailWhere = rest.sql(&values);
        const QString like = LogFilter::likeClause(needle, &values);
        values << cap + 1;
        // The rows only a description matches (not in the index): each branch streams too.
        const QString described = LogFilter::describedMatches(
            needle, QStringLiteral("1"), [&rest](QVariantList *more) { return rest.sql(more); },
            &values);
        values << cap + 1;
        sql = u"SELECT (SELECT count(*) FROM (SELECT 1 FROM (SELECT rowid AS match_id FROM"
              u" calls_search WHERE calls_search MATCH ?) JOIN calls ON calls.id = match_id"
              u" WHERE "
            + restWhere + u" LIMIT ?)) + (SELECT count(*) FROM (SELECT 1 FROM calls WHERE "
            + tailWhere + u" AND id > (SELECT indexed_upto FROM search_state) AND " + like
            + u" LIMIT ?)) + (SELECT count(*) FROM (" + described + u" LIMIT ?))";
    } else {
        const QString where = filter.sql(&values);
        values << cap + 1;
        sql = u"SELECT count(*) FROM (SELECT 1 FROM calls WHERE " + where + u" LIMIT ?)";
    }
    QSqlQuery query(m_db);
    if (!run(query, sql, values, &m_lastError, m_statementLog) || !query.next())
        return 0;
    return std::min(query.value(0).toLongLong(), cap + 1);
}

std::optional<QList<LogEntry>> LogQuery::scannedTextPage(
    const LogFilter &filter, const Cursor *after, int limit) const
{
    const QString needle = filter.text.trimmed();
    if (needle.size() < 3 || limit <= 0 || !likeAgreesWithIndex(needle))
        return std::nullopt;
    LogFilter rest = filter;
    rest.text.clear();
    QVariantList values;
    QString where = rest.sql(&values);
    if (after)
        where += cursorClause(*after, &values);
    values << std::max(limit * scanRowsPerMatch, minScanRows);
    const QString like = LogFilter::likeClause(needle, &values);
    values << limit;
    QList<LogEntry> rows = entries(u"SELECT " + entryColumns + u" FROM (SELECT " + entryColumns
            + u", target FROM calls WHERE " + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ?) WHERE " + like
            + u" ORDER BY started_at DESC, id DESC LIMIT ?",
        values);
    if (rows.size() < limit)
        return std::nullopt;
    return rows;
}

QList<LogEntry> LogQuery::entries(const QString &sql, const QVariantList &values) const
{
    QList<LogEntry> result;
    QSqlQuery query(m_db);
    if (!run(query, sql, values, &m_lastError, m_statementLog))
        return result;
    while (query.next())
        result.append(readEntry(query));
    m_lastError.check(query);
    return result;
}

QList<LogEntry> LogQuery::page(const LogFilter &filter, qint64 offset, int limit) const
{
    if (offset == 0) {
        if (auto rows = scannedTextPage(filter, nullptr, limit))
            return *rows;
    }
    QVariantList values;
    const QString where = filter.sql(&values);
    values << limit << offset;
    return entries(u"SELECT " + entryColumns + u" FROM calls WHERE " + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
        values);
}

QList<LogEntry> LogQuery::pageAfter(const LogFilter &filter, const Cursor &after, int limit) const
{
    if (auto rows = scannedTextPage(filter, &after, limit))
        return *rows;
    QVariantList values;
    QString where = filter.sql(&values);
    where += cursorClause(after, &values);
    values << limit;
    return entries(u"SELECT " + entryColumns + u" FROM calls WHERE " + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ?",
        values);
}

std::optional<LogQuery::PageKeys> LogQuery::pageKeys(
    const LogFilter &filter, int pageSize, const std::function<bool()> &keepGoing) const
{
    if (pageSize <= 0)
        return std::nullopt;
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    // Only the ordering columns: each filter's index ends with the time (and the row id), so
    // the pass reads the index alone, never the rows.
    if (!run(query,
            u"SELECT started_at, id FROM calls WHERE " + where
                + u" ORDER BY started_at DESC, id DESC",
            values, &m_lastError, m_statementLog))
        return std::nullopt;
    PageKeys keys;
    // How often the pass asks whether it is still wanted: a few microseconds of rows.
    constexpr qint64 checkEvery = 4096;
    while (query.next()) {
        ++keys.count;
        if (keys.count % pageSize == 0) {
            keys.pageEnds.append(
                { QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                    query.value(1).toLongLong() });
        }
        if (keepGoing && keys.count % checkEvery == 0 && !keepGoing())
            return std::nullopt;
    }
    if (!m_lastError.check(query))
        return std::nullopt;
    return keys;
}

QList<qint64> LogQuery::ids(
    const LogFilter &filter, const std::optional<Cursor> &after, qint64 skip, qint64 limit) const
{
    QList<qint64> result;
    if (limit <= 0)
        return result;
    QVariantList values;
    QString where = filter.sql(&values);
    if (after)
        where += cursorClause(*after, &values);
    values << limit << qMax<qint64>(0, skip);
    QSqlQuery query(m_db);
    if (!run(query,
            u"SELECT id FROM calls WHERE " + where
                + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
            values, &m_lastError, m_statementLog))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

std::optional<StoredCall> LogQuery::call(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT " + callColumns + u" FROM calls WHERE id = ?", { id }, &m_lastError,
            m_statementLog)
        || !query.next())
        return std::nullopt;
    return readCall(query);
}

QList<LogQuery::Count> LogQuery::countsBy(const QString &column, const LogFilter &filter) const
{
    QList<Count> result;
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    if (!run(query,
            u"SELECT " + column + u", count(*) AS n FROM calls WHERE " + where + u" GROUP BY "
                + column + u" ORDER BY n DESC, " + column,
            values, &m_lastError, m_statementLog))
        return result;
    while (query.next())
        result.append({ query.value(0), query.value(1).toLongLong() });
    m_lastError.check(query);
    return result;
}

LogQuery::Breakdown LogQuery::breakdown(const LogFilter &filter) const
{
    Breakdown result;
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    // One row per combination, few even for many records; folded into each grouping below.
    if (!run(query,
            u"SELECT code, endpoint, coalesce(http_status, 0), kind, count(*), min(started_at),"
            u" max(started_at) FROM calls WHERE "
                + where + u" GROUP BY 1, 2, 3, 4",
            values, &m_lastError, m_statementLog))
        return result;
    QMap<qint64, qint64> codes;
    QMap<QByteArray, qint64> endpoints; // UTF-8: ordered as SQLite orders text
    QMap<qint64, qint64> statuses;
    QMap<QByteArray, qint64> kinds;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    while (query.next()) {
        const qint64 n = query.value(4).toLongLong();
        if (!query.isNull(0))
            codes[query.value(0).toLongLong()] += n;
        endpoints[query.value(1).toString().toUtf8()] += n;
        statuses[query.value(2).toLongLong()] += n;
        kinds[query.value(3).toString().toUtf8()] += n;
        result.total += n;
        from = std::min(from, query.value(5).toLongLong());
        to = std::max(to, query.value(6).toLongLong());
    }
    if (!m_lastError.check(query))
        return Breakdown();
    if (result.total > 0) {
        result.from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
        result.to = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    }
    // Largest first, then by key: ORDER BY n DESC, key. A stable sort of the key-ordered map.
    auto ordered = [](const auto &map, auto toKey) {
        QList<Count> counts;
        counts.reserve(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            counts.append({ toKey(it.key()), it.value() });
        std::stable_sort(counts.begin(), counts.end(),
            [](const Count &a, const Count &b) { return a.count > b.count; });
        return counts;
    };
    const auto number = [](qint64 key) { return QVariant(key); };
    const auto text = [](const QByteArray &key) { return QVariant(QString::fromUtf8(key)); };
    result.byCode = ordered(codes, number);
    result.byEndpoint = ordered(endpoints, text);
    result.byStatus = ordered(statuses, number);
    result.byKind = ordered(kinds, text);
    return result;
}

QList<LogQuery::Count> LogQuery::countsByCode(const LogFilter &filter) const
{
    LogFilter coded = filter;
    QList<Count> counts;
    for (Count &count : countsBy(QStringLiteral("code"), coded)) {
        if (!count.key.isNull())
            counts.append(count);
    }
    return counts;
}

QList<LogQuery::Count> LogQuery::countsByEndpoint(const LogFilter &filter) const
{
    return countsBy(QStringLiteral("endpoint"), filter);
}

QList<LogQuery::Count> LogQuery::countsByStatus(const LogFilter &filter) const
{
    QList<Count> counts = countsBy(QStringLiteral("coalesce(http_status, 0)"), filter);
    return counts;
}

QList<LogQuery::Count> LogQuery::countsByEnvironment(const LogFilter &filter) const
{
    return countsBy(QStringLiteral("environment"), filter);
}

QList<LogQuery::Count> LogQuery::countsByKind(const LogFilter &filter) const
{
    return countsBy(QStringLiteral("kind"), filter);
}

qint64 LogQuery::seenCount(int code) const
{
    LogFilter filter;
    filter.codes = { code };
    return count(filter);
}

QHash<int, qint64> LogQuery::seenCounts() const
{
    QHash<int, qint64> result;
    for (const Count &count : countsByCode(LogFilter()))
        result.insert(count.key.toInt(), count.count);
    return result;
}

std::pair<QDateTime, QDateTime> LogQuery::timeRange(const LogFilter &filter) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT min(started_at), max(started_at) FROM calls WHERE " + where, values,
            &m_lastError, m_statementLog)
        || !query.next() || query.isNull(0))
        return {};
    return { QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC) };
}

QList<LogQuery::Bucket> LogQuery::timeBuckets(
    const LogFilter &filter, const QDateTime &from, const QDateTime &to, int bucketCount) const
{
    QList<Bucket> buckets;
    if (!from.isValid() || !to.isValid() || bucketCount <= 0 || to <= from)
        return buckets;
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 span = to.toMSecsSinceEpoch() - start;
    const qint64 width = std::max<qint64>(1, (span + bucketCount - 1) / bucketCount);
    for (int i = 0; i < bucketCount; ++i) {
        buckets.append({ QDateTime::fromMSecsSinceEpoch(start + i * width, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(start + (i + 1) * width, Qt::UTC), 0 });
    }
    LogFilter ranged = filter;
    if (!ranged.since.isValid() || ranged.since < from)
        ranged.since = from;
    if (!ranged.until.isValid() || ranged.until > to)
        ranged.until = to;
    QVariantList values { start, width };
    const QString where = ranged.sql(&values);
    QSqlQuery query(m_db);
    if (!run(query,
            u"SELECT (started_at - ?) / ? AS bucket, count(*) FROM calls WHERE " + where
                + u" GROUP BY bucket",
            values, &m_lastError, m_statementLog))
        return buckets;
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index >= 0 && index < bucketCount)
            buckets[index].count += query.value(1).toLongLong();
    }
    m_lastError.check(query);
    return buckets;
}

bool LogQuery::forEach(const LogFilter &filter, bool oldestFirst,
    const std::function<bool(const StoredCall &)> &visit) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    const QString order = oldestFirst ? QStringLiteral(" ORDER BY started_at, id")
                                      : QStringLiteral(" ORDER BY started_at DESC, id DESC");
    const QString sql = u"SELECT " + callColumns + u" FROM calls WHERE " + where + order;
    if (m_statementLog)
        m_statementLog->append({ sql, values });
    // Read through SQLite's interface: Qt SQL's per-value layer (every column made a QVariant,
    // then converted again) was the largest part of an export after SQLite's own reading.
    sqlite3 *handle = SqliteHandle::of(m_db);
    if (!handle) {
        m_lastError.text = QStringLiteral("the failure log is not open");
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        m_lastError.set(SqliteHandle::lastError(handle));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i)
        bindValue(statement, i + 1, values.at(i));
    for (;;) {
        const int stepped = sqlite3_step(statement);
        if (stepped == SQLITE_DONE)
            return true;
        if (stepped != SQLITE_ROW) {
            // A report that stops at a damaged page must not pass for a whole one.
            m_lastError.set(SqliteHandle::lastError(handle));
            return false;
        }
        if (!visit(readCall(statement)))
            return true;
    }
}

} // namespace xlink
