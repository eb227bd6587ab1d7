#include "TeamQuery.h"

#include "LogQuery.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// The time as milliseconds since the epoch (what the local log keeps, and all a record's time
// holds): the driver would otherwise parse each timestamp's text into a QDateTime, which cost
// as much as the rest of the row.
const QString entryColumns = u"id, (extract(epoch FROM started_at) * 1000)::bigint, environment, "
                             u"method, url, endpoint, http_status,"
                             " code, kind, message_zh, message_en, server_msg, error_text,"
                             " duration_ms, request_size, response_size, error_data, sender"_s;
const QString callColumns = entryColumns
    + u", purpose, request_headers, request_body, response_headers, response_body, raw_code"_s;

TeamEntry readEntry(const QSqlQuery &query)
{
    TeamEntry row;
    row.entry = LogQuery::entryFromRow(query);
    row.entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    row.sender = query.value(17).toString();
    row.entry.sender = row.sender;
    return row;
}

TeamCall readCall(const QSqlQuery &query)
{
    const TeamEntry row = readEntry(query);
    TeamCall result;
    result.sender = row.sender;
    result.stored = LogQuery::callFromRow(query, row.entry, 18);
    return result;
}

const QStringList &groupColumns()
{
    static const QStringList columns
        = { u"code"_s, u"endpoint"_s, u"http_status"_s, u"environment"_s, u"kind"_s, u"sender"_s };
    return columns;
}

} // namespace

TeamQuery::TeamQuery(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_shared<QHash<QString, std::shared_ptr<QSqlQuery>>>())
{ }

QSqlQuery *TeamQuery::run(const QString &sql, const QVariantList &values) const
{
    // Each statement is prepared once per connection and kept: Qt's driver prepares with a
    // round trip of its own and deallocates with another, which would triple a page's cost.
    // A connection that broke is closed in the driver's eyes, and QSqlQuery then refuses to
    // prepare or run without setting any error: say what happened, or the outage reads as an
    // empty answer.
    if (!m_db.isOpen()) {
        m_lastError
            = QSqlError(QString(), u"no connection to the server"_s, QSqlError::ConnectionError);
        m_statements->clear();
        return nullptr;
    }
    std::shared_ptr<QSqlQuery> &query = (*m_statements)[sql];
    if (!query) {
        if (m_statements->size() > maxStatements) {
            m_statements->clear();
            return run(sql, values);
        }
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_lastError = query->lastError();
            m_statements->remove(sql);
            return nullptr;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        m_lastError = query->lastError();
        // A connection that broke leaves its statements unusable: prepare them again.
        m_statements->remove(sql);
        return nullptr;
    }
    m_lastError = QSqlError();
    return query.get();
}

QList<TeamEntry> TeamQuery::entries(const QString &sql, const QVariantList &values) const
{
    QList<TeamEntry> result;
    QSqlQuery *query = run(sql, values);
    if (!query)
        return result;
    while (query->next())
        result.append(readEntry(*query));
    query->finish();
    return result;
}

qint64 TeamQuery::count(const TeamFilter &filter) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery *query = run(u"SELECT count(*) FROM xlink_calls WHERE "_s + where, values);
    if (!query || !query->next())
        return 0;
    const qint64 count = query->value(0).toLongLong();
    query->finish();
    return count;
}

TeamConnectionError TeamQuery::lastFailure() const
{
    if (!m_lastError.isValid())
        return {};
    return TeamConnectionError::classify(m_lastError);
}

qint64 TeamQuery::countUpTo(const TeamFilter &filter, qint64 cap) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    values << cap + 1;
    QSqlQuery *query = run(
        u"SELECT count(*) FROM (SELECT 1 FROM xlink_calls WHERE "_s + where + u" LIMIT ?) AS s"_s,
        values);
    if (!query || !query->next())
        return 0;
    const qint64 count = query->value(0).toLongLong();
    query->finish();
    return count;
}

std::optional<TeamQuery::PageKeys> TeamQuery::pageKeys(const TeamFilter &filter, int pageSize) const
{
    if (pageSize <= 0)
        return std::nullopt;
    QVariantList values;
    const QString where = filter.sql(&values);
    values << qint64(pageSize);
    // Numbered by the server in page order (the filter's index read backwards, ordering columns
    // only); the last row is kept too, for the exact count when no page is full.
    QSqlQuery *query = run(u"SELECT n, (extract(epoch FROM started_at) * 1000)::bigint, id, total"
                           " FROM (SELECT started_at, id,"
                           " row_number() OVER (ORDER BY started_at DESC, id DESC) AS n,"
                           " count(*) OVER () AS total FROM xlink_calls WHERE "_s
            + where + u") AS s WHERE n % ? = 0 OR n = total ORDER BY n"_s,
        values);
    if (!query)
        return std::nullopt;
    PageKeys keys;
    while (query->next()) {
        keys.count = query->value(3).toLongLong();
        if (query->value(0).toLongLong() % pageSize == 0)
            keys.pageEnds.append(
                { QDateTime::fromMSecsSinceEpoch(query->value(1).toLongLong(), Qt::UTC),
                    query->value(2).toLongLong() });
    }
    if (query->lastError().isValid()) {
        m_lastError = query->lastError();
        return std::nullopt;
    }
    query->finish();
    return keys;
}

QList<qint64> TeamQuery::ids(
    const TeamFilter &filter, const std::optional<Cursor> &after, qint64 skip, qint64 limit) const
{
    QList<qint64> result;
    if (limit <= 0)
        return result;
    QVariantList values;
    QString where = filter.sql(&values);
    if (after) {
        where += u" AND (started_at, id) < (?::timestamptz, ?::bigint)"_s;
        values << after->time.toUTC() << after->id;
    }
    values << limit << qMax<qint64>(0, skip);
    QSqlQuery *query = run(u"SELECT id FROM xlink_calls WHERE "_s + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s,
        values);
    if (!query)
        return result;
    while (query->next())
        result.append(query->value(0).toLongLong());
    query->finish();
    return result;
}

QList<TeamQuery::Bucket> TeamQuery::timeBuckets(
    const TeamFilter &filter, const QDateTime &from, const QDateTime &to, int bucketCount) const
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
    TeamFilter ranged = filter;
    if (!ranged.log.since.isValid() || ranged.log.since < from)
        ranged.log.since = from;
    if (!ranged.log.until.isValid() || ranged.log.until > to)
        ranged.log.until = to;
    // Cut by the server, in exact arithmetic on milliseconds, as the local log cuts them.
    QVariantList values { start, width };
    const QString where = ranged.sql(&values);
    QSqlQuery *query = run(u"SELECT floor((extract(epoch FROM started_at) * 1000 - ?::numeric)"
                           " / ?::numeric)::bigint AS bucket, count(*) FROM xlink_calls WHERE "_s
            + where + u" GROUP BY 1"_s,
        values);
    if (!query)
        return buckets;
    while (query->next()) {
        const qint64 index = query->value(0).toLongLong();
        if (index >= 0 && index < bucketCount)
            buckets[index].count += query->value(1).toLongLong();
    }
    query->finish();
    return buckets;
}

QList<TeamEntry> TeamQuery::page(const TeamFilter &filter, qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    values << qint64(limit) << offset;
    return entries(u"SELECT "_s + entryColumns + u" FROM xlink_calls WHERE "_s + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s,
        values);
}

QList<TeamEntry> TeamQuery::pageAfter(
    const TeamFilter &filter, const Cursor &after, int limit) const
{
    QVariantList values;
    QString where = filter.sql(&values);
    // A row comparison: the index on (..., started_at, id) is read backwards from the key.
    where += u" AND (started_at, id) < (?::timestamptz, ?::bigint)"_s;
    values << after.time.toUTC() << after.id << qint64(limit);
    return entries(u"SELECT "_s + entryColumns + u" FROM xlink_calls WHERE "_s + where
            + u" ORDER BY started_at DESC, id DESC LIMIT ?"_s,
        values);
}

std::optional<TeamCall> TeamQuery::call(qint64 id) const
{
    QSqlQuery *query
        = run(u"SELECT "_s + callColumns + u" FROM xlink_calls WHERE id = ?"_s, { id });
    if (!query || !query->next())
        return std::nullopt;
    TeamCall call = readCall(*query);
    query->finish();
    return call;
}

QList<TeamQuery::Count> TeamQuery::countsBy(const QString &column, const TeamFilter &filter) const
{
    QList<Count> result;
    if (!groupColumns().contains(column))
        return result;
    const QString key = column == u"http_status" ? u"coalesce(http_status, 0)"_s : column;
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery *query = run(u"SELECT "_s + key + u" AS key, count(*) AS n FROM xlink_calls WHERE "_s
            + where + (column == u"code" ? u" AND code IS NOT NULL"_s : QString())
            + u" GROUP BY 1 ORDER BY n DESC, 1"_s,
        values);
    if (!query)
        return result;
    while (query->next())
        result.append({ query->value(0), query->value(1).toLongLong() });
    query->finish();
    return result;
}

qint64 TeamQuery::seenCount(int code) const
{
    TeamFilter filter;
    filter.log.codes = { code };
    return count(filter);
}

QHash<int, qint64> TeamQuery::seenCounts() const
{
    QHash<int, qint64> result;
    for (const Count &count : countsBy(u"code"_s, TeamFilter()))
        result.insert(count.key.toInt(), count.count);
    return result;
}

std::pair<QDateTime, QDateTime> TeamQuery::timeRange(const TeamFilter &filter) const
{
    QVariantList values;
    const QString where = filter.sql(&values);
    QSqlQuery *query
        = run(u"SELECT min(started_at), max(started_at) FROM xlink_calls WHERE "_s + where, values);
    if (!query || !query->next() || query->isNull(0))
        return {};
    const std::pair<QDateTime, QDateTime> range
        = { query->value(0).toDateTime().toUTC(), query->value(1).toDateTime().toUTC() };
    query->finish();
    return range;
}

bool TeamQuery::forEach(const TeamFilter &filter, bool oldestFirst,
    const std::function<bool(const TeamCall &)> &visit) const
{
    // In pages by keyset, so the server never holds a huge result for this connection and
    // memory stays bounded whatever the selection.
    constexpr int pageRows = 500;
    const QString order
        = oldestFirst ? u" ORDER BY started_at, id"_s : u" ORDER BY started_at DESC, id DESC"_s;
    const QString comparison = oldestFirst ? u">"_s : u"<"_s;
    std::optional<Cursor> after;
    for (;;) {
        QVariantList values;
        QString where = filter.sql(&values);
        if (after) {
            where += u" AND (started_at, id) "_s + comparison + u" (?::timestamptz, ?::bigint)"_s;
            values << after->time.toUTC() << after->id;
        }
        values << qint64(pageRows);
        QSqlQuery *query = run(u"SELECT "_s + callColumns + u" FROM xlink_calls WHERE "_s + where
                + order + u" LIMIT ?"_s,
            values);
        if (!query)
            return false;
        int rows = 0;
        // A page is read whole before the visitor runs: it may use this object again.
        QList<TeamCall> page;
        while (query->next())
            page.append(readCall(*query));
        if (query->lastError().isValid()) {
            m_lastError = query->lastError();
            return false;
        }
        query->finish();
        for (const TeamCall &call : std::as_const(page)) {
            ++rows;
            after = Cursor { call.stored.entry.time, call.stored.entry.id };
            if (!visit(call))
                return true;
        }
        if (rows < pageRows)
            return true;
    }
}

} // namespace xlink
