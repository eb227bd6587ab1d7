#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace xlink {

// Adds the rows written since the last time to the trigram search index, in one statement (so
// FTS5 writes one segment for the whole batch; see SchemaMigrator's version 3). Rows above
// `search_state.indexed_upto` are the ones not indexed yet: LogFilter finds them by a scan, so
// a search is complete before they are indexed.
class SearchIndexer final
{
public:
    explicit SearchIndexer(QSqlDatabase &db);

    // Indexes up to `maxRows` of the oldest unindexed rows, inside the caller's write
    // transaction. The number indexed, or -1 with `error` set.
    qint64 indexPending(qint64 maxRows, QString *error);
    // Whether any row waits to be indexed (false when that cannot be read).
    bool hasPending() const;
    // The same in its own write transaction (for a background catch-up between writes).
    qint64 indexPendingInTransaction(qint64 maxRows, QString *error);

private:
    bool prepare(QString *error);

    QSqlDatabase &m_db;
    // Prepared once and reused: a writer indexes in every transaction.
    QSqlQuery m_index;
    QSqlQuery m_mark;
    bool m_prepared = false;
};

} // namespace xlink
