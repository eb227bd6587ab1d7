#include "TeamScopeQuery.h"

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QList<LogEntry> entriesOf(const QList<TeamEntry> &rows)
{
    QList<LogEntry> entries;
    entries.reserve(rows.size());
    for (const TeamEntry &row : rows)
        entries.append(row.entry);
    return entries;
}

TeamQuery::Cursor teamCursor(const LogQuery::Cursor &cursor)
{
    return { cursor.time, cursor.id };
}

} // namespace

qint64 TeamScopeQuery::count(const TeamFilter &filter) const
{
    return m_query.count(filter);
}

qint64 TeamScopeQuery::countUpTo(const TeamFilter &filter, qint64 cap) const
{
    return m_query.countUpTo(filter, cap);
}

QList<LogEntry> TeamScopeQuery::page(const TeamFilter &filter, qint64 offset, int limit) const
{
    return entriesOf(m_query.page(filter, offset, limit));
}

QList<LogEntry> TeamScopeQuery::pageAfter(
    const TeamFilter &filter, const LogQuery::Cursor &after, int limit) const
{
    return entriesOf(m_query.pageAfter(filter, teamCursor(after), limit));
}

std::optional<LogQuery::PageKeys> TeamScopeQuery::pageKeys(
    const TeamFilter &filter, int pageSize, const std::function<bool()> &) const
{
    // One statement on the server: nothing to stop between rows.
    const std::optional<TeamQuery::PageKeys> keys = m_query.pageKeys(filter, pageSize);
    if (!keys)
        return std::nullopt;
    LogQuery::PageKeys result;
    result.count = keys->count;
    result.pageEnds.reserve(keys->pageEnds.size());
    for (const TeamQuery::Cursor &end : keys->pageEnds)
        result.pageEnds.append({ end.time, end.id });
    return result;
}

QList<qint64> TeamScopeQuery::ids(const TeamFilter &filter,
    const std::optional<LogQuery::Cursor> &after, qint64 skip, qint64 limit) const
{
    std::optional<TeamQuery::Cursor> key;
    if (after)
        key = teamCursor(*after);
    return m_query.ids(filter, key, skip, limit);
}

std::optional<StoredCall> TeamScopeQuery::call(qint64 id) const
{
    std::optional<TeamCall> call = m_query.call(id);
    if (!call)
        return std::nullopt;
    call->stored.entry.sender = call->sender;
    return call->stored;
}

QList<LogQuery::Count> TeamScopeQuery::countsBy(GroupBy key, const TeamFilter &filter) const
{
    QString column;
    switch (key) {
    case GroupBy::Code:
        column = u"code"_s;
        break;
    case GroupBy::Endpoint:
        column = u"endpoint"_s;
        break;
    case GroupBy::Environment:
        column = u"environment"_s;
        break;
    case GroupBy::Sender:
        column = u"sender"_s;
        break;
    }
    QList<LogQuery::Count> result;
    for (const TeamQuery::Count &count : m_query.countsBy(column, filter))
        result.append({ count.key, count.count });
    return result;
}

std::pair<QDateTime, QDateTime> TeamScopeQuery::timeRange(const TeamFilter &filter) const
{
    return m_query.timeRange(filter);
}

QList<LogQuery::Bucket> TeamScopeQuery::timeBuckets(
    const TeamFilter &filter, const QDateTime &from, const QDateTime &to, int bucketCount) const
{
    QList<LogQuery::Bucket> result;
    for (const TeamQuery::Bucket &bucket : m_query.timeBuckets(filter, from, to, bucketCount))
        result.append({ bucket.start, bucket.end, bucket.count });
    return result;
}

} // namespace xlink
