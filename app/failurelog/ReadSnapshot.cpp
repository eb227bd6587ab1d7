#include "ReadSnapshot.h"

#include "LogCategory.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xlink {

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    // A deferred BEGIN takes its snapshot at the first read: read at once, so the snapshot is
    // this moment's, not the moment of whichever statement comes first.
    if (!query.exec(QStringLiteral("BEGIN"))) {
        qCWarning(lcFailureLog) << "cannot begin a read transaction:" << query.lastError().text();
        return;
    }
    m_active = true;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        qCWarning(lcFailureLog) << "cannot read in a read transaction:" << query.lastError().text();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace xlink
