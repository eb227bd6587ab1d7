// The secrets audit: a sentinel password and sentinel-bearing tokens (the sandbox issues tokens
// that start with a marker) go through everything that may write or print them: logins and
// calls through the console's main window (its composer, its session, a token refresh, failures
// of every kind, a login typed by hand whose answer carries the tokens), `xlink-cli call` as a
// real process, exports in every format from the GUI's export task and from `xlink-cli log
// export`, the saved environments and settings. Then every file under a private HOME (XDG data,
// config and cache) and the export folder, every line of logging (all xlink categories at debug
// level) and everything the CLI printed is searched. A call from each also carries every secret
// field name the redactor knows (SecretFieldNames: the platform's documents' and common ones)
// in its body, query and headers, each with a sentinel of its own. The sentinels appear nowhere,
// raw or percent-, base64-, hex- or JSON-encoded. The console's own files are owner-only (0600,
// folders 0700) although the umask is 022. Everything recorded is then sent to a team log on a
// real PostgreSQL server (`xlink-cli team-log init`, `log push`, `log list --team`), and every
// row there, every column as text (bodies as hex), and the server's own log are searched too.
#include "ApiClient.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "IsolatedHome.h"
#include "MainWindow.h"
#include "PostgresTestServer.h"
#include "SandboxServer.h"
#include "SecretFieldNames.h"
#include "SecretStore.h"
#include "Session.h"
#include "console/ApiConsoleWidget.h"
#include "log/ReportTask.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Characters that percent-encoding, JSON writers and form encoding all treat differently.
const QByteArray sentinelPassword = "Sntl-Pw+7/q%Zx";
const QByteArray tokenMarker = "SNTLTOK7";

QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    previousHandler(type, context, message);
}

// Every encoded form a secret could take in a file or on a terminal.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms { secret, QUrl::toPercentEncoding(QString::fromLatin1(secret)),
        secret.toHex(), secret.toHex().toUpper(), QByteArray(secret).replace("/", "\\/") };
    // Base64 depends on where the secret starts within a group of three bytes: for each
    // alignment, the groups that hold only the secret's bytes.
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = QByteArray(QByteArray(offset, 'x') + secret).toBase64();
        const int first = offset == 0 ? 0 : 4;
        const int usable = int((offset + secret.size()) / 3) * 4 - first;
        if (usable >= 8)
            forms << encoded.mid(first, usable);
    }
    forms.removeAll(QByteArray());
    // Where two forms are the same bytes (nothing to percent-encode), one finding is enough.
    const QSet<QByteArray> distinct(forms.cbegin(), forms.cend());
    return QList<QByteArray>(distinct.cbegin(), distinct.cend());
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretsAudit final : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretsAudit(const test::IsolatedHome &home)
        : m_home(home)
    { }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretsAppearNowhere();

private:
    void useTheConsole();
    void useTheCli();
    // Sends the local log to a team log and returns everything the server holds, as text.
    QByteArray pushToTheTeamLog();
    CliResult runCli(const QStringList &arguments, const QByteArray &input = {});
    CallRecord sendFromComposer(const ApiRequest &request);
    void exportEveryFormatFromTheGui();
    void checkForSecrets(const QString &where, const QByteArray &bytes);
    void checkOwnerOnly(const QString &path);
    // A request with every secret field name (SecretFieldNames) in its body, query and
    // headers, each holding a sentinel of its own.
    ApiRequest everySecretField(const QByteArray &tag);

    const test::IsolatedHome &m_home;
    QString m_exportDir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    test::PostgresTestServer m_teamServer;
    std::unique_ptr<MainWindow> m_window;
    QString m_environmentId;
    QList<QByteArray> m_secrets; // the password, the marker, every token seen
    QStringList m_ownFolders; // folders the test made itself
    QStringList m_leaks;
    int m_filesSearched = 0;
};

void TestSecretsAudit::initTestCase()
{
    qRegisterMetaType<CallRecord>();
    Translations::install(Language::English);
    QLoggingCategory::setFilterRules(u"xlink.*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);

    m_exportDir = m_home.root() + u"/exports"_s;
    QVERIFY(QDir().mkdir(m_exportDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_ownFolders = { m_home.root(), m_home.home(), m_home.home() + u"/.local"_s, m_home.dataHome(),
        m_home.configHome(), m_home.cacheHome(), m_exportDir };

    sandbox::SandboxOptions options;
    options.tokenMarker = QString::fromLatin1(tokenMarker);
    options.memberPassword = QString::fromLatin1(sentinelPassword);
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    m_secrets = { sentinelPassword, tokenMarker };
}

void TestSecretsAudit::cleanupTestCase()
{
    m_window.reset();
    m_sandbox.reset();
    qInstallMessageHandler(previousHandler);
}

CallRecord TestSecretsAudit::sendFromComposer(const ApiRequest &request)
{
    ApiConsoleWidget *console = m_window->apiConsole();
    console->loadRequest(request);
    QSignalSpy finished(console, &ApiConsoleWidget::callFinished);
    console->pathField()->setFocus();
    QTest::keyClick(console->pathField(), Qt::Key_Return, Qt::ControlModifier);
    if (!finished.wait(10'000) && finished.isEmpty())
        return {};
    return finished.at(0).at(0).value<CallRecord>();
}

void TestSecretsAudit::useTheConsole()
{
    m_window = std::make_unique<MainWindow>();
    CallWorkspace *controller = m_window->workspace();
    // No secret service here: the keychain is unavailable and secrets stay in memory.
    controller->secrets()->setKeychainEnabled(false);
    ApiConsoleWidget *console = m_window->apiConsole();
    m_window->show();
    m_window->setCurrentPage(console);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The failure log opens in the background once the window has painted.
    QTRY_VERIFY(m_window->failureStore()->isOpen());

    // A saved environment for the sandbox, chosen and logged in to like a user does.
    Environment environment;
    environment.name = u"Audit"_s;
    environment.baseUrl = m_sandbox->url();
    environment.account = u"dev@example.com"_s;
    m_environmentId = controller->environments()->add(environment);
    console->selectEnvironment(m_environmentId);
    QTRY_COMPARE(controller->client()->environment().id, m_environmentId);
    console->accountField()->clear();
    QTest::keyClicks(console->accountField(), u"dev@example.com"_s);
    console->secretField()->clear();
    QTest::keyClicks(console->secretField(), QString::fromLatin1(sentinelPassword));
    QTest::mouseClick(console->loginButton(), Qt::LeftButton);
    Session *session = controller->client()->session();
    QTRY_VERIFY(session->isLoggedIn());
    // The sandbox's tokens carry the marker: the audit has something to find.
    QVERIFY(session->accessToken().startsWith(tokenMarker));
    m_secrets << session->accessToken() << session->tokens().refreshToken;

    // Calls that succeed, fail in every way, and carry the token where a user may put it.
    const QByteArray token = session->accessToken();
    const auto request = [](const QByteArray &method, const QString &target,
                             const QByteArray &fault = {}, const QByteArray &body = {}) {
        ApiRequest r;
        r.method = method;
        r.target = target;
        if (!fault.isEmpty())
            r.headers.append({ QByteArray("X-Sandbox-Fault"), fault });
        r.body = body;
        return r;
    };
    QCOMPARE(sendFromComposer(request("GET", u"/v2/corp"_s)).kind, CallRecord::Kind::Success);
    QCOMPARE(sendFromComposer(request("GET", u"/v2/corp/member/nobody"_s)).kind,
        CallRecord::Kind::Platform);
    QCOMPARE(sendFromComposer(
                 request("GET", u"/v2/corp?access_token="_s + QString::fromLatin1(token), "html"))
                 .kind,
        CallRecord::Kind::Http);
    ApiRequest bearer = request("GET", u"/v2/corp"_s, "drop");
    bearer.headers.append({ QByteArray("Authorization"), QByteArray("Bearer " + token) });
    QCOMPARE(sendFromComposer(bearer).kind, CallRecord::Kind::Network);
    // Logins typed by hand: the answer carries fresh tokens, whole or cut short.
    const QByteArray login
        = R"({"account":"dev@example.com","password":")" + sentinelPassword + R"("})";
    const CallRecord manual = sendFromComposer(request("POST", u"/v2/corp_auth"_s, {}, login));
    QCOMPARE(manual.kind, CallRecord::Kind::Success);
    QVERIFY(manual.responseBody.contains("access_token")); // the viewer shows it redacted
    QCOMPARE(sendFromComposer(request("POST", u"/v2/corp_auth"_s, "malformed", login)).kind,
        CallRecord::Kind::Malformed);
    QCOMPARE(sendFromComposer(request("POST", u"/v2/corp_auth"_s, {},
                                  R"({"account":"nobody@example.com","password":")"
                                      + sentinelPassword + R"("})"))
                 .kind,
        CallRecord::Kind::Platform);
    // The session renews its token: the refresh token goes out, a new pair comes back.
    QSignalSpy refreshed(session, &Session::refreshFinished);
    session->refreshNow();
    QVERIFY(refreshed.wait(10'000));
    QVERIFY(refreshed.at(0).at(0).toBool());
    m_secrets << session->accessToken() << session->tokens().refreshToken;
    QCOMPARE(sendFromComposer(request("GET", u"/v2/corp"_s, "malformed")).kind,
        CallRecord::Kind::Malformed);
    QCOMPARE(sendFromComposer(everySecretField("gui")).kind, CallRecord::Kind::Platform);

    exportEveryFormatFromTheGui();

    // Closing saves the window's settings; the environments are saved already.
    m_window->close();
    m_window.reset();
    QSettings().sync();
}

ApiRequest TestSecretsAudit::everySecretField(const QByteArray &tag)
{
    int serial = 0;
    const auto sentinel = [&] {
        const QByteArray value = "SntlF" + tag + QByteArray::number(++serial) + "Qx7";
        m_secrets << value;
        return value;
    };
    QJsonObject fields;
    for (const QString &name : test::secretFieldNames())
        fields.insert(name, QString::fromLatin1(sentinel()));
    ApiRequest r;
    r.method = "POST";
    r.target = u"/v2/audit/every-secret-field?token="_s + QString::fromLatin1(sentinel())
        + u"&pwd="_s + QString::fromLatin1(sentinel());
    r.body = QJsonDocument(QJsonObject { { u"fields"_s, fields } }).toJson(QJsonDocument::Compact);
    for (const QByteArray &name : test::secretHeaderNames())
        r.headers.append({ name, sentinel() });
    return r;
}

void TestSecretsAudit::exportEveryFormatFromTheGui()
{
    m_window->failureStore()->flush();
    ReportTask task;
    for (const QString &name : ReportExporter::formatNames()) {
        ReportTask::Request request;
        request.databasePath = m_window->failureStore()->path();
        request.filter.failuresOnly = false; // logins and their answers too
        request.format = *ReportExporter::formatFromName(name);
        const ReportTask::Result built = ReportTask::buildNow(request);
        QVERIFY2(built.error.isEmpty() && !built.bytes.isEmpty(), qPrintable(built.error));
        QSignalSpy saved(&task, &ReportTask::saved);
        task.save(built.bytes, m_exportDir + u"/gui-report."_s + name);
        QVERIFY(saved.wait(10'000));
        QVERIFY2(saved.at(0).at(1).toString().isEmpty(), qPrintable(saved.at(0).at(1).toString()));
    }
}

CliResult TestSecretsAudit::runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = m_home.environment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"xlink.*=true"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(XLINK_BIN_DIR "/xlink-cli"), arguments);
    CliResult result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    // The sandbox answers from this thread's event loop: wait without blocking it.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    checkForSecrets(u"stdout of xlink-cli "_s + arguments.join(u' '), result.out);
    checkForSecrets(u"stderr of xlink-cli "_s + arguments.join(u' '), result.err);
    return result;
}

void TestSecretsAudit::useTheCli()
{
    const QString url = m_sandbox->url().toString();
    const QByteArray password = sentinelPassword + '\n';
    const QStringList login { u"--account"_s, u"dev@example.com"_s, u"--password-stdin"_s };
    CliResult result = runCli(QStringList { u"call"_s, u"--base-url"_s, url } + login
            + QStringList { u"GET"_s, u"/v2/corp"_s },
        password);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = runCli(QStringList { u"call"_s, u"--base-url"_s, url, u"--json"_s } + login
            + QStringList { u"GET"_s, u"/v2/corp/member/nobody"_s },
        password);
    QVERIFY2(result.exitCode == 3, result.err.constData());
    // The environment the console saved, and a proxy's page.
    result = runCli(QStringList { u"call"_s, u"--env"_s, u"Audit"_s } + login
            + QStringList { u"--header"_s, u"X-Sandbox-Fault: html"_s, u"GET"_s, u"/v2/corp"_s },
        password);
    QVERIFY2(result.exitCode == 3, result.err.constData());
    result = runCli(QStringList { u"call"_s, u"--base-url"_s, url } + login
            + QStringList { u"--header"_s, u"X-Sandbox-Fault: drop"_s, u"GET"_s, u"/v2/corp"_s },
        password);
    QVERIFY2(result.exitCode == 4, result.err.constData());
    // A wrong password for another account: the failed login is logged too.
    result = runCli({ u"call"_s, u"--base-url"_s, url, u"--account"_s, u"nobody@example.com"_s,
                        u"--password-stdin"_s, u"GET"_s, u"/v2/corp"_s },
        password);
    QVERIFY2(result.exitCode == 3, result.err.constData());
    // Every secret field name in a body, the query and headers.
    const ApiRequest fields = everySecretField("cli");
    QStringList headers;
    for (const auto &[name, value] : fields.headers)
        headers << u"--header"_s << QString::fromLatin1(name + ": " + value);
    result = runCli(QStringList { u"call"_s, u"--base-url"_s, url } + login + headers
            + QStringList { u"--data"_s, QString::fromUtf8(fields.body), u"POST"_s, fields.target },
        password);
    QVERIFY2(result.exitCode == 3, result.err.constData());

    result = runCli({ u"log"_s, u"list"_s, u"--all"_s, u"--limit"_s, u"0"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("/v2/corp_auth"));
    result = runCli({ u"log"_s, u"list"_s, u"--all"_s, u"--limit"_s, u"0"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    for (const QString &name : ReportExporter::formatNames()) {
        result = runCli({ u"log"_s, u"export"_s, u"--all"_s, u"--format"_s, name, u"-o"_s,
            m_exportDir + u"/cli-report."_s + name });
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
}

QByteArray TestSecretsAudit::pushToTheTeamLog()
{
    QString error;
    if (!m_teamServer.start(&error)) {
        m_leaks << u"the team log server did not start: "_s + error;
        return {};
    }
    m_teamServer.exec(u"CREATE ROLE audit LOGIN PASSWORD 'audit-pw'"_s, &error);
    m_teamServer.exec(u"CREATE DATABASE audit_team OWNER audit"_s, &error);
    const QString teamDb = m_teamServer.uri(u"audit"_s, u"audit-pw"_s, u"audit_team"_s);
    CliResult result = runCli({ u"team-log"_s, u"init"_s, u"--team-db"_s, teamDb });
    if (result.exitCode != 0)
        m_leaks << u"team-log init failed: "_s + QString::fromUtf8(result.err);
    result = runCli({ u"log"_s, u"push"_s, u"--team-db"_s, teamDb });
    if (result.exitCode != 0)
        m_leaks << u"log push failed: "_s + QString::fromUtf8(result.err);
    result = runCli({ u"log"_s, u"list"_s, u"--team"_s, u"--all"_s, u"--limit"_s, u"0"_s,
        u"--json"_s, u"--team-db"_s, teamDb });
    if (result.exitCode != 0)
        m_leaks << u"log list --team failed: "_s + QString::fromUtf8(result.err);
    QByteArray dump;
    for (const QVariantList &row :
        m_teamServer.rows(u"SELECT xlink_calls::text FROM xlink_calls"_s, &error, u"audit_team"_s))
        dump += row.constFirst().toString().toUtf8() + '\n';
    m_teamServer.stop();
    return dump;
}

void TestSecretsAudit::checkForSecrets(const QString &where, const QByteArray &bytes)
{
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        for (const QByteArray &form : formsOf(secret)) {
            if (bytes.contains(form))
                m_leaks << u"%1 holds '%2' (a form of '%3')"_s.arg(
                    where, QString::fromLatin1(form), QString::fromLatin1(secret));
        }
    }
}

void TestSecretsAudit::checkOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    if (m_ownFolders.contains(info.absoluteFilePath()))
        return;
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others)
        m_leaks << u"%1 is open to others (Qt permissions 0x%2)"_s.arg(
            path, QString::number(info.permissions().toInt(), 16));
}

void TestSecretsAudit::secretsAppearNowhere()
{
    useTheConsole();
    if (QTest::currentTestFailed())
        return;
    useTheCli();
    if (QTest::currentTestFailed())
        return;
    const QByteArray teamLog = pushToTheTeamLog();
    checkForSecrets(u"the team log's rows"_s, teamLog);
    checkForSecrets(u"the team log server's own log"_s, m_teamServer.serverLog());
    // Every record went: the console's login, the CLI's calls.
    QVERIFY2(teamLog.contains("/v2/corp_auth") && teamLog.contains("/v2/corp"),
        teamLog.left(2000).constData());

    // The console's files: where they are and that nothing holds a secret or is open to others.
    QStringList appFiles;
    QDirIterator it(m_home.root(),
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const bool ours = path.contains(u"xlink-console") || path.startsWith(m_exportDir);
        if (ours)
            checkOwnerOnly(path);
        if (!info.isFile() || info.isSymLink())
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        checkForSecrets(path, file.readAll());
        ++m_filesSearched;
        if (ours)
            appFiles << QDir(m_home.root()).relativeFilePath(path);
    }
    QByteArray log;
    {
        QMutexLocker locker(&logMutex);
        log = capturedLog;
    }
    checkForSecrets(u"the log output"_s, log);

    // What must be there for the audit to mean anything.
    const auto has = [&appFiles](const QString &suffix) {
        return std::any_of(appFiles.cbegin(), appFiles.cend(),
            [&suffix](const QString &file) { return file.endsWith(suffix); });
    };
    QVERIFY2(has(u"failure-log.sqlite"_s), qPrintable(appFiles.join(u", ")));
    QVERIFY2(has(u"xlink-console.conf"_s), qPrintable(appFiles.join(u", ")));
    for (const QString &name : ReportExporter::formatNames()) {
        QVERIFY(has(u"gui-report."_s + name));
        QVERIFY(has(u"cli-report."_s + name));
    }
    QVERIFY(log.contains("/v2/corp")); // debug logging was on
    qInfo("searched %d files (%lld of them the console's), %lld bytes of log output, for %lld "
          "secrets in %lld forms",
        m_filesSearched, qint64(appFiles.size()), qint64(log.size()), qint64(m_secrets.size()),
        qint64(formsOf(sentinelPassword).size()));
    for (const QString &leak : std::as_const(m_leaks))
        qWarning("%s", qPrintable(leak));
    QVERIFY2(m_leaks.isEmpty(), qPrintable(u"%1 finding(s), listed above"_s.arg(m_leaks.size())));
}

} // namespace xlink

int main(int argc, char *argv[])
{
    xlink::test::IsolatedHome home;
    if (!home.isValid())
        return 1;
    QApplication app(argc, argv);
    xlink::ApplicationIdentity::apply();
    xlink::TestSecretsAudit test(home);
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretsAudit.moc"
