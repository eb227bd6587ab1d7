#include "LogDamage.h"

#include "LogCategory.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace xlink {

Q_GLOBAL_STATIC(LogDamage, damageHub)

namespace {
QAtomicInteger<quint64> reports;
}

bool LogDamage::isDamage(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

bool LogDamage::report(const QSqlDatabase &db, const QSqlError &error)
{
    if (!isDamage(error))
        return false;
    const QString path = QFileInfo(db.databaseName()).absoluteFilePath();
    qCWarning(lcFailureLog) << "the failure log" << path << "is damaged:" << error.text();
    const quint64 report = ++reports;
    if (LogDamage *hub = damageHub())
        Q_EMIT hub->found(path, error.text(), report);
    return true;
}

quint64 LogDamage::reportCount()
{
    return reports.loadAcquire();
}

LogDamage *LogDamage::instance()
{
    return damageHub();
}

} // namespace xlink
