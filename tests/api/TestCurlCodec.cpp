// Copy as curl and paste from curl: bash quoting both ways, browser output, round trips.
#include "CurlCodec.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestCurlCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellWordsSplitAsBashSplitsThem_data();
    void shellWordsSplitAsBashSplitsThem();
    void unclosedQuote();
    void quoteSurvivesBash_data();
    void quoteSurvivesBash();
    void tokenRedactedUnlessAsked();
    void requestSurvivesToCurlAndBack_data();
    void requestSurvivesToCurlAndBack();
    void chromeCopyAsCurl();
    void oldChromeAnsiQuoting();
    void methodDefaultsAndOptions_data();
    void methodDefaultsAndOptions();
    void malformedCommandsAreRefusedWithAReason_data();
    void malformedCommandsAreRefusedWithAReason();
    void unicodeUrlSurvivesCopyAndPaste();
    void shortcutHeadersTrimmedLikeHeaders();
};

void TestCurlCodec::shellWordsSplitAsBashSplitsThem_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QList<QByteArray>>("words");

    QTest::newRow("plain") << QByteArray("curl -X GET url")
                           << QList<QByteArray> { "curl", "-X", "GET", "url" };
    QTest::newRow("single") << QByteArray("a 'b c $x \\n'")
                            << QList<QByteArray> { "a", "b c $x \\n" };
    QTest::newRow("double") << QByteArray("a \"b \\\"c\\\" \\$x \\\\ \\n\"")
                            << QList<QByteArray> { "a", "b \"c\" $x \\ \\n" };
    QTest::newRow("ansi") << QByteArray("a $'it\\'s\\n\\t\\x41\\u4e2d\\\\'")
                          << QList<QByteArray> { "a", QStringLiteral("it's\n\tA中\\").toUtf8() };
    QTest::newRow("concatenated") << QByteArray("'a'\"b\"$'c'd") << QList<QByteArray> { "abcd" };
    QTest::newRow("continuation") << QByteArray("curl \\\n  -H 'a: b' \\\r\n  url")
                                  << QList<QByteArray> { "curl", "-H", "a: b", "url" };
    QTest::newRow("escaped-space") << QByteArray("a\\ b c") << QList<QByteArray> { "a b", "c" };
    QTest::newRow("empty-word") << QByteArray("a '' b") << QList<QByteArray> { "a", "", "b" };
}

void TestCurlCodec::shellWordsSplitAsBashSplitsThem()
{
    QFETCH(QByteArray, command);
    QFETCH(QList<QByteArray>, words);
    const auto split = CurlCodec::splitShellWords(command);
    QVERIFY(split);
    QCOMPARE(*split, words);
}

void TestCurlCodec::unclosedQuote()
{
    // Escapes out of range become a replacement character, not garbage or a crash.
    const auto big = CurlCodec::splitShellWords("$'\\UFFFFFFFF\\x'");
    QVERIFY(big);
    QCOMPARE(big->size(), 1);
    QVERIFY(!CurlCodec::splitShellWords("curl 'abc"));
    QVERIFY(!CurlCodec::splitShellWords("curl \"abc"));
    QVERIFY(!CurlCodec::splitShellWords("curl $'abc"));
    QVERIFY(!CurlCodec::fromCurl(u"curl 'https://x"_s).error.isEmpty());
}

void TestCurlCodec::quoteSurvivesBash_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("dollar") << QByteArray("$HOME and ${x} and $(id) and `id`");
    QTest::newRow("quotes") << QByteArray("it's \"quoted\" \\ back");
    QTest::newRow("brackets") << QByteArray("q=[1]&r={a,b}*?");
    QTest::newRow("newlines") << QByteArray("{\n  \"a\": \"b\tc\"\r\n}");
    QTest::newRow("unicode") << QStringLiteral("设备 ✓ émoji 😀").toUtf8();
    QTest::newRow("control") << QByteArray("a\x01z\x7f");
    QTest::newRow("hex-after-escape") << QByteArray("\x01"
                                                    "ab");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x80");
}

// The strongest check of quoting: let bash itself evaluate the word.
void TestCurlCodec::quoteSurvivesBash()
{
    QFETCH(QByteArray, value);
    const QByteArray quoted = CurlCodec::shellQuote(value);
    QCOMPARE(CurlCodec::splitShellWords(quoted).value_or(QList<QByteArray>()),
        QList<QByteArray> { value });
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    QVERIFY(!bash.isEmpty());
    QProcess process;
    process.start(bash, { u"-c"_s, QString::fromUtf8("printf %s " + quoted) });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), value);
}

void TestCurlCodec::tokenRedactedUnlessAsked()
{
    ApiRequest request;
    request.target = u"/v2/corp"_s;
    CurlCodec::Options options;
    options.baseUrl = QUrl(u"https://api2.xlink.cn"_s);
    options.accessToken = "SECRET-TOKEN-123";
    const QString redacted = CurlCodec::toCurl(request, options);
    QVERIFY(!redacted.contains(u"SECRET-TOKEN-123"));
    QVERIFY(redacted.contains(u"Access-Token: [REDACTED]"));
    QVERIFY(redacted.contains(u"https://api2.xlink.cn/v2/corp"));
    QVERIFY(redacted.contains(u"--globoff"));

    options.includeToken = true;
    QVERIFY(CurlCodec::toCurl(request, options).contains(u"Access-Token: SECRET-TOKEN-123"));

    // A token typed as a header is redacted the same way.
    request.headers.append({ QByteArray("access-token"), QByteArray("TYPED-TOKEN") });
    options.includeToken = false;
    const QString typed = CurlCodec::toCurl(request, options);
    QVERIFY(!typed.contains(u"TYPED-TOKEN"));
    QVERIFY(!typed.contains(u"SECRET-TOKEN-123"));
}

void TestCurlCodec::requestSurvivesToCurlAndBack_data()
{
    QTest::addColumn<ApiRequest>("request");

    ApiRequest get;
    get.target = u"https://api2.xlink.cn/v2/corp/members?offset=0&limit=20"_s;
    get.headers = { { "Content-Type", "application/json" }, { "Access-Token", "tok'en$1" } };
    QTest::newRow("get") << get;

    ApiRequest post;
    post.method = "POST";
    post.target = u"http://127.0.0.1:8080/v2/product/abc/devices?q=[1]"_s;
    post.headers = { { "Content-Type", "application/json" }, { "X-Note", "it's $5 [x]" } };
    post.body
        = QStringLiteral("{\n  \"name\": \"客厅 it's $HOME\",\n  \"tags\": \"a\\\\b\"\n}").toUtf8();
    QTest::newRow("post") << post;

    ApiRequest put;
    put.method = "PUT";
    put.target = u"https://h.example/v2/data/t/1"_s;
    put.headers = { { "Content-Type", "application/json" } };
    put.body = "[\"\\u0001\", \"tab\there\"]";
    QTest::newRow("put") << put;

    ApiRequest del;
    del.method = "DELETE";
    del.target = u"https://h.example/v2/accesskey/7"_s;
    del.headers = { { "Content-Type", "application/json" } };
    QTest::newRow("delete") << del;

    ApiRequest emptyHeader;
    emptyHeader.target = u"https://h.example/v2/corp"_s;
    emptyHeader.headers = { { "X-Empty", "" }, { "Content-Type", "application/json" } };
    QTest::newRow("empty-header-value") << emptyHeader;
}

void TestCurlCodec::requestSurvivesToCurlAndBack()
{
    QFETCH(ApiRequest, request);
    CurlCodec::Options options;
    options.includeToken = true;
    const QString command = CurlCodec::toCurl(request, options);
    const auto parsed = CurlCodec::fromCurl(command);
    QVERIFY2(parsed.request, qPrintable(parsed.error + u'\n' + command));
    QCOMPARE(parsed.request->method, request.method);
    QCOMPARE(parsed.request->resolvedUrl({}), request.resolvedUrl({}));
    QCOMPARE(parsed.request->headers, request.headers);
    QCOMPARE(parsed.request->body, request.body);
    QVERIFY(parsed.ignoredOptions.isEmpty());
}

void TestCurlCodec::chromeCopyAsCurl()
{
    const QString command = QString::fromUtf8(
        "curl 'https://api2.xlink.cn/v2/product/160fa2b3/devices' \\\n"
        "  -H 'accept: application/json, text/plain, */*' \\\n"
        "  -H 'accept-language: zh-CN,zh;q=0.9,en;q=0.8' \\\n"
        "  -H 'access-token: MTIzNDU2' \\\n"
        "  -H 'content-type: application/json;charset=UTF-8' \\\n"
        "  -b 'sid=abc; lang=zh' \\\n"
        "  -H 'user-agent: Mozilla/5.0' \\\n"
        "  --data-raw '{\"offset\":0,\"limit\":10,\"query\":{\"mac\":{\"$like\":\"AA\"}},"
        "\"name\":\"it'\\''s\"}' \\\n"
        "  --compressed");
    const auto parsed = CurlCodec::fromCurl(command);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    const ApiRequest &r = *parsed.request;
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, u"https://api2.xlink.cn/v2/product/160fa2b3/devices"_s);
    QCOMPARE(r.header("Access-Token"), QByteArray("MTIzNDU2"));
    QCOMPARE(r.header("Cookie"), QByteArray("sid=abc; lang=zh"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json;charset=UTF-8"));
    QCOMPARE(r.body,
        QByteArray("{\"offset\":0,\"limit\":10,\"query\":{\"mac\":{\"$like\":\"AA\"}},"
                   "\"name\":\"it's\"}"));
}

void TestCurlCodec::oldChromeAnsiQuoting()
{
    const QString command
        = QString::fromUtf8("curl 'http://localhost/v2/corp_auth' -X 'PUT' -H $'x-a: it\\'s' "
                            "--data-binary $'{\"a\":\"line1\\nline2 \\u4e2d\"}' --compressed");
    const auto parsed = CurlCodec::fromCurl(command);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->method, QByteArray("PUT"));
    QCOMPARE(parsed.request->header("x-a"), QByteArray("it's"));
    QCOMPARE(parsed.request->body, QStringLiteral("{\"a\":\"line1\nline2 中\"}").toUtf8());
}

void TestCurlCodec::methodDefaultsAndOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("get-by-default")
        << u"curl https://h/v2/corp"_s << "GET"_ba << u"https://h/v2/corp"_s << QByteArray()
        << QByteArray() << QStringList();
    QTest::newRow("post-with-data")
        << u"curl -d '{}' https://h/v2/x"_s << "POST"_ba << u"https://h/v2/x"_s << "{}"_ba
        << QByteArray() << QStringList();
    QTest::newRow("x-glued-and-url-option")
        << u"curl -XDELETE --url https://h/v2/x"_s << "DELETE"_ba << u"https://h/v2/x"_s
        << QByteArray() << QByteArray() << QStringList();
    // Several -d join with '&' as curl does; -G moves them into the query.
    QTest::newRow("get-moves-data-to-query")
        << u"curl -sSL -G -d a=1 -d b=2 https://h/v2/x"_s << "GET"_ba << u"https://h/v2/x?a=1&b=2"_s
        << QByteArray() << QByteArray() << QStringList();
    // No scheme: curl assumes http.
    QTest::newRow("no-scheme-is-http")
        << u"curl localhost:8080/v2/corp"_s << "GET"_ba << u"http://localhost:8080/v2/corp"_s
        << QByteArray() << QByteArray() << QStringList();
    // --insecure is understood but has no effect: TLS is always verified.
    QTest::newRow("insecure-ignored")
        << u"curl -k https://h/v2/corp"_s << "GET"_ba << u"https://h/v2/corp"_s << QByteArray()
        << QByteArray() << QStringList { u"-k"_s };
    QTest::newRow("json-option") << u"curl --json '{\"a\":1}' https://h/v2/x"_s << "POST"_ba
                                 << u"https://h/v2/x"_s << "{\"a\":1}"_ba
                                 << "application/json"_ba << QStringList();
    // A prompt sign pasted along is tolerated.
    QTest::newRow("prompt-sign") << u"$ curl https://h/v2/corp"_s << "GET"_ba
                                 << u"https://h/v2/corp"_s << QByteArray() << QByteArray()
                                 << QStringList();
}

void TestCurlCodec::methodDefaultsAndOptions()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QStringList, ignored);
    const auto parsed = CurlCodec::fromCurl(command);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->method, method);
    QCOMPARE(parsed.request->target, target);
    QCOMPARE(parsed.request->body, body);
    QCOMPARE(parsed.request->header("Content-Type"), contentType);
    QCOMPARE(parsed.ignoredOptions, ignored);
}

void TestCurlCodec::malformedCommandsAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("not-curl") << u"wget https://h/v2/corp"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no-url") << u"curl -X GET"_s;
    QTest::newRow("missing-value") << u"curl https://h -H"_s;
    QTest::newRow("unknown-option") << u"curl --frobnicate https://h"_s;
    QTest::newRow("body-from-file") << u"curl -d @body.json https://h"_s;
    QTest::newRow("two-urls") << u"curl https://a https://b"_s;
    QTest::newRow("mangled-scheme") << u"curl 'htpid]/devitps://h/v2/x'"_s;
    QTest::newRow("not-http") << u"curl ftp://h/v2/x"_s;
    QTest::newRow("no-host") << u"curl 'http:///v2/x'"_s;
    QTest::newRow("header-name-not-a-token") << u"curl https://h -H 'X A: 1'"_s;
    QTest::newRow("header-name-with-nul") << u"curl https://h -H $'X-\\000: 1'"_s;
    QTest::newRow("header-value-with-newline")
        << u"curl https://h -H $'X-A: 1\\r\\nX-Injected: 2'"_s;
    QTest::newRow("user-agent-with-newline") << u"curl https://h -A $'ua\\nX-B: 1'"_s;
}

void TestCurlCodec::malformedCommandsAreRefusedWithAReason()
{
    QFETCH(QString, command);
    const auto result = CurlCodec::fromCurl(command);
    QVERIFY(!result.request);
    QVERIFY(!result.error.isEmpty());
}

void TestCurlCodec::unicodeUrlSurvivesCopyAndPaste()
{
    const auto pasted = CurlCodec::fromCurl(u"curl 'https://h.example/v2/data/设备?q=[1] x'"_s);
    QVERIFY2(pasted.request, qPrintable(pasted.error));
    CurlCodec::Options options;
    const auto again = CurlCodec::fromCurl(CurlCodec::toCurl(*pasted.request, options));
    QVERIFY2(again.request, qPrintable(again.error));
    QCOMPARE(again.request->target, pasted.request->target);
    QCOMPARE(pasted.request->resolvedUrl({}).path(), u"/v2/data/设备"_s);
}

// Found by fuzzing: -A kept surrounding blanks that -H trims, so a pasted command and its copy
// differed.
void TestCurlCodec::shortcutHeadersTrimmedLikeHeaders()
{
    const auto parsed = CurlCodec::fromCurl(u"curl https://h/v2/x -A '  agent/1 ' -e ' r '"_s);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->header("User-Agent"), QByteArray("agent/1"));
    QCOMPARE(parsed.request->header("Referer"), QByteArray("r"));
    const auto again = CurlCodec::fromCurl(CurlCodec::toCurl(*parsed.request, {}));
    QVERIFY2(again.request, qPrintable(again.error));
    QCOMPARE(again.request->header("User-Agent"), QByteArray("agent/1"));
}

QTEST_GUILESS_MAIN(TestCurlCodec)
#include "TestCurlCodec.moc"
