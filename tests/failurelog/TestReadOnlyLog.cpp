// A failure log that cannot be written (its folder read-only, or the file read-only and not
// ours to change, as on a read-only mount) is opened for reading: `xlink-cli log list` and
// `log export` work, and `xlink-cli call` says that recording is off and why, instead of
// failing with "cannot make … readable by its owner only"; the file is left as it was.
// Root ignores permission bits: when the test runs as root, the CLI runs as an unprivileged
// user (uid and gid 65534) and the files get owners that put it in the same situation
// (the folder root's, or the file root's and only readable); otherwise chmod does it.
#include "FailureStore.h"
#include "LogDatabase.h"
#include "SampleCalls.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::SampleCalls;

namespace {

constexpr uid_t unprivileged = 65534;

bool isRoot()
{
    return ::geteuid() == 0;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestReadOnlyLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readOnlyLogIsListedAndExported_data();
    void readOnlyLogIsListedAndExported();

private:
    CliResult cli(const QStringList &arguments, bool asUser);
    QTemporaryDir m_dir;
    QString m_dataHome;
    QString m_cli = QStringLiteral(XLINK_BIN_DIR "/xlink-cli");
};

void TestReadOnlyLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!isRoot())
        return;
    // The unprivileged user may not reach the build tree (a checkout under /root is 0700): it
    // runs a copy (the product's libraries are static; Qt's are the system's).
    const QString copy = m_dir.path() + u"/xlink-cli"_s;
    QVERIFY(QFile::copy(m_cli, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755)));
    m_cli = copy;
}

CliResult TestReadOnlyLog::cli(const QStringList &arguments, bool asUser)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir.path() + u"/home"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_dataHome);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path() + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.path() + u"/cache"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    if (asUser && isRoot()) {
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(unprivileged) != 0
                || ::setuid(unprivileged) != 0)
                ::_exit(125);
        });
    }
    process.start(m_cli, arguments);
    CliResult result;
    if (!process.waitForFinished(60'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestReadOnlyLog::readOnlyLogIsListedAndExported_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("folder") << true;
    QTest::newRow("file") << false;
}

void TestReadOnlyLog::readOnlyLogIsListedAndExported()
{
    QFETCH(bool, folderReadOnly);
    QVERIFY(m_dir.isValid());
    // Every folder the other user needs to reach or write, open to it.
    for (const QString &name : { u"home"_s, u"config"_s, u"cache"_s, u"out"_s }) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
        QVERIFY(QFile::setPermissions(m_dir.path() + u'/' + name, QFile::Permissions(0x7777)));
    }
    m_dataHome = m_dir.path() + u"/data-"_s + QString::fromLatin1(QTest::currentDataTag());
    const CliResult where = cli({ u"log"_s, u"path"_s }, false);
    QCOMPARE(where.exitCode, 0);
    const QString path = QString::fromUtf8(where.out).trimmed();
    QVERIFY(path.startsWith(m_dataHome));
    const QString folder = QFileInfo(path).absolutePath();
    {
        FailureStore store(path, SampleCalls::keepEverything());
        QVERIFY(store.open().ok);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.record(SampleCalls::platform(QDateTime::currentDateTimeUtc())) > 0);
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    // The folders down to the log's may be entered (read and search) by anyone.
    for (QString dir = folder; dir.startsWith(m_dir.path()); dir = QFileInfo(dir).absolutePath())
        QVERIFY(QFile::setPermissions(dir, QFile::Permissions(0x7755)));

    QFile::Permissions filePermissions;
    if (folderReadOnly) {
        if (isRoot())
            QCOMPARE(::chown(QFile::encodeName(path).constData(), unprivileged, unprivileged), 0);
        else
            QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x5555)));
        filePermissions = QFile::permissions(path);
    } else {
        if (isRoot())
            QCOMPARE(::chown(QFile::encodeName(folder).constData(), unprivileged, unprivileged), 0);
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        // As read back: root's own ("User") permissions include writing.
        filePermissions = QFile::permissions(path);
    }

    const CliResult list = cli({ u"log"_s, u"list"_s, u"--all"_s, u"--json"_s }, true);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 3);

    const QString report = m_dir.path() + u"/out/report-%1.json"_s.arg(int(folderReadOnly));
    const CliResult exported = cli(
        { u"log"_s, u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, report }, true);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())[u"records"].toArray().size(), 3);

    // Nothing listens on port 1: the call fails fast, and is not recorded.
    const CliResult call = cli(
        { u"call"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, u"GET"_s, u"/v2/corp"_s }, true);
    QVERIFY2(call.err.contains("recording is off"), call.err.constData());
    QVERIFY2(
        call.err.contains(QFile::encodeName(folderReadOnly ? folder : path)), call.err.constData());
    QVERIFY2(!call.err.contains("readable by its owner only"), call.err.constData());

    // The log is as it was: the same records, the same permissions.
    QCOMPARE(QFile::permissions(path), filePermissions);
    const CliResult after = cli({ u"log"_s, u"list"_s, u"--all"_s, u"--json"_s }, true);
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 3);

    // Writable again for the next row, and for the temporary folder's removal.
    if (isRoot()) {
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 0, 0), 0);
        QCOMPARE(::chown(QFile::encodeName(folder).constData(), 0, 0), 0);
    }
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7700)));
    QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x6600)));
}

QTEST_GUILESS_MAIN(TestReadOnlyLog)
#include "TestReadOnlyLog.moc"
