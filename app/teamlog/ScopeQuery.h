#pragma once

#include "LogEntry.h"
#include "LogQuery.h"
#include "TeamFilter.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace xlink {

// The reads the failure-log page makes, whichever log it shows: this machine's (LogQuery, on
// the store's reader threads) or the team's (TeamQuery, on a PostgreSQL connection of its own
// thread). The same filter (the local log's, plus the senders, which only the team log has:
// this machine's log ignores them) and the same results, so one model serves both scopes.
// Used on the reading thread only.
class ScopeQuery
{
public:
    virtual ~ScopeQuery() = default;

    enum class GroupBy { Code, Endpoint, Environment, Sender };

    // The team log: rows carry their sender (LogEntry::sender).
    virtual bool isTeam() const = 0;
    virtual qint64 count(const TeamFilter &filter) const = 0;
    virtual qint64 countUpTo(const TeamFilter &filter, qint64 cap) const = 0;
    virtual QList<LogEntry> page(const TeamFilter &filter, qint64 offset, int limit) const = 0;
    virtual QList<LogEntry> pageAfter(
        const TeamFilter &filter, const LogQuery::Cursor &after, int limit) const = 0;
    virtual std::optional<LogQuery::PageKeys> pageKeys(
        const TeamFilter &filter, int pageSize, const std::function<bool()> &keepGoing) const = 0;
    virtual QList<qint64> ids(const TeamFilter &filter,
        const std::optional<LogQuery::Cursor> &after, qint64 skip, qint64 limit) const = 0;
    virtual std::optional<StoredCall> call(qint64 id) const = 0;
    // Largest first; calls without a platform code have no Code group.
    virtual QList<LogQuery::Count> countsBy(GroupBy key, const TeamFilter &filter) const = 0;
    virtual std::pair<QDateTime, QDateTime> timeRange(const TeamFilter &filter) const = 0;
    virtual QList<LogQuery::Bucket> timeBuckets(const TeamFilter &filter, const QDateTime &from,
        const QDateTime &to, int bucketCount) const = 0;
};

} // namespace xlink
