#include "LocalScopeQuery.h"

namespace xlink {

qint64 LocalScopeQuery::count(const TeamFilter &filter) const
{
    return m_query.count(filter.log);
}

qint64 LocalScopeQuery::countUpTo(const TeamFilter &filter, qint64 cap) const
{
    return m_query.countUpTo(filter.log, cap);
}

QList<LogEntry> LocalScopeQuery::page(const TeamFilter &filter, qint64 offset, int limit) const
{
    return m_query.page(filter.log, offset, limit);
}

QList<LogEntry> LocalScopeQuery::pageAfter(
    const TeamFilter &filter, const LogQuery::Cursor &after, int limit) const
{
    return m_query.pageAfter(filter.log, after, limit);
}

std::optional<LogQuery::PageKeys> LocalScopeQuery::pageKeys(
    const TeamFilter &filter, int pageSize, const std::function<bool()> &keepGoing) const
{
    return m_query.pageKeys(filter.log, pageSize, keepGoing);
}

QList<qint64> LocalScopeQuery::ids(const TeamFilter &filter,
    const std::optional<LogQuery::Cursor> &after, qint64 skip, qint64 limit) const
{
    return m_query.ids(filter.log, after, skip, limit);
}

std::optional<StoredCall> LocalScopeQuery::call(qint64 id) const
{
    return m_query.call(id);
}

QList<LogQuery::Count> LocalScopeQuery::countsBy(GroupBy key, const TeamFilter &filter) const
{
    switch (key) {
    case GroupBy::Code:
        return m_query.countsByCode(filter.log);
    case GroupBy::Endpoint:
        return m_query.countsByEndpoint(filter.log);
    case GroupBy::Environment:
        return m_query.countsByEnvironment(filter.log);
    case GroupBy::Sender:
        return {};
    }
    return {};
}

std::pair<QDateTime, QDateTime> LocalScopeQuery::timeRange(const TeamFilter &filter) const
{
    return m_query.timeRange(filter.log);
}

QList<LogQuery::Bucket> LocalScopeQuery::timeBuckets(
    const TeamFilter &filter, const QDateTime &from, const QDateTime &to, int bucketCount) const
{
    return m_query.timeBuckets(filter.log, from, to, bucketCount);
}

} // namespace xlink
