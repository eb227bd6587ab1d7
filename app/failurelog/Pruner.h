#pragma once

#include "LogSettings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace xlink {

// Applies the retention settings: failures beyond the newest N or older than D days go, and
// successes by their own (shorter) limits. Deletes in small transactions so the other writer
// (GUI or CLI) never waits long for the lock.
class Pruner final
{
public:
    explicit Pruner(QSqlDatabase &db);
    // Number of records deleted, or -1 with `error` set.
    qint64 prune(const LogSettings &settings, const QDateTime &now, QString *error);

private:
    qint64 pruneClass(
        bool failures, qint64 keepNewest, int days, const QDateTime &now, QString *error);
    qint64 deleteWhere(const QString &where, const QVariantList &values, QString *error);

    QSqlDatabase &m_db;
};

} // namespace xlink
