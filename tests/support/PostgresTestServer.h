#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace xlink::test {

// A throwaway PostgreSQL server for tests (Debian's postgresql 15): initdb into a temporary
// folder, a free port on 127.0.0.1, password (SCRAM) authentication over TCP, no fsync. Stopped
// and removed with this object; stop() and start() again keep the data (a server that goes
// away and comes back). initdb and postgres refuse to run as root: when the test runs as root,
// they run as the unprivileged uid/gid 65534, and the folder is theirs.
// Start one per test executable (initTestCase), not one per test function.
class PostgresTestServer final
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    Q_DISABLE_COPY_MOVE(PostgresTestServer)

    static QString binDir();
    static QString superuser() { return QStringLiteral("xlink_admin"); }
    static QString superuserPassword() { return QStringLiteral("admin-pw-Q7"); }
    static QString host() { return QStringLiteral("127.0.0.1"); }

    // Creates the cluster on first use, then starts the server and waits until it accepts
    // connections (its own log line says so). False with `error` set.
    bool start(QString *error);
    // Fast shutdown (connections are cut, as when a server goes down); the data stays.
    bool stop();
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    // Runs `sql` as the superuser in `database` (a connection of its own, closed after).
    bool exec(const QString &sql, QString *error = nullptr,
        const QString &database = QStringLiteral("postgres"));
    // The rows of a query, each a list of column values; empty with `error` on failure.
    QList<QVariantList> rows(const QString &sql, QString *error = nullptr,
        const QString &database = QStringLiteral("postgres"));
    // A libpq URI to this server.
    QString uri(const QString &user, const QString &password, const QString &database,
        const QString &sslMode = QStringLiteral("disable")) const;
    // Everything the server wrote to its log (connection attempts, errors).
    QByteArray serverLog() const { return m_log; }

private:
    bool initCluster(QString *error);
    void runAsServerUser(QProcess &process) const;
    QSqlDatabase adminConnection(const QString &database, QString *name, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_initialised = false;
    QByteArray m_log;
};

} // namespace xlink::test
