#pragma once

#include "LogEntry.h"
#include "LogFilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace xlink {

// Read access to the log on one connection (the calling thread's). Everything a lazily
// fetching table model, its group-by panel, its chart and the code browser need. Rows come
// newest first (by time, then id). Each filter is served by an index ending with the time.
class LogQuery final
{
public:
    explicit LogQuery(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }

    // A row of the log's entry columns (id, started_at, environment, ... error_data, in that
    // order) from any database that keeps them, the team log's included; the time is left to
    // the caller, as each database stores it its own way.
    static LogEntry entryFromRow(const QSqlQuery &query);
    // The whole call: `entry` plus the columns from `first` on (purpose, request_headers,
    // request_body, response_headers, response_body, raw_code).
    static StoredCall callFromRow(const QSqlQuery &query, const LogEntry &entry, int first);

    struct Count
    {
        QVariant key; // code (int), endpoint/environment (QString), status (int, 0 = none)
        qint64 count = 0;
    };
    struct Bucket
    {
        QDateTime start; // inclusive
        QDateTime end; // exclusive
        qint64 count = 0;
    };
    // Position of a row for keyset paging: the last row of the previous page.
    struct Cursor
    {
        QDateTime time;
        qint64 id = 0;
        bool operator==(const Cursor &) const = default;
    };
    // Every page's last row, read in one pass over the filter's rows (and so their exact count,
    // from the same snapshot): a page at any depth is then read by keyset.
    struct PageKeys
    {
        qint64 count = 0;
        QList<Cursor> pageEnds; // pageEnds[p]: the last row of page p
    };

    qint64 count(const LogFilter &filter) const;
    // The count when it is at most `cap`, else cap + 1 ("more than cap"): what a view shows
    // at once while the exact count of a broad search (a lookup of every match) comes later.
    qint64 countUpTo(const LogFilter &filter, qint64 cap) const;
    // Offset paging: simple, fine for the first few thousand rows.
    QList<LogEntry> page(const LogFilter &filter, qint64 offset, int limit) const;
    // Keyset paging: constant time however deep the page (rows strictly after `after`).
    QList<LogEntry> pageAfter(const LogFilter &filter, const Cursor &after, int limit) const;
    // The keys of every page of `pageSize` rows. Stops (nullopt) as soon as `keepGoing` says
    // false: a reader thread gives up a long pass whose filter the user has already changed.
    std::optional<PageKeys> pageKeys(
        const LogFilter &filter, int pageSize, const std::function<bool()> &keepGoing = {}) const;
    std::optional<StoredCall> call(qint64 id) const;
    // Ids of `limit` rows from a position: `skip` rows past `after` (or past the first row
    // when there is no key), newest first. A selected range of rows, resolved without reading
    // the pages before it.
    QList<qint64> ids(const LogFilter &filter, const std::optional<Cursor> &after, qint64 skip,
        qint64 limit) const;

    // Group-by counts, largest first.
    QList<Count> countsByCode(const LogFilter &filter) const;
    QList<Count> countsByEndpoint(const LogFilter &filter) const;
    QList<Count> countsByStatus(const LogFilter &filter) const;
    QList<Count> countsByEnvironment(const LogFilter &filter) const;
    QList<Count> countsByKind(const LogFilter &filter) const;
    // What a report's summary counts, in one pass over the selected rows (each countsBy* and
    // count() alone reads every row again): the total, the time range, and the counts by code,
    // endpoint, status and kind, ordered as countsBy* orders them.
    struct Breakdown
    {
        qint64 total = 0;
        QDateTime from; // invalid when no row
        QDateTime to;
        QList<Count> byCode;
        QList<Count> byEndpoint;
        QList<Count> byStatus;
        QList<Count> byKind;
    };
    Breakdown breakdown(const LogFilter &filter) const;
    // "Seen N times in the failure log" for one code, and for every code at once.
    qint64 seenCount(int code) const;
    QHash<int, qint64> seenCounts() const;

    // Oldest and newest time among the selected rows (invalid when none).
    std::pair<QDateTime, QDateTime> timeRange(const LogFilter &filter) const;
    // `bucketCount` equal buckets covering [from, to) (empty buckets included), for a chart.
    QList<Bucket> timeBuckets(
        const LogFilter &filter, const QDateTime &from, const QDateTime &to, int bucketCount) const;

    // Streams full calls (headers, bodies) for exports without holding them all in memory.
    // `oldestFirst` for reports, which read in time order. Stop early by returning false.
    bool forEach(const LogFilter &filter, bool oldestFirst,
        const std::function<bool(const StoredCall &)> &visit) const;

    QString lastError() const { return m_lastError.text; }
    // The last error was SQLite finding the file damaged (also announced through LogDamage).
    bool foundDamage() const { return m_lastError.damage; }

    // Records every statement run and its values (the benchmark replays them through the
    // sqlite3 tool as its baseline). Not owned; nullptr stops.
    using StatementLog = QList<std::pair<QString, QVariantList>>;
    void setStatementLog(StatementLog *log);

private:
    QList<Count> countsBy(const QString &column, const LogFilter &filter) const;
    // A page of a broad text search without the index: the text is tested on the newest rows
    // of the other filters, in page order, until a page is full. nullopt when a bounded scan
    // does not fill it (a rarer text, which the index answers quickly).
    std::optional<QList<LogEntry>> scannedTextPage(
        const LogFilter &filter, const Cursor *after, int limit) const;
    QList<LogEntry> entries(const QString &sql, const QVariantList &values) const;

    // What a failed statement leaves; damage is reported to LogDamage as it is set.
    struct LastError
    {
        QSqlDatabase db;
        QString text;
        bool damage = false;
        void set(const QSqlError &error);
        // After stepping through rows: false (and set) when a step failed.
        bool check(const QSqlQuery &query);
    };

    QSqlDatabase m_db;
    mutable LastError m_lastError;
    StatementLog *m_statementLog = nullptr;
};

} // namespace xlink
