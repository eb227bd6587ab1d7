#pragma once

#include "ScopeQuery.h"

namespace xlink {

// This machine's log as a ScopeQuery: LogQuery's reads, the filter's senders ignored (a
// record of this machine's log has none; the page offers the sender filter in Team scope only).
class LocalScopeQuery final : public ScopeQuery
{
public:
    explicit LocalScopeQuery(const LogQuery &query)
        : m_query(query)
    { }

    bool isTeam() const override { return false; }
    qint64 count(const TeamFilter &filter) const override;
    qint64 countUpTo(const TeamFilter &filter, qint64 cap) const override;
    QList<LogEntry> page(const TeamFilter &filter, qint64 offset, int limit) const override;
    QList<LogEntry> pageAfter(
        const TeamFilter &filter, const LogQuery::Cursor &after, int limit) const override;
    std::optional<LogQuery::PageKeys> pageKeys(const TeamFilter &filter, int pageSize,
        const std::function<bool()> &keepGoing) const override;
    QList<qint64> ids(const TeamFilter &filter, const std::optional<LogQuery::Cursor> &after,
        qint64 skip, qint64 limit) const override;
    std::optional<StoredCall> call(qint64 id) const override;
    QList<LogQuery::Count> countsBy(GroupBy key, const TeamFilter &filter) const override;
    std::pair<QDateTime, QDateTime> timeRange(const TeamFilter &filter) const override;
    QList<LogQuery::Bucket> timeBuckets(const TeamFilter &filter, const QDateTime &from,
        const QDateTime &to, int bucketCount) const override;

private:
    const LogQuery &m_query;
};

} // namespace xlink
