#include "LogQuery.h"

#include "HeaderCodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace xlink {

namespace {

const QString entryColumns = QStringLiteral(
    "id, started_at, environment, method, url, endpoint, http_status, code, kind, message_zh,"
    " message_en, server_msg, error_text, duration_ms, request_size, response_size");

LogEntry readEntry(const QSqlQuery &query)
{
    LogEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
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
    return entry;
}

// Columns after the entry's: purpose, request_headers, request_body, response_headers,
// response_body, raw_code.
StoredCall readCall(const QSqlQuery &query)
{
    StoredCall stored;
    stored.entry = readEntry(query);
    const LogEntry &e = stored.entry;
    CallRecord &call = stored.call;
    call.id = e.id;
    call.startedAt = e.time;
    call.environment = e.environment;
    call.purpose = CallRecord::purposeFromName(query.value(16).toString())
                       .value_or(CallRecord::Purpose::Request);
    call.method = e.method;
    call.url = QUrl(e.url);
    call.requestHeaders = HeaderCodec::decode(query.value(17).toString());
    call.requestBody = query.value(18).toByteArray();
    call.httpStatus = e.httpStatus;
    call.responseHeaders = HeaderCodec::decode(query.value(19).toString());
    call.responseBody = query.value(20).toByteArray();
    call.responseSize = e.responseSize;
    call.durationMs = e.durationMs;
    call.kind = e.kind;
    if (!query.isNull(21) || e.code) {
        PlatformError error;
        error.code = e.code.value_or(0);
        error.rawCode = query.value(21).toString();
        error.serverMessage = e.serverMessage;
        call.platformError = error;
    }
    call.errorText = e.errorText;
    return stored;
}

const QString callColumns = entryColumns
    + QStringLiteral(", purpose, request_headers, request_body, response_headers, response_body,"
                     " raw_code");

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

LogQuery::LogQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 LogQuery::count(const LogFilter &filter) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*) FROM calls WHERE " + where, values, &m_lastError)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<LogEntry> LogQuery::entries(const QString &sql, const QVariantList &values) const
{
    QList<LogEntry> result;
    QSqlQuery query(m_db);
    if (!run(query, sql, values, &m_lastError))
        return result;
    while (query.next())
        result.append(readEntry(query));
    return result;
}

QList<LogEntry> LogQuery::page(const LogFilter &filter, qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    values << limit << offset;
    return entries(u"SELECT " + entryColumns + u" FROM calls WHERE " + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
        values);
}

QList<LogEntry> LogQuery::pageAfter(const LogFilter &filter, const Cursor &after, int limit) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    const qint64 time = after.time.toMSecsSinceEpoch();
    values << time << time << after.id << limit;
    return entries(u"SELECT " + entryColumns + u" FROM calls WHERE " + where
            + u" AND (started_at < ? OR (started_at = ? AND id < ?))"
              u" ORDER BY started_at DESC, id DESC LIMIT ?",
        values);
}

std::optional<StoredCall> LogQuery::call(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT " + callColumns + u" FROM calls WHERE id = ?", { id }, &m_lastError)
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
            values, &m_lastError))
        return result;
    while (query.next())
        result.append({ query.value(0), query.value(1).toLongLong() });
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
            &m_lastError)
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
            values, &m_lastError))
        return buckets;
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index >= 0 && index < bucketCount)
            buckets[index].count += query.value(1).toLongLong();
    }
    return buckets;
}

bool LogQuery::forEach(const LogFilter &filter, bool oldestFirst,
    const std::function<bool(const StoredCall &)> &visit) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery query(m_db);
    const QString order = oldestFirst ? QStringLiteral(" ORDER BY started_at, id")
                                      : QStringLiteral(" ORDER BY started_at DESC, id DESC");
    if (!run(query, u"SELECT " + callColumns + u" FROM calls WHERE " + where + order, values,
            &m_lastError))
        return false;
    while (query.next()) {
        if (!visit(readCall(query)))
            break;
    }
    return true;
}

} // namespace xlink
