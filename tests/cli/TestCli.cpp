// xlink-cli lookup / decode / catalog, run as a real process: output, JSON shape, exit codes.
#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;
};

QString pagePath(const QString &name)
{
    return u"" XLINK_TEST_DATA_DIR "/pages/"_s + name;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndOverview();
    void helpOfEachCommand_data();
    void helpOfEachCommand();
    void usageErrors_data();
    void usageErrors();
    void loginWithoutSecretIsAUsageError_data();
    void loginWithoutSecretIsAUsageError();
    void lookupExactCode();
    void lookupJsonShape();
    void lookupRanksCodeSubstrings();
    void lookupLanguageOrder();
    void lookupUnknownCodeIsExplained();
    void lookupUnpublishedCode();
    void lookupHttpStatus();
    void lookupNothing();
    void decodeFile();
    void decodeStdin();
    void decodeNothingFound();
    void decodeInvalidUtf8();
    void decodeMissingFile();
    void importDryRunJson();
    void importThenLookup();
    void importMalformedPage();
    void importGbkPage();
    void catalogPath();
    void corruptUserCatalogueStillAnswers();
    void importOnAFullDiskKeepsTheCatalogue();
    void decodeMemoryIsBounded();
    void concurrentImportsKeepEveryCode();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, const QByteArray &input = {},
        const std::function<void()> &childSetup = {}) const;
    QString userCatalogue() const;

    std::unique_ptr<QTemporaryDir> m_dataHome;
};

void TestCli::init()
{
    m_dataHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataHome->isValid());
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dataHome->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dataHome->filePath(u"config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    return env;
}

Run TestCli::run(const QStringList &arguments, const QByteArray &input,
    const std::function<void()> &childSetup) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(u"" XLINK_BIN_DIR "/xlink-cli"_s, arguments);
    if (!process.waitForStarted(10000))
        qFatal("xlink-cli did not start");
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    // A guard against a hang, not a time limit: under AddressSanitizer on a busy machine the
    // 8 MB `decode --json` of decodeMemoryIsBounded takes about 30 s.
    if (!process.waitForFinished(300000))
        qFatal("xlink-cli did not finish");
    Run result;
    if (process.exitStatus() != QProcess::NormalExit)
        return result; // a crash: exit code stays -1
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCli::userCatalogue() const
{
    return m_dataHome->path() + u"/xlink-console/xlink-console/user-catalogue.json"_s;
}

void TestCli::versionAndOverview()
{
    const Run version = run({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, u"xlink-cli " XLINK_VERSION "\n"_s);

    const Run help = run({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : { u"lookup"_s, u"decode"_s, u"catalog"_s })
        QVERIFY2(help.out.contains(u"\n  "_s + command + u' '), qPrintable(help.out));
    // Every command, the longest name included, with its summary in one column after a gap.
    const QString list = help.out.section(u"\n\n"_s, 1, 1);
    const QStringList lines = list.split(u'\n').mid(1); // after "Commands:"
    QVERIFY2(lines.size() >= 11, qPrintable(list));
    const QRegularExpression row(u"^  (\\S+)( {2,})\\S"_s);
    qsizetype column = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const qsizetype at = match.capturedEnd(2);
        QVERIFY2(column < 0 || at == column, qPrintable(list));
        column = at;
    }
    QVERIFY2(list.contains(u"\n  collection  "_s), qPrintable(list));
}

void TestCli::helpOfEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("lookup") << u"lookup"_s << QStringList { u"--json"_s, u"--lang"_s, u"QUERY"_s };
    QTest::newRow("decode") << u"decode"_s << QStringList { u"--json"_s, u"FILE"_s };
    QTest::newRow("catalog") << u"catalog"_s
                             << QStringList { u"--dry-run"_s, u"--json"_s, u"import"_s, u"path"_s };
    QTest::newRow("call") << u"call"_s << QStringList { u"METHOD"_s, u"--env"_s };
    QTest::newRow("sandbox") << u"sandbox"_s << QStringList { u"--port"_s };
    QTest::newRow("run") << u"run"_s
                         << QStringList { u"PATH..."_s, u"--env"_s, u"--account"_s, u"--var"_s,
                                u"--reporter"_s, u"--bail"_s, u"--timeout"_s };
    QTest::newRow("var") << u"var"_s
                         << QStringList { u"unset"_s, u"--secret-stdin"_s, u"--env"_s,
                                u"--json"_s };
    QTest::newRow("log list") << u"log list"_s << QStringList { u"--env"_s, u"--limit"_s };
    QTest::newRow("log export") << u"log export"_s << QStringList { u"--format"_s, u"--bom"_s };
    QTest::newRow("log path") << u"log path"_s << QStringList {};
}

void TestCli::helpOfEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const Run help = run(command.split(u' ') << u"--help"_s);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: xlink-cli "_s + command), qPrintable(help.out));
    for (const QString &mention : mentions)
        QVERIFY2(help.out.contains(mention), qPrintable(mention));
    QVERIFY(help.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("lookup without query") << QStringList { u"lookup"_s };
    QTest::newRow("lookup bad language")
        << QStringList { u"lookup"_s, u"--lang"_s, u"fr"_s, u"4031003"_s };
    QTest::newRow("lookup unknown option") << QStringList { u"lookup"_s, u"--frob"_s, u"1"_s };
    QTest::newRow("decode two files") << QStringList { u"decode"_s, u"a"_s, u"b"_s };
    QTest::newRow("catalog without action") << QStringList { u"catalog"_s };
    QTest::newRow("catalog unknown action") << QStringList { u"catalog"_s, u"export"_s };
    QTest::newRow("catalog import without file") << QStringList { u"catalog"_s, u"import"_s };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    if (!arguments.isEmpty())
        QVERIFY(!result.err.isEmpty());
}

void TestCli::loginWithoutSecretIsAUsageError_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("login");
    const QStringList member { u"--account"_s, u"dev@example.com"_s };
    const QStringList key { u"--access-key-id"_s, u"0a1b2c3d4e5f6071"_s };
    QTest::newRow("call, member") << u"call"_s << member;
    QTest::newRow("call, access key") << u"call"_s << key;
    QTest::newRow("run, member") << u"run"_s << member;
    QTest::newRow("run, access key") << u"run"_s << key;
}

void TestCli::loginWithoutSecretIsAUsageError()
{
    // A login asked for without its secret, and no saved environment whose keychain entry could
    // hold one: said at once, nothing sent (the port is closed: a call would end with exit 4
    // after its timeout), not a call made as nobody.
    QFETCH(QString, command);
    QFETCH(QStringList, login);
    QTemporaryDir collection;
    QVERIFY(collection.isValid());
    QStringList arguments { command };
    if (command == u"run") {
        QFile file(collection.filePath(u"one.http"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GET {{baseUrl}}/v2/corp\n");
        file.close();
        arguments << collection.path();
    } else {
        arguments << u"GET"_s << u"/v2/corp"_s;
    }
    arguments << u"--base-url"_s << u"http://127.0.0.1:9"_s << u"--timeout"_s << u"2000"_s << login;
    const Run result = run(arguments, QByteArray(""));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"no secret"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(login.first() == u"--account" ? u"--password-stdin"_s
                                                               : u"--access-key-secret-stdin"_s),
        qPrintable(result.err));
}

void TestCli::lookupExactCode()
{
    const Run result = run({ u"lookup"_s, u"4031003"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"4031003  HTTP 403 Forbidden\n"_s));
    QVERIFY(result.out.contains(u"无效的Access-Token"_s));
    QVERIFY(result.out.contains(u"Invalid Access-Token"_s));
    QVERIFY(result.out.contains(u"Log in again"_s)); // the hint
    QVERIFY(result.err.isEmpty());
}

void TestCli::lookupJsonShape()
{
    const Run result = run({ u"lookup"_s, u"--json"_s, u"{\"error\":{\"code\":4001045}}"_s });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonObject first = document.array().first().toObject();
    QVERIFY(first.value(u"code").isDouble());
    QCOMPARE(first.value(u"code").toInt(), 4001045);
    QVERIFY(first.value(u"httpStatus").isDouble());
    QCOMPARE(first.value(u"httpStatus").toInt(), 400);
    QCOMPARE(first.value(u"zh").toString(), u"数据表名称已存在"_s);
    QVERIFY(!first.value(u"en").toString().isEmpty());
    QVERIFY(first.value(u"hint").toObject().contains(u"zh"));
    QVERIFY(first.value(u"hint").toObject().contains(u"en"));
    const QJsonArray pages = first.value(u"pages").toArray();
    QCOMPARE(pages, (QJsonArray { u"2016-02"_s, u"2017-05"_s }));
    QCOMPARE(first.value(u"known"), QJsonValue(true));
    // The 2016 page's typo is kept as a variant.
    QCOMPARE(first.value(u"variants").toArray().first().toObject().value(u"zh").toString(),
        u"数据变名称已存在"_s);
    // A code of the later list only has hint null.
    const Run later = run({ u"lookup"_s, u"--json"_s, u"4001134"_s });
    QVERIFY(
        QJsonDocument::fromJson(later.outBytes).array().first().toObject().value(u"hint").isNull());
}

void TestCli::lookupRanksCodeSubstrings()
{
    const Run result = run({ u"lookup"_s, u"--json"_s, u"1003"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.outBytes).array();
    QVERIFY(array.size() >= 3);
    QCOMPARE(array.at(0).toObject().value(u"code").toInt(), 4001003);
    QCOMPARE(array.at(1).toObject().value(u"code").toInt(), 4031003);
    QCOMPARE(array.at(2).toObject().value(u"code").toInt(), 4041003);
}

void TestCli::lookupLanguageOrder()
{
    const Run zh = run({ u"lookup"_s, u"--lang"_s, u"zh"_s, u"4031003"_s });
    QCOMPARE(zh.exitCode, 0);
    QVERIFY(zh.out.indexOf(u"无效的Access-Token"_s) < zh.out.indexOf(u"Invalid Access-Token"_s));
    const Run en = run({ u"lookup"_s, u"--lang"_s, u"en"_s, u"4031003"_s });
    QVERIFY(en.out.indexOf(u"Invalid Access-Token"_s) < en.out.indexOf(u"无效的Access-Token"_s));
    // Without --lang, the C locale means English first.
    const Run byLocale = run({ u"lookup"_s, u"4031003"_s });
    QCOMPARE(byLocale.out, en.out);
}

void TestCli::lookupUnknownCodeIsExplained()
{
    const Run result = run({ u"lookup"_s, u"4039999"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains(u"not in the catalogue"_s));
    QVERIFY(result.out.contains(u"HTTP 403"_s));
    QVERIFY(result.out.contains(u"接口权限错误"_s)); // the class meaning

    const Run json = run({ u"lookup"_s, u"--json"_s, u"4039999"_s });
    QCOMPARE(json.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(json.outBytes).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(u"known"), QJsonValue(false));
    QCOMPARE(object.value(u"code").toInt(), 4039999);
    QCOMPARE(object.value(u"httpStatus").toInt(), 403);
    QCOMPARE(object.value(u"status").toObject().value(u"zh").toString(), u"接口权限错误"_s);
}

void TestCli::lookupUnpublishedCode()
{
    for (const QString &code : { u"4001040"_s, u"4001044"_s }) {
        const Run result = run({ u"lookup"_s, code });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(u"never published"_s), qPrintable(result.out));
        const QJsonObject json
            = QJsonDocument::fromJson(run({ u"lookup"_s, u"--json"_s, code }).outBytes)
                  .array()
                  .first()
                  .toObject();
        QVERIFY(json.value(u"note").toObject().value(u"en").toString().contains(u"never"));
    }
}

void TestCli::lookupHttpStatus()
{
    const Run result = run({ u"lookup"_s, u"404"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"HTTP 404 Not Found: "_s), qPrintable(result.out));
    const qsizetype meaning = result.out.indexOf(u"访问的资源不存在"_s);
    QVERIFY(meaning > 0);
    QVERIFY(result.out.indexOf(u"\n4041001  HTTP 404"_s) > meaning);
}

void TestCli::lookupNothing()
{
    const Run result = run({ u"lookup"_s, u"zzqqxx-no-such-text"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(u"zzqqxx-no-such-text"_s));
    const Run json = run({ u"lookup"_s, u"--json"_s, u"zzqqxx-no-such-text"_s });
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.outBytes).array().size(), 0);
}

void TestCli::decodeFile()
{
    const QString path = m_dataHome->filePath(u"log.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("12:00 POST /v2/device 400\n"
               "{\n  \"error\": {\n    \"code\": \"4001021\",\n    \"msg\": \"mac "
               "\\u5df2\\u5b58\\u5728\"\n  }\n}\n"
               "later: code 4031003 again\n");
    file.close();

    const Run text = run({ u"decode"_s, path });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Line 2, column 1"_s));
    QVERIFY(text.out.contains(u"该产品下设备MAC地址已存在"_s));
    QVERIFY(text.out.contains(u"mac 已存在"_s)); // the server's own message
    QVERIFY(text.out.contains(u"Line 8, column 13"_s));

    const Run json = run({ u"decode"_s, u"--json"_s, path });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.outBytes).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"code").toInt(), 4001021);
    QCOMPARE(first.value(u"httpStatus").toInt(), 400);
    QCOMPARE(first.value(u"known"), QJsonValue(true));
    QCOMPARE(first.value(u"fromObject"), QJsonValue(true));
    QCOMPARE(first.value(u"serverMessage").toString(), u"mac 已存在"_s);
    QCOMPARE(first.value(u"line").toInt(), 2);
    QVERIFY(!first.value(u"zh").toString().isEmpty());
    QVERIFY(!first.value(u"en").toString().isEmpty());
    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(u"code").toInt(), 4031003);
    QCOMPARE(second.value(u"fromObject"), QJsonValue(false));
    QVERIFY(second.value(u"serverMessage").isNull());
    QCOMPARE(second.value(u"line").toInt(), 8);
}

void TestCli::decodeStdin()
{
    const Run result = run({ u"decode"_s, u"--json"_s },
        "resp={\"error\":{\"code\":4041001,\"msg\":\"x\"}} and 4039999\n");
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.outBytes).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"code").toInt(), 4041001);
    QCOMPARE(array.at(1).toObject().value(u"code").toInt(), 4039999);
    QCOMPARE(array.at(1).toObject().value(u"known"), QJsonValue(false));

    const Run dash = run({ u"decode"_s, u"-"_s }, "4031003\n");
    QCOMPARE(dash.exitCode, 0);
    QVERIFY(dash.out.contains(u"Invalid Access-Token"_s));
}

void TestCli::decodeNothingFound()
{
    const Run result = run({ u"decode"_s }, "all good, 200 OK, id 12345678\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
    const Run empty = run({ u"decode"_s, u"--json"_s }, "");
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(empty.outBytes).array().size(), 0);
    // A proxy's error page holds no platform error, and is explained as the console does.
    const Run page = run({ u"decode"_s },
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
        "Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n");
    QCOMPARE(page.exitCode, 1);
    QVERIFY(page.out.isEmpty());
    QVERIFY2(page.err.contains(u"HTTP 502: an HTML page, not the platform's JSON"_s),
        qPrintable(page.err));
    QVERIFY(page.err.contains(u"nginx/1.24.0"_s));
    QVERIFY(page.err.contains(u"proxy, gateway or load balancer"_s));
}

void TestCli::decodeInvalidUtf8()
{
    // "错误 4031003" in GBK, on the second line.
    const Run result = run({ u"decode"_s }, "ok\n\xb4\xed\xce\xf3 4031003\n");
    QCOMPARE(result.exitCode, 2); // not -1: no crash
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"UTF-8"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"line 2"_s), qPrintable(result.err));
}

void TestCli::decodeMissingFile()
{
    const Run result = run({ u"decode"_s, m_dataHome->filePath(u"missing.txt"_s) });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"missing.txt"_s));
}

void TestCli::importDryRunJson()
{
    const Run result = run({ u"catalog"_s, u"import"_s, pagePath(u"no-outer-pipes.md"_s),
        u"--dry-run"_s, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.outBytes).array();
    QCOMPARE(array.size(), 5);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(u"code").toInt(), 4001001);
    QCOMPARE(first.value(u"httpStatus").toInt(), 400);
    QCOMPARE(first.value(u"message").toString(), u"请求数据字段验证不通过"_s);
    QCOMPARE(first.value(u"line").toInt(), 14);
    QVERIFY(!QFile::exists(userCatalogue()));

    // The real 2016 page, through the CLI: all 82 codes.
    const Run real = run(
        { u"catalog"_s, u"import"_s, pagePath(u"real-2016-02.md"_s), u"--dry-run"_s, u"--json"_s });
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(real.outBytes).array().size(), 82);
    QVERIFY(!QFile::exists(userCatalogue()));
}

void TestCli::importThenLookup()
{
    QCOMPARE(run({ u"lookup"_s, u"4001250"_s }).exitCode, 1);
    const Run result
        = run({ u"catalog"_s, u"import"_s, pagePath(u"no-outer-pipes.md"_s), u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(result.outBytes).object();
    QCOMPARE(summary.value(u"added").toInt(), 1);
    QCOMPARE(summary.value(u"differing").toInt(), 1);
    QCOMPARE(summary.value(u"unchanged").toInt(), 3);
    QVERIFY(QFile::exists(userCatalogue()));

    const Run added = run({ u"lookup"_s, u"--json"_s, u"4001250"_s });
    QCOMPARE(added.exitCode, 0);
    const QJsonObject entry = QJsonDocument::fromJson(added.outBytes).array().first().toObject();
    QCOMPARE(entry.value(u"zh").toString(), u"设备影子版本冲突"_s);
    QCOMPARE(entry.value(u"pages").toArray(), QJsonArray { u"import:no-outer-pipes.md"_s });

    // Both texts of a differing code, the imported one marked with its page.
    const Run differing = run({ u"lookup"_s, u"4031022"_s });
    QCOMPARE(differing.exitCode, 0);
    QVERIFY(differing.out.contains(u"Access-Token被刷新"_s));
    QVERIFY(differing.out.contains(u"设备影子无访问权限"_s));
    QVERIFY(differing.out.contains(u"no-outer-pipes.md"_s));

    // Text lookups and decode see imported codes too.
    QCOMPARE(run({ u"lookup"_s, u"设备影子版本冲突"_s }).exitCode, 0);
    QVERIFY(run({ u"decode"_s }, "4001250").out.contains(u"设备影子版本冲突"_s));
}

void TestCli::importMalformedPage()
{
    QVERIFY(run({ u"catalog"_s, u"import"_s, pagePath(u"no-headings.md"_s) }).exitCode == 0);
    QFile file(userCatalogue());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const Run result = run({ u"catalog"_s, u"import"_s, pagePath(u"malformed-short-code.md"_s) });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"Line 8"_s), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    const Run json = run(
        { u"catalog"_s, u"import"_s, pagePath(u"malformed-wrong-section.md"_s), u"--json"_s });
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.outBytes).object().value(u"line").toInt(), 14);

    const Run missing = run({ u"catalog"_s, u"import"_s, m_dataHome->filePath(u"nowhere.md"_s) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"nowhere.md"_s));
}

void TestCli::importGbkPage()
{
    const Run result = run({ u"catalog"_s, u"import"_s, pagePath(u"malformed-gbk.md"_s) });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"UTF-8"_s));
    QVERIFY(result.err.contains(u"Line 4"_s));
    QVERIFY(!QFile::exists(userCatalogue()));
}

void TestCli::catalogPath()
{
    const Run result = run({ u"catalog"_s, u"path"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QDir::toNativeSeparators(userCatalogue()) + u'\n');
}

void TestCli::corruptUserCatalogueStillAnswers()
{
    QVERIFY(QDir().mkpath(QFileInfo(userCatalogue()).path()));
    QFile file(userCatalogue());
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Binary garbage (a literal with its zero bytes, not a C string that ends at the first).
    const QByteArray garbage = "\x00\x01 not json\xff\xfe"_ba;
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();
    const Run result = run({ u"lookup"_s, u"4031003"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"Invalid Access-Token"_s));
    QVERIFY2(result.err.contains(u"moved"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(userCatalogue()));
}

void TestCli::decodeMemoryIsBounded()
{
    // 8 MB of error objects under a 256 MB address-space limit: collecting every find took
    // about 84 bytes of memory per byte of input (670 MB here); streaming them takes a window.
    const QByteArray unit = "{\"error\":{\"code\":\"4031003\",\"msg\":\"invalid token\"}}\n";
    const int repeats = 8 * 1024 * 1024 / int(unit.size());
    const QString path = m_dataHome->filePath(u"errors.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(unit.repeated(repeats));
    }
    const auto limited = [] {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer reserves terabytes of address space for its shadow memory, so no
        // address-space limit lets it start: the bound is checked by the default build, the
        // streamed output by both.
        return;
#endif
        rlimit limit;
        getrlimit(RLIMIT_AS, &limit);
        limit.rlim_cur = 256 * 1024 * 1024;
        setrlimit(RLIMIT_AS, &limit);
    };
    const Run text = run({ u"decode"_s, path }, {}, limited);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.endsWith(u"\n%1 platform errors found.\n"_s.arg(repeats)));
    QCOMPARE(text.out.count(u": error object\n"_s), repeats);
    const Run fromPipe = run({ u"decode"_s, u"--json"_s }, unit.repeated(repeats), limited);
    QCOMPARE(fromPipe.exitCode, 0);
    // Written one element at a time, laid out as QJsonDocument lays out the whole array.
    const QJsonDocument json = QJsonDocument::fromJson(fromPipe.outBytes);
    QCOMPARE(json.array().size(), repeats);
    QVERIFY(json.toJson(QJsonDocument::Indented) == fromPipe.outBytes);
    QCOMPARE(json.array().last()[u"line"].toInt(), repeats);
}

void TestCli::importOnAFullDiskKeepsTheCatalogue()
{
    QCOMPARE(run({ u"catalog"_s, u"import"_s, pagePath(u"no-headings.md"_s) }).exitCode, 0);
    QFile file(userCatalogue());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // The disk fills up part-way through writing the bigger catalogue.
    const Run full = run({ u"catalog"_s, u"import"_s, pagePath(u"real-2016-02.md"_s) }, {},
        xlink::test::FileSizeLimit::inChild(before.size() / 2));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(u"The file would be larger than this system allows"_s),
        qPrintable(full.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QCOMPARE(run({ u"lookup"_s, u"4041001"_s }).exitCode, 0);
}

void TestCli::concurrentImportsKeepEveryCode()
{
    // Eight processes import eight different pages at once: the catalogue keeps every code.
    constexpr int pages = 8;
    constexpr int codesPerPage = 100;
    QList<int> codes;
    QStringList paths;
    for (int page = 0; page < pages; ++page) {
        QByteArray text = "| 错误码 | 描述 |\n|---|---|\n";
        for (int i = 0; i < codesPerPage; ++i) {
            const int code = 4048000 + page * codesPerPage + i;
            codes << code;
            text += "| " + QByteArray::number(code) + " | 第" + QByteArray::number(page)
                + "页的错误 " + QByteArray::number(i) + " |\n";
        }
        const QString path = m_dataHome->filePath(u"page-%1.md"_s.arg(page));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        paths << path;
    }
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &path : std::as_const(paths)) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(u"" XLINK_BIN_DIR "/xlink-cli"_s, { u"catalog"_s, u"import"_s, path });
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    QFile file(userCatalogue());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stored.value(u"imports").toArray().size(), pages);
    QList<int> kept;
    for (const QJsonValue &code : stored.value(u"codes").toArray())
        kept << code.toObject().value(u"code").toInt();
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, codes);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
