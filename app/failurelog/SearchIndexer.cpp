#include "SearchIndexer.h"

#include "LogDamage.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace xlink {

SearchIndexer::SearchIndexer(QSqlDatabase &db)
    : m_db(db)
    , m_index(db)
    , m_mark(db)
{ }

bool SearchIndexer::prepare(QString *error)
{
    if (m_prepared)
        return true;
    // Two statements and no round trip through Qt: this runs in every write transaction.
    if (!m_index.prepare(QStringLiteral(
            "INSERT INTO calls_search(rowid, target, server_msg, error_text, environment)"
            " SELECT id, target, server_msg, error_text, environment FROM calls"
            " WHERE id > (SELECT indexed_upto FROM search_state) ORDER BY id LIMIT ?"))) {
        *error = m_index.lastError().text();
        LogDamage::report(m_db, m_index.lastError());
        return false;
    }
    if (!m_mark.prepare(QStringLiteral(
            "UPDATE search_state SET indexed_upto = (SELECT max(id) FROM"
            " (SELECT id FROM calls WHERE id > indexed_upto ORDER BY id LIMIT ?))"))) {
        *error = m_mark.lastError().text();
        LogDamage::report(m_db, m_mark.lastError());
        return false;
    }
    m_prepared = true;
    return true;
}

qint64 SearchIndexer::indexPending(qint64 maxRows, QString *error)
{
    if (!prepare(error))
        return -1;
    m_index.addBindValue(maxRows);
    if (!m_index.exec()) {
        *error = m_index.lastError().text();
        LogDamage::report(m_db, m_index.lastError());
        return -1;
    }
    const qint64 indexed = m_index.numRowsAffected();
    if (indexed <= 0)
        return 0;
    m_mark.addBindValue(maxRows);
    if (!m_mark.exec()) {
        *error = m_mark.lastError().text();
        LogDamage::report(m_db, m_mark.lastError());
        return -1;
    }
    return indexed;
}

bool SearchIndexer::hasPending() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM calls"
                                     " WHERE id > (SELECT indexed_upto FROM search_state))"))
        && query.next() && query.value(0).toBool();
}

qint64 SearchIndexer::indexPendingInTransaction(qint64 maxRows, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin(error))
        return -1;
    const qint64 indexed = indexPending(maxRows, error);
    if (indexed < 0 || !transaction.commit(error))
        return -1;
    return indexed;
}

} // namespace xlink
