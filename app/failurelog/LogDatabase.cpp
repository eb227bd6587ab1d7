#include "LogDatabase.h"

#include "LogCategory.h"
#include "LogDamage.h"
#include "SchemaMigrator.h"
#include "util/OwnerOnlyFiles.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <unistd.h>

namespace xlink {

using namespace Qt::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

// Open connections per absolute file path, in this process.
struct ConnectionRegistry
{
    QMutex mutex;
    QHash<QString, int> open;
};
Q_GLOBAL_STATIC(ConnectionRegistry, connections)

void countConnection(const QString &path, int delta)
{
    ConnectionRegistry *registry = connections();
    if (!registry)
        return;
    QMutexLocker locker(&registry->mutex);
    int &n = registry->open[path];
    n += delta;
    if (n <= 0)
        registry->open.remove(path);
}

} // namespace

QString LogDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/failure-log.sqlite";
}

LogDatabase::LogDatabase(QString path)
    : m_path(std::move(path))
    , m_absolutePath(QFileInfo(m_path).absoluteFilePath())
    , m_connectionName(u"xlink.failurelog." + QString::number(++connectionCounter))
{ }

LogDatabase::~LogDatabase()
{
    closeConnection();
}

int LogDatabase::openConnections(const QString &path)
{
    ConnectionRegistry *registry = connections();
    if (!registry)
        return 0;
    QMutexLocker locker(&registry->mutex);
    return registry->open.value(QFileInfo(path).absoluteFilePath());
}

void LogDatabase::closeConnection()
{
    m_readOnly = false;
    if (!m_db.isValid())
        return;
    if (m_db.isOpen())
        countConnection(m_absolutePath, -1);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LogDatabase::openConnection(QString *error)
{
    // Create the file (and its folders) owner-only ourselves, whatever the umask; SQLite gives
    // -wal and -shm the database file's permissions.
    if (!OwnerOnlyFiles::ensureFile(m_path, error))
        return false;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    countConnection(m_absolutePath, +1);
    return true;
}

bool LogDatabase::configure(QString *error, bool *corrupt, Check check)
{
    *corrupt = false;
    QSqlQuery query(m_db);
    // The first statement that reads the file: "file is not a database" shows here.
    for (const QString &sql : { QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
             QStringLiteral("PRAGMA temp_store=MEMORY") }) {
        // Switching a new file to WAL needs an exclusive lock, and SQLite answers SQLITE_BUSY
        // at once (without the busy handler) while another process (the CLI beside the GUI)
        // does the same: retry for up to the busy timeout instead of failing the open.
        bool ok = query.exec(sql);
        for (int attempt = 0;
             !ok && attempt < 100 && query.lastError().nativeErrorCode() == QLatin1StringView("5");
             ++attempt) {
            QThread::msleep(50);
            ok = query.exec(sql);
        }
        if (!ok) {
            *error = query.lastError().text();
            *corrupt = LogDamage::isDamage(query.lastError());
            return false;
        }
    }
    if (check == Check::Connect)
        return true;
    QString migrateError;
    if (!SchemaMigrator::migrate(m_db, &migrateError)) {
        *error = migrateError;
        *corrupt = migrateError.contains(u"malformed") || migrateError.contains(u"not a database")
            || SchemaMigrator::version(m_db) < 0;
        return false;
    }
    // A file that is not a database, or whose header or schema is damaged, fails above. Then
    // a few pages whatever the size of the log: the paths from the roots of the table and of
    // the index the log view reads first down to their first and last leaves. A damaged page
    // elsewhere shows on the statement that reads it (LogDamage); reading the whole table here
    // cost ~100 ms of CPU per open on a million records, and still missed the indexes.
    if (!query.exec(
            QStringLiteral("SELECT (SELECT min(id) FROM calls), (SELECT max(id) FROM calls),"
                           " (SELECT min(started_at) FROM calls WHERE failure = 1),"
                           " (SELECT max(started_at) FROM calls WHERE failure = 1),"
                           " (SELECT indexed_upto FROM search_state)"))
        || !query.next()) {
        *error = query.lastError().text();
        *corrupt = LogDamage::isDamage(query.lastError());
        return false;
    }
    return true;
}

QString LogDatabase::moveAside()
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QFileInfo info(m_path);
    QString base = info.absolutePath() + u'/' + info.completeBaseName() + u".corrupt-" + stamp;
    QString target = base + u".sqlite";
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n) + u".sqlite";
    if (!QFile::rename(m_path, target))
        return {};
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    return target;
}

QString LogDatabase::writeBlocker(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return {}; // open() creates it, or says why it cannot
    // access(2) answers for this process as the kernel will: a read-only mount refuses root too.
    const auto refused = [](const QString &name) {
        return ::access(QFile::encodeName(name).constData(), W_OK) == 0 ? 0 : errno;
    };
    if (const int error = refused(file.absoluteFilePath()))
        return tr("the failure log %1 cannot be written (%2)")
            .arg(QDir::toNativeSeparators(file.absoluteFilePath()), qt_error_string(error));
    // SQLite keeps its write-ahead log and index beside the file.
    if (const int error = refused(file.absolutePath()))
        return tr("the failure log's folder %1 cannot be written (%2)")
            .arg(QDir::toNativeSeparators(file.absolutePath()), qt_error_string(error));
    return {};
}

LogDatabase::OpenResult LogDatabase::openReadOnly(const QString &reason)
{
    OpenResult result;
    result.readOnly = true;
    result.readOnlyReason = reason;
    // mode=ro reads the write-ahead log through the index file beside it; where that cannot
    // be made (a read-only folder with no writer running), the file is read as it stands
    // (immutable): nobody can be writing it then.
    for (const bool immutable : { false, true }) {
        closeConnection();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        uri.setQuery(immutable ? u"mode=ro&immutable=1"_s : u"mode=ro"_s);
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT="_s
            + QString::number(busyTimeoutMs));
        if (!m_db.open()) {
            result.error = m_db.lastError().text();
            continue;
        }
        countConnection(m_absolutePath, +1);
        QString error;
        const int version = SchemaMigrator::version(m_db, &error);
        QSqlQuery query(m_db);
        if (version == SchemaMigrator::currentVersion
            && query.exec(QStringLiteral("SELECT max(id) FROM calls")) && query.next()) {
            m_readOnly = true;
            result.ok = true;
            result.error.clear();
            return result;
        }
        if (version >= 0 && version != SchemaMigrator::currentVersion) {
            result.error = tr("the failure log has schema version %1, which this version of"
                              " the console cannot update while %2")
                               .arg(QString::number(version), reason);
            break;
        }
        result.error = error.isEmpty() ? query.lastError().text() : error;
    }
    closeConnection();
    qCWarning(lcFailureLog) << "cannot read the failure log" << m_path << result.error;
    return result;
}

LogDatabase::OpenResult LogDatabase::open(Check check)
{
    if (const QString blocker = writeBlocker(m_path); !blocker.isEmpty()) {
        qCDebug(lcFailureLog) << "opening the failure log for reading only:" << blocker;
        return openReadOnly(blocker);
    }
    OpenResult result;
    if (!openConnection(&result.error))
        return result;
    bool corrupt = false;
    if (configure(&result.error, &corrupt, check)) {
        result.ok = true;
        return result;
    }
    if (!corrupt) {
        qCWarning(lcFailureLog) << "cannot open the failure log" << m_path << result.error;
        return result;
    }
    qCWarning(lcFailureLog) << "the failure log" << m_path << "is damaged:" << result.error;
    closeConnection();
    return recreate(result);
}

LogDatabase::OpenResult LogDatabase::moveAsideAndRecreate(const QString &reason, int waitMs)
{
    closeConnection();
    OpenResult result;
    result.error = reason;
    const QDeadlineTimer deadline(waitMs);
    while (openConnections(m_path) > 0) {
        if (deadline.hasExpired()) {
            result.error = QStringLiteral("the database is damaged (%1) and could not be moved"
                                          " aside: it is still in use")
                               .arg(reason);
            qCWarning(lcFailureLog) << "the failure log" << m_path << result.error;
            return result;
        }
        QThread::msleep(20);
    }
    qCWarning(lcFailureLog) << "moving the damaged failure log" << m_path << "aside:" << reason;
    return recreate(result);
}

LogDatabase::OpenResult LogDatabase::recreate(OpenResult result)
{
    result.movedAsideTo = moveAside();
    if (result.movedAsideTo.isEmpty()) {
        result.error = QStringLiteral("the database is damaged and could not be moved aside: %1")
                           .arg(result.error);
        return result;
    }
    bool corrupt = false;
    if (!openConnection(&result.error) || !configure(&result.error, &corrupt, Check::Full))
        return result;
    result.ok = true;
    result.error.clear();
    return result;
}

QString LogDatabase::integrityCheck()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace xlink
