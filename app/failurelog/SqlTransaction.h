#pragma once

#include <QSqlDatabase>
#include <QString>

namespace xlink {

// A write transaction taken with BEGIN IMMEDIATE, so two processes queue on the busy timeout
// instead of failing when a read lock cannot be upgraded; rolled back unless committed.
class SqlTransaction final
{
public:
    // Patient: waits out another writer (the busy timeout, retried: up to ~25 s). Briefly: one
    // short wait, for a caller that keeps the records elsewhere when the log stays locked.
    enum class Wait { Patient, Briefly };
    static constexpr int briefWaitMs = 200;

    explicit SqlTransaction(QSqlDatabase &db, Wait wait = Wait::Patient)
        : m_db(db)
        , m_wait(wait)
    { }
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool begin(QString *error);
    bool commit(QString *error);
    // After a failed begin() or commit(): another connection held the lock throughout.
    bool lockedOut() const { return m_lockedOut; }

private:
    QSqlDatabase &m_db;
    Wait m_wait;
    bool m_open = false;
    bool m_lockedOut = false;
};

} // namespace xlink
