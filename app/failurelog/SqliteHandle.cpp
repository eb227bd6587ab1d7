#include "SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace xlink {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError SqliteHandle::lastError(sqlite3 *handle)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
}

} // namespace xlink
