#pragma once

#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>

namespace xlink {

// One connection to the team log server (Qt SQL's QPSQL driver; one per thread, like every
// Qt SQL connection). Opening applies the TLS mode and CA file, a connect timeout, and a
// statement timeout so no query waits on the server forever; the session's time zone is UTC.
class TeamDatabase final
{
public:
    static constexpr int connectTimeoutSecs = 10;
    static constexpr int statementTimeoutMs = 60'000;

    TeamDatabase();
    ~TeamDatabase();
    Q_DISABLE_COPY_MOVE(TeamDatabase)

    // Whether Qt's PostgreSQL driver can be loaded at all.
    static bool driverAvailable();

    TeamConnectionError open(const TeamConnectionSettings &settings);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const TeamConnectionSettings &settings() const { return m_settings; }

private:
    QString m_connectionName;
    QSqlDatabase m_db;
    TeamConnectionSettings m_settings;
};

} // namespace xlink
