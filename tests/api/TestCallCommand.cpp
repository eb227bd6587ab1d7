// `xlink-cli call` run as a real process against the sandbox: output, --json, exit codes.
#include "CliProcess.h"
#include "RawHttpServer.h"
#include "SandboxServer.h"
#include "catalogue/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {
using Run = test::CliRun;
} // namespace

class TestCallCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memberLoginAndBody();
    void jsonSummary();
    void accessKeyLogin();
    void platformErrorExit3();
    void proxyHtmlExit3();
    void wrongPasswordExit3();
    void noAnswerExit4_data();
    void noAnswerExit4();
    void invalidDataRefusedBeforeSending();
    void bodyOffTheSchemaIsWarnedAndStillSent();
    void strictSendsNothingThatDoesNotFit_data();
    void strictSendsNothingThatDoesNotFit();
    void strictSendsWhatFits();
    void answerOffTheSchemaIsNoted();
    void dataFromFile();
    void usageExit2_data();
    void usageExit2();
    void otherFailureExit1();
    void callsAreKeptInTheFailureLog();
    void importedCodesAreKnownEverywhere();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});
    Run runCli(const QStringList &arguments, const QByteArray &input = {});
    QStringList member() const;

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_home;
};

void TestCallCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(XLINK_BIN_DIR "/xlink-cli")));
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
}

Run TestCallCommand::run(const QStringList &arguments, const QByteArray &input)
{
    return runCli(QStringList { u"call"_s } + arguments, input);
}

Run TestCallCommand::runCli(const QStringList &arguments, const QByteArray &input)
{
    // Its own settings and no keychain session: nothing of the user's is read or written.
    Run result = test::CliProcess(m_home.path()).run(arguments, input);
    // No secret in anything the CLI printed.
    if (result.out.contains("sandbox123") || result.err.contains("sandbox123")
        || result.out.contains("sandbox-secret") || result.err.contains("sandbox-secret"))
        result.exitCode = -3;
    return result;
}

QStringList TestCallCommand::member() const
{
    return { u"--base-url"_s, m_sandbox->url().toString(), u"--account"_s, u"dev@example.com"_s,
        u"--password-stdin"_s };
}

void TestCallCommand::memberLoginAndBody()
{
    const Run r = run(QStringList { u"GET"_s, u"/v2/corp"_s } + member(), "sandbox123\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonDocument body = QJsonDocument::fromJson(r.out);
    QVERIFY(body.isObject());
    QVERIFY(!body.object().isEmpty());
    QVERIFY2(!r.err.contains("Warning") && !r.err.contains("error"), r.err.constData());
}

void TestCallCommand::jsonSummary()
{
    const Run r = run(QStringList { u"get"_s, u"v2/corp"_s, u"--json"_s } + member(), "sandbox123");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(u"status").toInt(), 200);
    QVERIFY(summary.value(u"headers").isObject());
    QVERIFY(summary.value(u"headers").toObject().contains(u"Content-Type"));
    QVERIFY(summary.value(u"body").isObject());
    QVERIFY(summary.value(u"durationMs").isDouble());
    QVERIFY(summary.value(u"error").isNull());
}

void TestCallCommand::accessKeyLogin()
{
    const Run r
        = run({ u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, m_sandbox->url().toString(),
                  u"--access-key-id"_s, u"0a1b2c3d4e5f6071"_s, u"--access-key-secret-stdin"_s },
            "sandbox-secret\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCallCommand::platformErrorExit3()
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4031002);
    QVERIFY(entry);
    // No login: the platform answers "token missing".
    Run r = run({ u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, m_sandbox->url().toString() });
    QCOMPARE(r.exitCode, 3);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"4031002"), qPrintable(err));
    QVERIFY(err.contains(entry->message.zh));
    QVERIFY(err.contains(entry->message.en));
    QVERIFY(entry->hint);
    QVERIFY2(err.contains(u"What to check: "_s + entry->hint->en), qPrintable(err));
    QVERIFY(QJsonDocument::fromJson(r.out).isObject()); // the body itself, on stdout

    r = run({ u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, m_sandbox->url().toString(), u"--json"_s,
        u"--header"_s, u"X-Sandbox-Fault: code-as-number"_s });
    QCOMPARE(r.exitCode, 3);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), u"4031002"_s);
    QCOMPARE(error.value(u"codeWasNumber").toBool(), true);
    QCOMPARE(error.value(u"zh").toString(), entry->message.zh);
    QCOMPARE(error.value(u"en").toString(), entry->message.en);

    // An unknown path, logged in.
    r = run(QStringList { u"GET"_s, u"/v2/no/such/path"_s } + member(), "sandbox123\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("4041001"));
}

void TestCallCommand::proxyHtmlExit3()
{
    const Run r = run({ u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, m_sandbox->url().toString(),
        u"--header"_s, u"X-Sandbox-Fault: html"_s });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("HTML") && r.err.contains("proxy"), r.err.constData());
    QVERIFY(r.err.contains("502"));
}

void TestCallCommand::wrongPasswordExit3()
{
    const Run r = run(QStringList { u"GET"_s, u"/v2/corp"_s } + member(), "wrong-password\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("4001007"));
    QVERIFY(!r.err.contains("wrong-password"));
    QVERIFY(r.out.isEmpty());
}

void TestCallCommand::noAnswerExit4_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("refused");
    QTest::newRow("refused") << QStringList() << true;
    QTest::newRow("timeout") << QStringList { u"--timeout"_s, u"300"_s, u"--header"_s,
        u"X-Sandbox-Fault: delay=5000"_s }
                             << false;
    QTest::newRow("dropped") << QStringList { u"--header"_s, u"X-Sandbox-Fault: drop"_s } << false;
}

void TestCallCommand::noAnswerExit4()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, refused);
    QString base = m_sandbox->url().toString();
    if (refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        base = u"http://127.0.0.1:"_s + QString::number(closed.serverPort());
    }
    const Run r = run(QStringList { u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, base } + extra);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("No usable answer"), r.err.constData());
}

void TestCallCommand::bodyOffTheSchemaIsWarnedAndStillSent()
{
    const Run r = run(QStringList { u"POST"_s, u"/v2/product"_s, u"--data"_s,
                          u"{\n\"name\": \"Plug\",\n\"mode\": 200,\n\"type\": 2,\n"
                          u"\"description\": \"d\",\n\"link_typ\": 1}"_s }
            + member(),
        "sandbox123\n");
    QVERIFY2(r.err.contains("Warning: the body does not fit POST /v2/product (createProduct)"),
        r.err.constData());
    QVERIFY2(r.err.contains("line 3, $.mode: should be a string"), r.err.constData());
    QVERIFY2(r.err.contains("required field \u201clink_type\u201d is missing"), r.err.constData());
    QVERIFY2(r.err.contains("line 6, $.link_typ: \u201clink_typ\u201d is not a field"),
        r.err.constData());
    // Sent anyway: the sandbox's own refusal is the answer.
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Platform error 4001"), r.err.constData());
}

void TestCallCommand::strictSendsNothingThatDoesNotFit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("warning");
    QTest::newRow("body") << QStringList { u"POST"_s, u"/v2/product"_s, u"--data"_s,
        u"{\"name\": 5}"_s, u"--account"_s, u"dev@example.com"_s, u"--password-stdin"_s }
                          << QByteArray("$.name: should be a string");
    QTest::newRow("login kind") << QStringList { u"POST"_s, u"/v2/home"_s, u"--data"_s,
        u"{\"name\": \"Flat\"}"_s, u"--account"_s, u"dev@example.com"_s, u"--password-stdin"_s }
                                << QByteArray("needs an app-user login; this call logs in with "
                                              "an enterprise member login");
    QTest::newRow("no login") << QStringList { u"GET"_s, u"/v2/corp"_s }
                              << QByteArray("this call logs in as nobody");
}

void TestCallCommand::strictSendsNothingThatDoesNotFit()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, warning);
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    const Run r = run(arguments + QStringList { u"--base-url"_s, server.baseUrl(), u"--strict"_s },
        "sandbox123\n");
    QVERIFY2(r.err.contains(warning), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was sent (--strict)."), r.err.constData());
    QCOMPARE(r.exitCode, 2);
    // Not even the login.
    QCOMPARE(server.connections(), 0);
}

void TestCallCommand::strictSendsWhatFits()
{
    const Run r
        = run(QStringList { u"GET"_s, u"/v2/corp"_s, u"--strict"_s } + member(), "sandbox123\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCallCommand::answerOffTheSchemaIsNoted()
{
    // createProduct answers the new product; an id that is a number is not what is documented.
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: 9\r\n\r\n{\"id\":42}");
    QVERIFY(server.listen());
    const Run r = run({ u"POST"_s, u"/v2/product"_s, u"--base-url"_s, server.baseUrl(),
        u"--header"_s, u"Access-Token: own"_s, u"--data"_s,
        u"{\"name\":\"Plug\",\"mode\":\"SP-1\",\"type\":2,\"description\":\"d\","
        u"\"link_type\":1}"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Note: the answer does not match the documented response of POST "
                            "/v2/product (createProduct)"),
        r.err.constData());
    QVERIFY2(r.err.contains("$.id: should be a string"), r.err.constData());
    QVERIFY2(!r.err.contains("Warning"), r.err.constData());
}

void TestCallCommand::invalidDataRefusedBeforeSending()
{
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    Run r = run({ u"POST"_s, u"/v2/accesskey"_s, u"--base-url"_s, server.baseUrl(), u"--data"_s,
        u"{\"name\": }"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("(1:10)") || r.err.contains("(1:11)"), r.err.constData());

    QTemporaryDir dir;
    QFile file(dir.filePath(u"body.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"name\": \"ci\"\n  \"x\": 1\n}\n");
    file.close();
    r = run({ u"POST"_s, u"/v2/accesskey"_s, u"--base-url"_s, server.baseUrl(), u"--data"_s,
        u"@"_s + file.fileName() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("(3:"), r.err.constData());
    QCOMPARE(server.connections(), 0);
}

void TestCallCommand::dataFromFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"body.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"name\": \"ci-bot\"}");
    file.close();
    const Run r = run(QStringList { u"POST"_s, u"/v2/accesskey"_s, u"--data"_s,
                          u"@"_s + file.fileName(), u"--json"_s }
            + member(),
        "sandbox123\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"status").toInt(), 200);
}

void TestCallCommand::usageExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-path") << QStringList { u"GET"_s };
    QTest::newRow("bad-method") << QStringList { u"G/T"_s, u"/v2/corp"_s, u"--base-url"_s,
        u"http://127.0.0.1:1"_s };
    QTest::newRow("password-without-account") << QStringList { u"GET"_s, u"/v2/corp"_s,
        u"--base-url"_s, u"http://127.0.0.1:1"_s, u"--password-stdin"_s };
    QTest::newRow("unknown-env") << QStringList { u"GET"_s, u"/v2/corp"_s, u"--env"_s,
        u"No such environment"_s };
    QTest::newRow("sandbox-without-url")
        << QStringList { u"GET"_s, u"/v2/corp"_s, u"--env"_s, u"Local sandbox"_s };
    QTest::newRow("bad-base-url") << QStringList { u"GET"_s, u"/v2/corp"_s, u"--base-url"_s,
        u"ftp://x"_s };
    QTest::newRow("bad-header") << QStringList { u"GET"_s, u"/v2/corp"_s, u"--base-url"_s,
        u"http://127.0.0.1:1"_s, u"--header"_s, u"NoColon"_s };
    QTest::newRow("unknown-option") << QStringList { u"GET"_s, u"/v2/corp"_s, u"--frob"_s };
}

void TestCallCommand::usageExit2()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("xlink-cli call:"));
}

void TestCallCommand::otherFailureExit1()
{
    // A server that says 200 to the login but gives no token: neither an error nor usable.
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    const Run r = run({ u"GET"_s, u"/v2/corp"_s, u"--base-url"_s, server.baseUrl(), u"--account"_s,
                          u"dev@example.com"_s, u"--password-stdin"_s },
        "sandbox123\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("access_token"), r.err.constData());
}

void TestCallCommand::callsAreKeptInTheFailureLog()
{
    const Run call = run({ u"GET"_s, u"/v2/product/kept-in-log/device/1"_s, u"--base-url"_s,
        m_sandbox->url().toString() });
    QCOMPARE(call.exitCode, 3);
    const Run log = runCli({ u"log"_s, u"list"_s, u"--json"_s, u"--grep"_s, u"kept-in-log"_s });
    QVERIFY2(log.exitCode == 0, log.err.constData());
    const QJsonDocument list = QJsonDocument::fromJson(log.out);
    QVERIFY2(list.isArray() && list.array().size() == 1, log.out.constData());
    QCOMPARE(list.array().first().toObject().value(u"code").toVariant().toString(), u"4031002"_s);
}

void TestCallCommand::importedCodesAreKnownEverywhere()
{
    // A code only an imported page knows: the call's output, its record in the log and a
    // report's summary use the same merged catalogue as lookup and decode.
    const QString text = u"设备影子已被锁定"_s;
    const QString page = m_home.filePath(u"newer-codes.md"_s);
    {
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("| code | 描述 |\n|---|---|\n| 4049701 | " + text.toUtf8() + " |\n");
    }
    QCOMPARE(runCli({ u"catalog"_s, u"import"_s, page }).exitCode, 0);
    QCOMPARE(runCli({ u"lookup"_s, u"4049701"_s }).exitCode, 0);

    test::RawHttpServer server("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                               "Content-Length: 48\r\n\r\n"
                               "{\"error\":{\"code\":\"4049701\",\"msg\":\"shadow lock\"}}");
    QVERIFY(server.listen());
    const Run call = run({ u"GET"_s, u"/v2/imported-code"_s, u"--base-url"_s, server.baseUrl() });
    QCOMPARE(call.exitCode, 3);
    QVERIFY2(QString::fromUtf8(call.err).contains(text), call.err.constData());
    QVERIFY2(!call.err.contains("not in the catalogue"), call.err.constData());
    const Run json
        = run({ u"GET"_s, u"/v2/imported-code"_s, u"--base-url"_s, server.baseUrl(), u"--json"_s });
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[u"error"][u"zh"].toString(), text);

    const Run log = runCli({ u"log"_s, u"list"_s, u"--json"_s, u"--code"_s, u"4049701"_s });
    QVERIFY2(log.exitCode == 0, log.err.constData());
    const QJsonArray records = QJsonDocument::fromJson(log.out).array();
    QCOMPARE(records.size(), 2);
    for (const QJsonValue &record : records)
        QCOMPARE(record[u"zh"].toString(), text);

    const QString report = m_home.filePath(u"report.json"_s);
    const Run exported = runCli({ u"log"_s, u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, report,
        u"--code"_s, u"4049701"_s });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray byCode
        = QJsonDocument::fromJson(file.readAll()).object()[u"summary"][u"byCode"].toArray();
    QCOMPARE(byCode.size(), 1);
    QCOMPARE(byCode.first()[u"code"].toInt(), 4049701);
    QCOMPARE(byCode.first()[u"count"].toInt(), 2);
    QCOMPARE(byCode.first()[u"zh"].toString(), text);
}

QTEST_GUILESS_MAIN(TestCallCommand)
#include "TestCallCommand.moc"
