#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace xlink {

// One connection to the failure-log database (SQLite via Qt SQL; one per thread). Opening
// creates the folder (0700) and file (0600), turns on WAL and a busy timeout, migrates the
// schema, and, when the file is corrupt or not a database, moves it aside under a timestamped
// name and starts a fresh one: nothing is ever deleted.
//
// Opening costs the same whatever the size of the log: it reads the header, the schema and
// the first and last rows (a few pages). Damage deeper in the file shows on the statement that
// first reads it, which reports it through LogDamage; the owner of the connections then calls
// moveAsideAndRecreate() (FailureStore does).
class LogDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::LogDatabase)

public:
    struct OpenResult
    {
        bool ok = false;
        QString error; // what went wrong, when !ok
        QString movedAsideTo; // set when a corrupt file was moved aside (tell the user)
        // Opened for reading only: the file or its folder cannot be written (a read-only
        // mount, another user's file). Lists and exports work; nothing can be recorded.
        bool readOnly = false;
        QString readOnlyReason; // why, in the user's language
    };

    // How long a statement waits for a lock another connection holds.
    static constexpr int busyTimeoutMs = 5000;

    // <AppDataLocation>/failure-log.sqlite: the console's data folder, shared by the GUI and
    // xlink-cli through ApplicationIdentity (XDG_DATA_HOME moves it).
    static QString defaultPath();

    // Full: migrate and check the header, schema and ends of the table (moving a damaged file
    // aside). Connect: only connect and configure, for a second connection to a file another
    // one has just opened with Full.
    enum class Check { Full, Connect };

    explicit LogDatabase(QString path);
    ~LogDatabase();
    Q_DISABLE_COPY_MOVE(LogDatabase)

    OpenResult open(Check check = Check::Full);
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    // Why the existing log at `path` cannot be written (empty when it can, or does not exist).
    static QString writeBlocker(const QString &path);
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

    // "ok" for a healthy file (PRAGMA integrity_check's first line otherwise).
    QString integrityCheck();

    // For a file found damaged after it was opened: closes this connection, moves the file
    // aside and opens a fresh one (movedAsideTo says where). Every other connection to the
    // file in this process must be closed first: the last one to close writes its WAL into
    // the file and removes the WAL by name, which would be the fresh file's by then. Waits up
    // to `waitMs` for them (see openConnections()); the file stays in place when they linger.
    OpenResult moveAsideAndRecreate(const QString &reason, int waitMs = 30000);
    // Connections open in this process on the file at `path` (any thread).
    static int openConnections(const QString &path);

private:
    bool openConnection(QString *error);
    OpenResult openReadOnly(const QString &reason);
    void closeConnection();
    bool configure(QString *error, bool *corrupt, Check check);
    QString moveAside();
    OpenResult recreate(OpenResult result);

    QString m_path;
    QString m_absolutePath; // key of openConnections()
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
};

} // namespace xlink
