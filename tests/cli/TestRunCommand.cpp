// `xlink-cli run` as a real process against the sandbox on 127.0.0.1: the shipped example
// collection, the exit codes, a file that does not parse, the text, JSON and JUnit reporters
// (the JUnit file valid against the common schema, checked with xmllint), --var, --bail, and no
// token or password in anything it writes.
#include "CliProcess.h"
#include "SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

// The sandbox issues tokens starting with this and takes this password for the demo member,
// so the test can look for them in everything the CLI writes.
const QByteArray tokenMarker = "RUNTOKEN7Q";
const QByteArray password = "Pw-run-4417q";

using Run = test::CliRun;

const QByteArray passing = R"(# @name login
POST {{baseUrl}}/v2/corp_auth
Content-Type: application/json

{"account": "dev@example.com", "password": "{{password}}"}

?? status == 200
?? body access_token exists

###
GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 200
)";

} // namespace

class TestRunCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shippedSandboxTourPasses();
    void exitCodes_data();
    void exitCodes();
    void parseErrorNamesFileLineAndColumn();
    void textReportSaysExpectedAndActual();
    void jsonReport();
    void junitReportIsValidAgainstTheSchema();
    void varOverridesTheFile();
    void bailStopsAtTheFirstFailure();
    void sessionLoginServesRequestsWithoutToken();
    void noTokenOrPasswordInAnyOutput();
    void stoppedRunReportsAndKeepsEveryCall();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});
    Run runCli(const QStringList &arguments, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &text);
    QStringList sandbox() const;
    QByteArray readFile(const QString &path) const;
    void expectNoSecretIn(const QByteArray &bytes, const QString &where) const;

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestRunCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(XLINK_BIN_DIR "/xlink-cli")));
    sandbox::SandboxOptions options;
    options.tokenMarker = QString::fromLatin1(tokenMarker);
    options.memberPassword = QString::fromLatin1(password);
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
}

void TestRunCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestRunCommand::run(const QStringList &arguments, const QByteArray &input)
{
    return runCli(QStringList { u"run"_s } + arguments, input);
}

Run TestRunCommand::runCli(const QStringList &arguments, const QByteArray &input)
{
    // Its own settings, log and no keychain session: nothing of the user's is read or written.
    return test::CliProcess(m_home->path()).run(arguments, input);
}

QString TestRunCommand::write(const QString &name, const QByteArray &text)
{
    const QString path = m_home->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

QStringList TestRunCommand::sandbox() const
{
    return { u"--base-url"_s, m_sandbox->url().toString(), u"--var"_s,
        u"password="_s + QString::fromLatin1(password) };
}

QByteArray TestRunCommand::readFile(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestRunCommand::expectNoSecretIn(const QByteArray &bytes, const QString &where) const
{
    QVERIFY2(!bytes.contains(tokenMarker), qPrintable(where + u": a token"_s));
    QVERIFY2(!bytes.contains(password), qPrintable(where + u": the password"_s));
}

void TestRunCommand::shippedSandboxTourPasses()
{
    const QString tour = QStringLiteral(XLINK_SOURCE_DIR "/resources/examples/sandbox-tour");
    QVERIFY(QFileInfo(tour).isDir());
    const Run r = run(QStringList { tour, u"--reporter"_s, u"json"_s } + sandbox());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject summary = report.value(u"summary").toObject();
    QVERIFY(summary.value(u"planned").toInt() >= 12);
    QCOMPARE(summary.value(u"passed").toInt(), summary.value(u"planned").toInt());
    // The three documented errors, provoked and asserted.
    QStringList codes;
    for (const QJsonValue &request : report.value(u"requests").toArray())
        codes.append(request.toObject().value(u"platformCode").toString());
    for (const QString &code : { u"4001054"_s, u"4001019"_s, u"4041008"_s })
        QVERIFY2(codes.contains(code), qPrintable(code));
    expectNoSecretIn(r.out + r.err, u"output"_s);
}

void TestRunCommand::exitCodes_data()
{
    QTest::addColumn<QByteArray>("collection");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all passed") << passing << QStringList {} << 0;
    QTest::newRow("assertion failed")
        << QByteArray(passing + "?? header content-type includes xml\n") << QStringList {} << 1;
    QTest::newRow("a variable without a value")
        << QByteArray("GET {{baseUrl}}/v2/corp/{{nowhere}}\n") << QStringList {} << 1;
    QTest::newRow("an error answer no assertion expected")
        << QByteArray("GET {{baseUrl}}/v2/corp\n") << QStringList {} << 3;
    QTest::newRow("an error answer an assertion expected") << QByteArray(
        "GET {{baseUrl}}/v2/corp\n\n?? js response.parsedBody.error.code == 4031002\n")
                                                           << QStringList {} << 0;
    QTest::newRow("no answer") << QByteArray("GET http://127.0.0.1:1/v2/corp\n") << QStringList {}
                               << 4;
    QTest::newRow("no answer wins over an error answer")
        << QByteArray("GET {{baseUrl}}/v2/corp\n\n###\nGET http://127.0.0.1:1/v2/corp\n")
        << QStringList {} << 4;
    QTest::newRow("unknown reporter") << passing << QStringList { u"--reporter"_s, u"xml"_s } << 2;
    QTest::newRow("bad --var") << passing << QStringList { u"--var"_s, u"novalue"_s } << 2;
    QTest::newRow("no requests") << QByteArray("# nothing here\n") << QStringList {} << 2;
}

void TestRunCommand::exitCodes()
{
    QFETCH(QByteArray, collection);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString file = write(u"c/run.http"_s, collection);
    const Run r = run(QStringList { file } + sandbox() + extra);
    QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
    if (exitCode == 2)
        QVERIFY2(r.err.contains("xlink-cli run"), r.err.constData());
}

void TestRunCommand::parseErrorNamesFileLineAndColumn()
{
    const QString folder = m_home->filePath(u"broken"_s);
    write(u"broken/1-good.http"_s, passing);
    write(u"broken/2-bad.http"_s, "GET {{baseUrl}}/v2/corp\nX-Test {{oops\n");
    const Run r = run(QStringList { folder } + sandbox());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(QDir(folder).filePath(u"2-bad.http"_s).toUtf8() + ":2:1: ")),
        r.err.constData());
    // Nothing was sent: the good file's login never reached the log.
    QVERIFY(r.out.isEmpty());
    const Run missing = run(QStringList { m_home->filePath(u"nowhere"_s) } + sandbox());
    QCOMPARE(missing.exitCode, 2);
}

void TestRunCommand::textReportSaysExpectedAndActual()
{
    const QString file = write(u"text/run.http"_s, passing + R"(
###
# @name corp
GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 201
)");
    const Run r = run(QStringList { file } + sandbox());
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"PASS  login"), qPrintable(out));
    QVERIFY2(out.contains(u"FAIL  corp  GET /v2/corp  HTTP 200"), qPrintable(out));
    QVERIFY2(out.contains(u"status: expected == 201, got 200"), qPrintable(out));
    QVERIFY2(out.contains(u"run.http:18"), qPrintable(out));
    QVERIFY2(
        out.contains(u"3 requests: 2 passed, 1 failed, 0 not sent, 0 not run"), qPrintable(out));
}

void TestRunCommand::jsonReport()
{
    const QString file = write(u"json/run.http"_s, passing + R"(
###
GET {{baseUrl}}/v2/product/{{missing.id}}

###
GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 201
?? js response.statusCode == 200
)");
    const Run r = run(QStringList { file, u"--reporter"_s, u"json"_s } + sandbox());
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject summary = report.value(u"summary").toObject();
    QCOMPARE(summary.value(u"planned").toInt(), 4);
    QCOMPARE(summary.value(u"passed").toInt(), 2);
    QCOMPARE(summary.value(u"unresolved").toInt(), 1);
    QCOMPARE(summary.value(u"assertionFailed").toInt(), 1);
    const QJsonArray requests = report.value(u"requests").toArray();
    QCOMPARE(requests.size(), 4);
    const QJsonObject login = requests.at(0).toObject();
    QCOMPARE(login.value(u"name").toString(), u"login"_s);
    QCOMPARE(login.value(u"outcome").toString(), u"passed"_s);
    QCOMPARE(login.value(u"httpStatus").toInt(), 200);
    const QJsonObject unresolved = requests.at(2).toObject();
    QCOMPARE(unresolved.value(u"outcome").toString(), u"unresolved"_s);
    QCOMPARE(unresolved.value(u"unresolved").toArray().at(0).toObject().value(u"expression"),
        u"missing.id"_s);
    const QJsonObject failed = requests.at(3).toObject();
    QCOMPARE(failed.value(u"outcome").toString(), u"assertion-failed"_s);
    const QJsonArray assertions = failed.value(u"assertions").toArray();
    QCOMPARE(assertions.size(), 2);
    QCOMPARE(assertions.at(0).toObject().value(u"expected").toString(), u"== 201"_s);
    QCOMPARE(assertions.at(0).toObject().value(u"actual").toString(), u"200"_s);
    QCOMPARE(assertions.at(1).toObject().value(u"outcome").toString(), u"unsupported"_s);

    // Every call sent is in the failure log, as any call is: the three sent, not the one that
    // was not.
    const Run log = runCli({ u"log"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--limit"_s, u"0"_s });
    QCOMPARE(log.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(log.out).array();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).toObject().value(u"status").toInt(), 200);
}

void TestRunCommand::junitReportIsValidAgainstTheSchema()
{
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    QVERIFY2(!xmllint.isEmpty(), "xmllint is missing: packaging/install-deps.sh installs it");
    const QString schema = QStringLiteral(XLINK_TEST_DATA_DIR "/junit/junit.xsd");
    const QString file = write(u"junit/run.http"_s, passing + R"(
###
# @name wrong
GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 201

###
GET {{baseUrl}}/v2/{{nowhere}}

###
GET http://127.0.0.1:1/v2/corp

###
GET {{baseUrl}}/v2/corp
)");
    const auto validate = [&](const QString &xml) {
        QProcess lint;
        lint.start(xmllint, { u"--noout"_s, u"--schema"_s, schema, xml });
        if (!lint.waitForFinished(30000))
            return QByteArray("xmllint did not finish");
        return lint.exitCode() == 0 ? QByteArray()
                                    : lint.readAllStandardError() + lint.readAllStandardOutput();
    };

    const QString report = m_home->filePath(u"report.xml"_s);
    const Run r
        = run(QStringList { file, u"--reporter"_s, u"junit"_s, u"-o"_s, report } + sandbox());
    QCOMPARE(r.exitCode, 4);
    const QByteArray problems = validate(report);
    QVERIFY2(problems.isEmpty(), problems.constData());
    const QByteArray xml = readFile(report);
    QCOMPARE(xml.count("<testcase "), 6); // one per request
    QVERIFY2(
        xml.contains(R"(<failure message="status: expected == 201, got 200" type="assertion">)"),
        xml.constData());
    QVERIFY(xml.contains(R"(type="unresolved-variable")"));
    QVERIFY(xml.contains(R"(type="no-answer")"));
    QVERIFY(xml.contains(R"(type="error-answer")"));
    // The text report still went to the terminal.
    QVERIFY(r.out.contains("FAIL  wrong"));

    // A run stopped by --bail: the requests it did not reach are skipped test cases.
    const Run bailed
        = run(QStringList { file, u"--reporter"_s, u"junit"_s, u"--bail"_s } + sandbox());
    QCOMPARE(bailed.exitCode, 1);
    QVERIFY(bailed.out.startsWith("<?xml"));
    const QString bailedReport = write(u"bailed.xml"_s, bailed.out);
    const QByteArray bailedProblems = validate(bailedReport);
    QVERIFY2(bailedProblems.isEmpty(), bailedProblems.constData());
    QCOMPARE(bailed.out.count("<testcase "), 6);
    QCOMPARE(bailed.out.count("<skipped "), 3);

    // And the schema does refuse what it should: a case with two results.
    QByteArray broken = xml;
    broken.replace("</failure>", "</failure><skipped/>");
    const QString brokenReport = write(u"broken.xml"_s, broken);
    QVERIFY(!validate(brokenReport).isEmpty());
}

void TestRunCommand::varOverridesTheFile()
{
    // Not logged in, /v2/corp answers 403: the file expects 200, --var says 403.
    const QString file = write(u"var/run.http"_s, R"(@expected = 200

GET {{baseUrl}}/v2/corp

?? status == {{expected}}
)");
    QCOMPARE(run(QStringList { file } + sandbox()).exitCode, 3);
    const Run overridden = run(QStringList { file, u"--var"_s, u"expected=403"_s } + sandbox());
    QVERIFY2(overridden.exitCode == 0, overridden.out.constData());
}

void TestRunCommand::bailStopsAtTheFirstFailure()
{
    const QString file = write(u"bail/run.http"_s, R"(GET {{baseUrl}}/v2/corp

?? status == 200

###
GET {{baseUrl}}/v2/corp

?? status == 403
)");
    const Run all = run(QStringList { file, u"--reporter"_s, u"json"_s } + sandbox());
    QCOMPARE(all.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(all.out).object().value(u"requests").toArray().size(), 2);
    const Run bailed
        = run(QStringList { file, u"--reporter"_s, u"json"_s, u"--bail"_s } + sandbox());
    QCOMPARE(bailed.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(bailed.out).object();
    QCOMPARE(report.value(u"requests").toArray().size(), 1);
    QCOMPARE(report.value(u"notRun").toArray().size(), 1);
    QVERIFY(report.value(u"summary").toObject().value(u"bailed").toBool());
}

void TestRunCommand::sessionLoginServesRequestsWithoutToken()
{
    // Logged in with the call options: a request that sets no Access-Token gets the session's;
    // one that sets its own keeps it.
    const QString file = write(u"session/run.http"_s, R"(GET {{baseUrl}}/v2/corp

?? status == 200

###
GET {{baseUrl}}/v2/corp
Access-Token: not-a-token

?? js response.parsedBody.error.code == 4031003
)");
    const Run r = run({ file, u"--base-url"_s, m_sandbox->url().toString(), u"--account"_s,
                          u"dev@example.com"_s, u"--password-stdin"_s },
        password + '\n');
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const Run without = run({ file, u"--base-url"_s, m_sandbox->url().toString() });
    QCOMPARE(without.exitCode, 3);
}

void TestRunCommand::noTokenOrPasswordInAnyOutput()
{
    // A login chained into headers, a failing assertion on the token itself, and a session
    // login: neither the tokens nor the password may show in any report or the failure log.
    const QString file = write(u"secret/run.http"_s, passing + R"(
###
GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 201
?? header access-token == {{login.access_token}}

###
POST {{baseUrl}}/v2/corp_auth
Content-Type: application/json

{"account": "dev@example.com", "password": "{{password}}"}

?? body access_token == {{password}}
)");
    const QStringList login { u"--account"_s, u"dev@example.com"_s, u"--password-stdin"_s };
    for (const QString &reporter : { u"text"_s, u"json"_s, u"junit"_s }) {
        const QString report = m_home->filePath(u"secret-report."_s + reporter);
        const Run printed = run(
            QStringList { file, u"--reporter"_s, reporter } + sandbox() + login, password + '\n');
        QCOMPARE(printed.exitCode, 1);
        expectNoSecretIn(printed.out + printed.err, reporter);
        QVERIFY2(printed.out.contains("[REDACTED]"), printed.out.constData());
        const Run saved = run(
            QStringList { file, u"--reporter"_s, reporter, u"-o"_s, report } + sandbox() + login,
            password + '\n');
        QCOMPARE(saved.exitCode, 1);
        expectNoSecretIn(saved.out + saved.err, reporter + u" terminal"_s);
        expectNoSecretIn(readFile(report), report);
    }
    // Nor in any file the runs left behind (the failure log among them).
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(u".http"))
            continue;
        expectNoSecretIn(readFile(path), path);
        ++seen;
    }
    QVERIFY(seen > 3);
}

void TestRunCommand::stoppedRunReportsAndKeepsEveryCall()
{
    // SIGTERM (a CI job stopped; Ctrl+C's SIGINT takes the same path) while the run goes on:
    // the run ends as a cancelled one, with its report and the shell's exit code, and every
    // call it made reaches the log, including those still waiting in the pipeline's batch,
    // which a killed process loses.
    QByteArray text = passing;
    for (int i = 0; i < 3000; ++i)
        text += "\n###\nGET {{baseUrl}}/v2/corp\nAccess-Token: {{login.access_token}}\n\n"
                "?? status == 200\n";
    const QString file = write(u"stopped/run.http"_s, text);
    QProcess process;
    test::CliProcess(m_home->path()).start(process, QStringList { u"run"_s, file } + sandbox());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count("PASS ") >= 5, 30000);
    process.terminate();
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + SIGTERM);
    QVERIFY2(out.contains("The run was cancelled."), out.right(400).constData());
    // A request cancelled on its way has a STOP line, and is kept in the log as cancelled.
    const qsizetype sent = out.count("PASS ") + out.count("FAIL ") + out.count("STOP ");
    QVERIFY(sent >= 5);
    QVERIFY2(sent < 3002, "the run ended before it was stopped");

    const Run log = runCli({ u"log"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--limit"_s, u"0"_s });
    QCOMPARE(log.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(log.out).array();
    QVERIFY2(records.size() == sent,
        qPrintable(u"%1 calls reported, %2 in the log"_s.arg(sent).arg(records.size())));
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "TestRunCommand.moc"
