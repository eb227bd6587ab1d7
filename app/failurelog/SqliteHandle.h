#pragma once

#include <QSqlError>

class QSqlDatabase;
struct sqlite3;

namespace xlink {

// SQLite's own handle of a Qt SQL connection (QSQLITE), for the few paths where Qt SQL's
// per-value layer costs more than the work itself (the batched insert, streamed exports).
class SqliteHandle final
{
public:
    // Null when `db` is not an open SQLite connection.
    static sqlite3 *of(const QSqlDatabase &db);
    // The connection's last error as Qt SQL reports one (LogDamage reads its native code).
    static QSqlError lastError(sqlite3 *handle);
};

} // namespace xlink
