#pragma once

#include "ScopeQuery.h"
#include "TeamQuery.h"

namespace xlink {

// The team log as a ScopeQuery: TeamQuery's reads, run by the server (filters, keyset pages,
// group-by and bucket counts); each row carries its sender.
class TeamScopeQuery final : public ScopeQuery
{
public:
    explicit TeamScopeQuery(const TeamQuery &query)
        : m_query(query)
    { }

    bool isTeam() const override { return true; }
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
    const TeamQuery &m_query;
};

} // namespace xlink
