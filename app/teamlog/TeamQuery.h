#pragma once

#include "TeamEntry.h"
#include "TeamFilter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
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

    qint64 count(const TeamFilter &filter) const;
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

    QString lastError() const { return m_lastError; }

private:
    QList<TeamEntry> entries(const QString &sql, const QVariantList &values) const;
    // Runs `sql` with `values` on its prepared statement; nullptr (lastError set) on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values) const;

    static constexpr qsizetype maxStatements = 64;
    QSqlDatabase m_db;
    // Prepared statements by SQL text, shared by copies of this object (same connection).
    std::shared_ptr<QHash<QString, std::shared_ptr<QSqlQuery>>> m_statements;
    mutable QString m_lastError;
};

} // namespace xlink
