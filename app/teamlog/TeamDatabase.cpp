#include "TeamDatabase.h"

#include "TeamLogCategory.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
QAtomicInteger<quint64> connectionCounter;
const QString driverName = u"QPSQL"_s;
} // namespace

TeamDatabase::TeamDatabase()
    : m_connectionName(
        u"xlink-teamlog-"_s + QString::number(connectionCounter.fetchAndAddOrdered(1)))
{ }

TeamDatabase::~TeamDatabase()
{
    close();
}

bool TeamDatabase::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(driverName);
}

TeamConnectionError TeamDatabase::open(const TeamConnectionSettings &settings)
{
    close();
    m_settings = settings;
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return { TeamConnectionError::Kind::Settings, problem };
    if (!driverAvailable())
        return { TeamConnectionError::Kind::DriverMissing, {} };
    m_db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    m_db.setHostName(settings.host);
    m_db.setPort(settings.port);
    m_db.setDatabaseName(settings.database);
    m_db.setUserName(settings.user);
    m_db.setPassword(settings.password);
    m_db.setConnectOptions(settings.connectOptions(connectTimeoutSecs));
    if (!m_db.open()) {
        const TeamConnectionError error = TeamConnectionError::classify(m_db.lastError());
        qCDebug(lcTeamLog) << "cannot connect to" << settings.displayName() << error.kindName();
        close();
        return error.ok() ? TeamConnectionError { TeamConnectionError::Kind::Other, {} } : error;
    }
    // Times travel as UTC whatever the server's zone; no statement runs without a limit.
    QSqlQuery setup(m_db);
    if (!setup.exec(u"SET TIME ZONE 'UTC'"_s)
        || !setup.exec(u"SET statement_timeout = "_s + QString::number(statementTimeoutMs))) {
        const TeamConnectionError error = TeamConnectionError::classify(setup.lastError());
        close();
        return error;
    }
    return {};
}

void TeamDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace xlink
