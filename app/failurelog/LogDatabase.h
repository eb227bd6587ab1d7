#pragma once

#include <QSqlDatabase>
#include <QString>

namespace xlink {

// One connection to the failure-log database (SQLite via Qt SQL; one per thread). Opening
// creates the folder (0700) and file (0600), turns on WAL and a busy timeout, migrates the
// schema, and, when the file is corrupt or not a database, moves it aside under a timestamped
// name and starts a fresh one: nothing is ever deleted.
class LogDatabase final
{
public:
    struct OpenResult
    {
        bool ok = false;
        QString error; // what went wrong, when !ok
        QString movedAsideTo; // set when a corrupt file was moved aside (tell the user)
    };

    // <AppDataLocation>/failure-log.sqlite: the console's data folder, shared by the GUI and
    // xlink-cli through ApplicationIdentity (XDG_DATA_HOME moves it).
    static QString defaultPath();

    // Full: migrate, and check the file can be read through (moving a damaged one aside).
    // Connect: only connect and configure, for a second connection to a file another one has
    // just opened with Full (the check reads the whole table, costly on a large log).
    enum class Check { Full, Connect };

    explicit LogDatabase(QString path);
    ~LogDatabase();
    Q_DISABLE_COPY_MOVE(LogDatabase)

    OpenResult open(Check check = Check::Full);
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

    // "ok" for a healthy file (PRAGMA integrity_check's first line otherwise).
    QString integrityCheck();

private:
    bool openConnection(QString *error);
    void closeConnection();
    bool configure(QString *error, bool *corrupt, Check check);
    QString moveAside();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace xlink
