#pragma once

#include <QSqlDatabase>
#include <QString>

namespace xlink {

// A write transaction taken with BEGIN IMMEDIATE, so two processes queue on the busy timeout
// instead of failing when a read lock cannot be upgraded; rolled back unless committed.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
    { }
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace xlink
