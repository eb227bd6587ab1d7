#include "SqlTransaction.h"

#include "LogDamage.h"
#include "LogDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace xlink {

using namespace Qt::StringLiterals;

namespace {
bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), including their extended codes.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}
} // namespace

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool SqlTransaction::begin(QString *error)
{
    if (m_wait == Wait::Briefly) {
        QSqlQuery(m_db).exec(u"PRAGMA busy_timeout=%1"_s.arg(briefWaitMs));
        QSqlQuery query(m_db);
        const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery(m_db).exec(u"PRAGMA busy_timeout=%1"_s.arg(LogDatabase::busyTimeoutMs));
        if (!begun) {
            *error = query.lastError().text();
            m_lockedOut = isBusy(query.lastError());
            if (!m_lockedOut)
                LogDamage::report(m_db, query.lastError());
        }
        m_open = begun;
        return begun;
    }
    // The busy timeout already waits; a few retries more cover a writer holding the lock
    // longer than that (a large prune in another process).
    for (int attempt = 0; attempt < 5; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_open = true;
            return true;
        }
        if (!isBusy(query.lastError())) {
            *error = query.lastError().text();
            LogDamage::report(m_db, query.lastError());
            return false;
        }
        *error = query.lastError().text();
        QThread::msleep(50 * (attempt + 1));
    }
    m_lockedOut = true;
    return false;
}

bool SqlTransaction::commit(QString *error)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return true;
        }
        *error = query.lastError().text();
        if (!isBusy(query.lastError())) {
            LogDamage::report(m_db, query.lastError());
            return false;
        }
        QThread::msleep(50 * (attempt + 1));
    }
    m_lockedOut = true;
    return false;
}

} // namespace xlink
