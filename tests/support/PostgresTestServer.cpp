#include "PostgresTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QUrl>

#include <grp.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace xlink::test {

namespace {

constexpr uid_t unprivileged = 65534;
constexpr int startTimeoutMs = 60'000;

bool isRoot()
{
    return ::geteuid() == 0;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Gives the folder and everything in it to the server's user.
bool chownTree(const QString &path)
{
    if (::chown(QFile::encodeName(path).constData(), unprivileged, unprivileged) != 0)
        return false;
    QDirIterator it(
        path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (::lchown(QFile::encodeName(it.next()).constData(), unprivileged, unprivileged) != 0)
            return false;
    }
    return true;
}

int connectionCounter = 0;

} // namespace

PostgresTestServer::PostgresTestServer() = default;

PostgresTestServer::~PostgresTestServer()
{
    stop();
}

QString PostgresTestServer::binDir()
{
    return u"/usr/lib/postgresql/15/bin"_s;
}

void PostgresTestServer::runAsServerUser(QProcess &process) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    // libpq variables of the developer's shell must not steer the test's tools.
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"PG"))
            environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    if (isRoot()) {
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(unprivileged) != 0
                || ::setuid(unprivileged) != 0)
                ::_exit(125);
        });
    }
}

bool PostgresTestServer::initCluster(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    const QString passwordFile = m_dir.filePath(u"pwfile"_s);
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(superuserPassword().toUtf8()) < 0) {
            *error = file.errorString();
            return false;
        }
    }
    if (isRoot() && !chownTree(m_dir.path())) {
        *error = u"cannot give %1 to uid 65534"_s.arg(m_dir.path());
        return false;
    }
    QProcess initdb;
    runAsServerUser(initdb);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(binDir() + u"/initdb"_s,
        { u"-D"_s, dataDir(), u"-U"_s, superuser(), u"--pwfile="_s + passwordFile,
            u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s,
            u"--locale=C.UTF-8"_s, u"--no-sync"_s });
    if (!initdb.waitForFinished(startTimeoutMs) || initdb.exitStatus() != QProcess::NormalExit
        || initdb.exitCode() != 0) {
        *error = u"initdb failed: "_s + QString::fromLocal8Bit(initdb.readAll());
        return false;
    }
    QFile::remove(passwordFile);
    m_initialised = true;
    return true;
}

bool PostgresTestServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!m_initialised && !initCluster(error))
        return false;
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    m_process = std::make_unique<QProcess>();
    runAsServerUser(*m_process);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binDir() + u"/postgres"_s,
        { u"-D"_s, dataDir(), u"-p"_s, QString::number(m_port), u"-c"_s,
            u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"unix_socket_directories="_s + m_dir.path(),
            u"-c"_s, u"fsync=off"_s, u"-c"_s, u"synchronous_commit=off"_s, u"-c"_s,
            u"full_page_writes=off"_s, u"-c"_s, u"log_min_messages=warning"_s, u"-c"_s,
            u"max_connections=40"_s });
    if (!m_process->waitForStarted(startTimeoutMs)) {
        *error = u"postgres did not start: "_s + m_process->errorString();
        m_process.reset();
        return false;
    }
    // Ready when the server says so: "database system is ready to accept connections".
    const QDeadlineTimer deadline(startTimeoutMs);
    QByteArray output;
    while (!output.contains("ready to accept connections")) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_log += output;
            *error = u"postgres did not become ready: "_s + QString::fromLocal8Bit(output);
            m_process.reset();
            return false;
        }
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        output += m_process->readAll();
    }
    m_log += output;
    // Keep collecting its log.
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
        [this] { m_log += m_process->readAll(); });
    return true;
}

bool PostgresTestServer::stop()
{
    if (!m_process)
        return true;
    if (m_process->state() == QProcess::Running) {
        // SIGINT: PostgreSQL's fast shutdown, which ends every session at once.
        ::kill(pid_t(m_process->processId()), SIGINT);
        if (!m_process->waitForFinished(startTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(startTimeoutMs);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
    return true;
}

QSqlDatabase PostgresTestServer::adminConnection(
    const QString &database, QString *name, QString *error)
{
    *name = u"xlink-test-admin-"_s + QString::number(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, *name);
    db.setHostName(host());
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(superuser());
    db.setPassword(superuserPassword());
    db.setConnectOptions(u"sslmode=disable;connect_timeout=10"_s);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

bool PostgresTestServer::exec(const QString &sql, QString *error, const QString &database)
{
    QString name;
    bool ok = false;
    {
        QString ignored;
        QSqlDatabase db = adminConnection(database, &name, error ? error : &ignored);
        if (db.isOpen()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QList<QVariantList> PostgresTestServer::rows(
    const QString &sql, QString *error, const QString &database)
{
    QList<QVariantList> result;
    QString name;
    {
        QString ignored;
        QSqlDatabase db = adminConnection(database, &name, error ? error : &ignored);
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row << query.value(i);
                    result << row;
                }
            } else if (error) {
                *error = query.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString PostgresTestServer::uri(const QString &user, const QString &password,
    const QString &database, const QString &sslMode) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host());
    url.setPort(m_port);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace xlink::test
