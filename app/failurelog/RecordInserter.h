#pragma once

#include "SearchIndexer.h"
#include "SqlTransaction.h"
#include "call/CallRecord.h"
#include "call/RedactedCall.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace xlink {

class ErrorCatalogue;

// Writes calls to the log in one transaction per batch. Each record is redacted first (again:
// redaction is idempotent, and nothing unredacted may reach the file even if a caller forgot),
// its bodies capped, its endpoint and zh/en description derived. Keep one per connection: its
// statements are prepared once. The rows are bound through SQLite's own interface on the
// connection's handle: Qt SQL's bind (a QVariant, a placeholder name made with QString::arg,
// UTF-16 converted again by SQLite) cost more than writing the row. Destroy it before the
// connection closes (its statements would keep the connection open).
class RecordInserter final
{
public:
    RecordInserter(QSqlDatabase &db, qint64 bodyCapBytes);
    ~RecordInserter();
    Q_DISABLE_COPY_MOVE(RecordInserter)

    void setBodyCap(qint64 bodyCapBytes) { m_bodyCap = bodyCapBytes; }
    // The catalogue that describes a record's code: the merged one (built-in plus the user's
    // imports, UserCatalogue::loadMerged) so that an imported code is not "unknown" in the log.
    // Without one, the built-in catalogue.
    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
    {
        m_catalogue = std::move(catalogue);
    }
    // False: a lock another process holds fails the batch after a short wait instead of ~25 s.
    void setWaitForLock(bool wait)
    {
        m_wait = wait ? SqlTransaction::Wait::Patient : SqlTransaction::Wait::Briefly;
    }

    // True for the console's writer thread, which indexes for search whenever its queue is
    // empty (StoreWriter::indexBacklog): its inserts leave the search index to that, so a burst
    // of calls is stored at the speed of the table and its indexes (FTS5 took a third of the
    // time of an insert). Until then a search finds the rows by a scan (LogFilter). Otherwise
    // (the CLI, a spill taken in) each insert indexes its rows in its own transaction.
    void setSearchIndexedByWriter(bool byWriter) { m_searchIndexedByWriter = byWriter; }

    // Ids in the order of `records`; empty with `error` set when the batch was not written.
    QList<qint64> insertRedacted(const QList<RedactedCall> &records, QString *error);
    // The same for records that come from elsewhere (a spill file read back, the team log's
    // rows, a test): each is redacted first, through RedactedCall.
    QList<qint64> insert(const QList<CallRecord> &records, QString *error);
    // After insert() returned nothing: another connection held the log locked throughout.
    bool lockedOut() const { return m_lockedOut; }

    // The row as stored, for a caller that wants it without a database (exports of unsaved
    // calls): capped and described. Exposed for tests.
    static CallRecord prepared(const RedactedCall &call, qint64 bodyCapBytes);

private:
    // A description as call_messages keeps it: the code it describes (0: none) and the kind.
    struct Description
    {
        int code = 0;
        QString kind;
        QString zh;
        QString en;
        bool operator==(const Description &) const = default;
        friend size_t qHash(const Description &d, size_t seed = 0)
        {
            return qHashMulti(seed, d.code, d.kind, d.zh, d.en);
        }
    };
    struct RowBytes;
    bool prepare(QString *error);
    // Binds `redacted` as the row whose first column is `base` + 1 in `statement`, `keep`
    // holding the bytes until it runs; a description not yet in call_messages is added to
    // `newDescriptions`.
    void bindRow(sqlite3_stmt *statement, int base, const RedactedCall &redacted, RowBytes &keep,
        QList<Description> &newDescriptions);
    void finalize();
    // `error` from the connection's last error; damage is reported (LogDamage).
    void fail(QString *error);
    bool writeDescriptions(const QList<Description> &descriptions, QString *error);

    QSqlDatabase &m_db;
    qint64 m_bodyCap;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    SqlTransaction::Wait m_wait = SqlTransaction::Wait::Patient;
    bool m_lockedOut = false;
    bool m_searchIndexedByWriter = false;
    sqlite3 *m_handle = nullptr; // what the statements were prepared on
    sqlite3_stmt *m_insert = nullptr; // one row
    sqlite3_stmt *m_insertMany = nullptr; // rowsPerStatement rows (RecordInserter.cpp)
    sqlite3_stmt *m_describe = nullptr;
    sqlite3_stmt *m_outbox = nullptr; // queues the batch for the team log (team_outbox)
    SearchIndexer m_indexer;
    // The descriptions this inserter knows call_messages to hold (search finds rows by them).
    QSet<Description> m_described;
};

} // namespace xlink
