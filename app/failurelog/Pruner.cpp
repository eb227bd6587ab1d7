#include "Pruner.h"

#include "LogDamage.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xlink {

namespace {
constexpr int chunk = 2000;
}

Pruner::Pruner(QSqlDatabase &db)
    : m_db(db)
{ }

qint64 Pruner::deleteWhere(const QString &where, const QVariantList &values, QString *error)
{
    qint64 total = 0;
    for (;;) {
        SqlTransaction transaction(m_db);
        if (!transaction.begin(error))
            return -1;
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM calls WHERE id IN (SELECT id FROM calls WHERE " + where
            + u" LIMIT " + QString::number(chunk) + u')');
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = query.lastError().text();
            LogDamage::report(m_db, query.lastError());
            return -1;
        }
        const int deleted = query.numRowsAffected();
        if (!transaction.commit(error))
            return -1;
        total += deleted;
        if (deleted < chunk)
            return total;
    }
}

qint64 Pruner::pruneClass(
    bool failures, qint64 keepNewest, int days, const QDateTime &now, QString *error)
{
    qint64 total = 0;
    const int flag = failures ? 1 : 0;
    if (days > 0) {
        const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
        const qint64 n = deleteWhere(
            QStringLiteral("failure = ? AND started_at < ?"), { flag, cutoff }, error);
        if (n < 0)
            return -1;
        total += n;
    }
    if (keepNewest > 0) {
        // The time of the newest record that falls outside the limit: it and everything
        // older goes.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT started_at, id FROM calls WHERE failure = ?"
                                     " ORDER BY started_at DESC, id DESC LIMIT 1 OFFSET ?"));
        query.addBindValue(flag);
        query.addBindValue(keepNewest);
        if (!query.exec()) {
            *error = query.lastError().text();
            LogDamage::report(m_db, query.lastError());
            return -1;
        }
        if (query.next()) {
            const qint64 time = query.value(0).toLongLong();
            const qint64 id = query.value(1).toLongLong();
            query.finish();
            const qint64 n = deleteWhere(
                QStringLiteral("failure = ? AND (started_at < ? OR (started_at = ? AND id <= ?))"),
                { flag, time, time, id }, error);
            if (n < 0)
                return -1;
            total += n;
        }
    }
    return total;
}

qint64 Pruner::prune(const LogSettings &settings, const QDateTime &now, QString *error)
{
    const qint64 successes
        = pruneClass(false, settings.maxSuccesses, settings.successDays, now, error);
    if (successes < 0)
        return -1;
    const qint64 failures
        = pruneClass(true, settings.maxFailures, settings.failureDays, now, error);
    if (failures < 0)
        return -1;
    return successes + failures;
}

} // namespace xlink
