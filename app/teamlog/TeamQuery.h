#pragma once

#include "TeamConnectionError.h"
#include "TeamEntry.h"
#include "TeamFilter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace xlink {

// Reads the team log on the server, as LogQuery reads the local one: the same filters (plus
// the sender) run as PostgreSQL's WHERE, pages newest first by keyset (time, id), counts and
// group-by counts computed by the server. Nothing is downloaded in bulk except by forEach(),
// which streams full calls for an export. On one connection (the calling thread's); destroy
// every copy before the connection is closed.
class TeamQuery final
{
public:
    explicit TeamQuery(QSqlDatabase db);

    struct Count
    {
        QVariant key;
        qint64 count = 0;
    };
    struct Cursor
    {
        QDateTime time;
        qint64 id = 0;
    };

    struct Bucket
    {
        QDateTime start; // inclusive
        QDateTime end; // exclusive
        qint64 count = 0;
    };
    // Every full page's last row, and the exact count, from one statement (one snapshot): a
    // page at any depth is then read by keyset. Only the keys leave the server.
    struct PageKeys
    {
        qint64 count = 0;
        QList<Cursor> pageEnds; // pageEnds[p]: the last row of page p
    };

    qint64 count(const TeamFilter &filter) const;
    // The count when it is at most `cap`, else cap + 1: the server stops counting there.
    qint64 countUpTo(const TeamFilter &filter, qint64 cap) const;
    std::optional<PageKeys> pageKeys(const TeamFilter &filter, int pageSize) const;
    // Ids of `limit` rows, `skip` rows past `after` (or from the top), newest first.
    QList<qint64> ids(const TeamFilter &filter, const std::optional<Cursor> &after, qint64 skip,
        qint64 limit) const;
    // `bucketCount` equal buckets covering [from, to), counted by the server (as
    // LogQuery::timeBuckets cuts them).
    QList<Bucket> timeBuckets(const TeamFilter &filter, const QDateTime &from, const QDateTime &to,
        int bucketCount) const;
    QList<TeamEntry> page(const TeamFilter &filter, qint64 offset, int limit) const;
    QList<TeamEntry> pageAfter(const TeamFilter &filter, const Cursor &after, int limit) const;
    std::optional<TeamCall> call(qint64 id) const;

    // Group-by counts, largest first. `column`: code, endpoint, http_status (0 for none),
    // environment, kind or sender.
    QList<Count> countsBy(const QString &column, const TeamFilter &filter) const;
    // "Seen N times in the team log" for one code, and for every code.
    qint64 seenCount(int code) const;
    QHash<int, qint64> seenCounts() const;
    std::pair<QDateTime, QDateTime> timeRange(const TeamFilter &filter) const;

    // Streams full calls, oldest first when `oldestFirst`; stop early by returning false.
    bool forEach(const TeamFilter &filter, bool oldestFirst,
        const std::function<bool(const TeamCall &)> &visit) const;

    QString lastError() const { return m_lastError.text(); }
    // The last statement's failure in the user's words (None when it succeeded).
    TeamConnectionError lastFailure() const;

private:
    QList<TeamEntry> entries(const QString &sql, const QVariantList &values) const;
    // Runs `sql` with `values` on its prepared statement; nullptr (lastError set) on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values) const;

    static constexpr qsizetype maxStatements = 64;
    QSqlDatabase m_db;
    // Prepared statements by SQL text, shared by copies of this object (same connection).
    std::shared_ptr<QHash<QString, std::shared_ptr<QSqlQuery>>> m_statements;
    mutable QSqlError m_lastError;
};

} // namespace xlink
