// Bad input never crashes or hangs the sandbox: each gets the documented 400/404 answer or a
// clean 413/414, and the server keeps serving.
#include "SandboxFixture.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink::sandbox;

namespace {

// A whole HTTP answer: its headers and as many body bytes as its Content-Length says.
bool isCompleteAnswer(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = answer.left(end).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return true;
    const qsizetype valueStart = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
    const qsizetype lineEnd = head.indexOf("\r\n", valueStart);
    const qsizetype length
        = head.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong();
    return answer.size() - (end + 4) >= length;
}

} // namespace

class TestSandboxBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMegabyteBodyIs413();
    void bodyJustUnderTheLimitIsParsed();
    void bodyOfTheWrongShapeIs400WithItsCode_data();
    void bodyOfTheWrongShapeIs400WithItsCode();
    void nonNumericIdIsNotFound_data();
    void nonNumericIdIsNotFound();
    void unicodeInNamesPathsAndLoginsIsKeptOrAnsweredAsUsual();
    void longPathIsUnknownAndOver16KiBIs414();
    void garbageRequestLine();
    void headHasNoBody();
    void stalledRequestIs408_data();
    void stalledRequestIs408();
};

void TestSandboxBadInput::tenMegabyteBodyIs413()
{
    SandboxFixture sandbox;
    const QByteArray body = "{\"account\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}";
    const HttpResult result = sandbox.client().postRaw(u"/v2/corp_auth"_s, body);
    QVERIFY(!result.timedOut);
    QCOMPARE(result.status, 413);
    // The code starts with its status, as the platform's error-code rule says.
    QCOMPARE(result.errorCode(), 4131001);
    QCOMPARE(sandbox.get(u"/v2/corp"_s).status, 200);
}

void TestSandboxBadInput::bodyJustUnderTheLimitIsParsed()
{
    SandboxOptions options;
    options.maxBodyBytes = 64 * 1024;
    SandboxFixture sandbox(options);
    const QByteArray padding(60 * 1024, 'x');
    const HttpResult under
        = sandbox.postRaw(u"/v2/data/sensor_log"_s, "{\"note\":\"" + padding + "\"}");
    QCOMPARE(under.status, 200);
    QCOMPARE(under.object().value(u"note").toString().size(), padding.size());
    const HttpResult over
        = sandbox.postRaw(u"/v2/data/sensor_log"_s, "{\"note\":\"" + padding + padding + "\"}");
    QCOMPARE(over.status, 413);
    QCOMPARE(sandbox.get(u"/v2/corp"_s).status, 200);
}

void TestSandboxBadInput::bodyOfTheWrongShapeIs400WithItsCode_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("html-body") << u"/v2/product"_s << "<html>hi</html>"_ba << 4001001;
    QTest::newRow("truncated-json") << u"/v2/product"_s << R"({"name":"x","link_ty)"_ba << 4001001;
    QTest::newRow("array-for-object") << u"/v2/product"_s << R"(["name"])"_ba << 4001001;
    QTest::newRow("string-for-int")
        << u"/v2/product"_s << R"({"name":"x","link_type":"1"})"_ba << 4001001;
    QTest::newRow("float-for-int")
        << u"/v2/product"_s << R"({"name":"x","link_type":1.5})"_ba << 4001001;
    QTest::newRow("null-name") << u"/v2/product"_s << R"({"name":null,"link_type":1})"_ba
                               << 4001002;
    QTest::newRow("empty-body") << u"/v2/accesskey"_s << QByteArray() << 4001001;
    QTest::newRow("bom-and-garbage") << u"/v2/accesskey"_s << "\xEF\xBB\xBF\x00\x01"_ba << 4001001;
    QTest::newRow("bool-for-string") << u"/v2/accesskey"_s << R"({"name":true})"_ba << 4001001;
    QTest::newRow("deep-nesting") << u"/v2/accesskey"_s
                                  << QByteArray(5000, '[') + QByteArray(5000, ']') << 4001001;
}

void TestSandboxBadInput::bodyOfTheWrongShapeIs400WithItsCode()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    SandboxFixture sandbox;
    const HttpResult result = sandbox.postRaw(path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), code);
}

void TestSandboxBadInput::nonNumericIdIsNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::newRow("device-letters") << u"/device/abc"_s << 4041008;
    QTest::newRow("device-negative") << u"/device/-5"_s << 4041008;
    QTest::newRow("device-overflow") << u"/device/99999999999999999999999"_s << 4041008;
    QTest::newRow("device-float") << u"/device/1.5"_s << 4041008;
    QTest::newRow("device-unicode") << u"/device/%E4%B8%80"_s << 4041008;
    QTest::newRow("datapoint") << u"/datapoint/x"_s << 4041007;
    QTest::newRow("firmware") << u"/firmware/x"_s << 4041006;
}

void TestSandboxBadInput::nonNumericIdIsNotFound()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    SandboxFixture sandbox;
    const QString base = u"/v2/product/"_s + sandbox.productId(false);
    const bool isGet = path.startsWith(u"/device");
    const HttpResult result = isGet ? sandbox.get(base + path) : sandbox.del(base + path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), code);
    QCOMPARE(sandbox.get(u"/v2/alert/rule/%F0%9F%94%A5"_s).errorCode(), 4041015);
    QCOMPARE(sandbox.get(u"/v2/product/not-a-product-id"_s).errorCode(), 4041005);
}

void TestSandboxBadInput::unicodeInNamesPathsAndLoginsIsKeptOrAnsweredAsUsual()
{
    SandboxFixture sandbox;
    const QString name = u"智能灯泡 💡 Ünïcødé \u202e RTL \u0000 nul"_s;
    const HttpResult created = sandbox.post(u"/v2/product"_s,
        { { u"name"_s, u"产品 🚀"_s }, { u"description"_s, name }, { u"link_type"_s, 1 },
            { u"type"_s, 2 } });
    QCOMPARE(created.status, 200);
    const QString pid = created.object().value(u"id").toString();
    QCOMPARE(sandbox.get(u"/v2/product/"_s + pid).object().value(u"description").toString(), name);

    // A table whose name is Chinese, addressed through a percent-encoded path.
    QCOMPARE(sandbox.post(u"/v2/table"_s, { { u"name"_s, u"温度记录"_s } }).status, 200);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(u"温度记录"_s));
    const HttpResult row
        = sandbox.post(u"/v2/data/"_s + encoded, { { u"值"_s, u"🌡️ 23°C"_s } });
    QCOMPARE(row.status, 200);
    const HttpResult read = sandbox.get(
        u"/v2/data/"_s + encoded + u"/"_s + row.object().value(u"objectId").toString());
    QCOMPARE(read.object().value(u"值").toString(), u"🌡️ 23°C"_s);
    QCOMPARE(sandbox.post(u"/v2/data/%E4%B8%8D%E5%AD%98%E5%9C%A8"_s, {}).errorCode(), 4041016);

    // Unicode in login fields and tokens gets the ordinary answers.
    QCOMPARE(
        sandbox.client()
            .post(u"/v2/corp_auth"_s,
                { { u"account"_s, u"开发者@例子.中国"_s }, { u"password"_s, u"密码密码密码"_s } })
            .errorCode(),
        4041002);
    QCOMPARE(sandbox.client()
                 .get(u"/v2/corp"_s, {}, { { "Access-Token"_ba, "\xE4\xB8\x80\xFF"_ba } })
                 .errorCode(),
        4031003);
    // Invalid UTF-8 inside a JSON string makes the body invalid JSON.
    const HttpResult invalid
        = sandbox.postRaw(u"/v2/accesskey"_s, "{\"name\":\"\xC3\x28\xFF\"}"_ba);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.errorCode(), 4001001);
}

void TestSandboxBadInput::longPathIsUnknownAndOver16KiBIs414()
{
    SandboxFixture sandbox;
    const QString longPath = u"/v2/"_s + QString(8000, u'a');
    const HttpResult routed = sandbox.get(longPath);
    QCOMPARE(routed.status, 404);
    QCOMPARE(routed.errorCode(), 4041001);
    const HttpResult manySegments = sandbox.get(u"/v2"_s + QString(u"/x"_s).repeated(3000));
    QCOMPARE(manySegments.errorCode(), 4041001);
    const HttpResult tooLong = sandbox.get(u"/v2/"_s + QString(40000, u'b'));
    QVERIFY(!tooLong.timedOut);
    QCOMPARE(tooLong.status, 414);
    QCOMPARE(tooLong.errorCode(), 4141001);
    QCOMPARE(sandbox.get(u"/v2/corp"_s).status, 200);
}

void TestSandboxBadInput::garbageRequestLine()
{
    SandboxFixture sandbox;
    // Headers that never end within the limit are refused, not buffered forever.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /v2/corp HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 2000; ++i)
        socket.write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(40, 'z') + "\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(40).constData());
    QCOMPARE(sandbox.get(u"/v2/corp"_s).status, 200);
}

void TestSandboxBadInput::headHasNoBody()
{
    SandboxFixture sandbox;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(socket.waitForConnected(2000));
    // Two requests on one connection: the HEAD answer must end at its headers.
    socket.write("HEAD /v2/corp HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 3000);
    QVERIFY(answer.startsWith("HTTP/1.1 404"));
    QVERIFY(answer.endsWith("\r\n\r\n"));
    socket.write("GET /v2/corp HTTP/1.1\r\nHost: x\r\n\r\n");
    answer.clear();
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("}}")), 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.left(40).constData());
    QVERIFY(answer.contains("4031002"));
}

void TestSandboxBadInput::stalledRequestIs408_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::newRow("headers") << "GET /v2/corp HTTP/1.1\r\nHost: x\r\nAccess-To"_ba;
    QTest::newRow("body")
        << "POST /v2/corp_auth HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"acc"_ba;
}

void TestSandboxBadInput::stalledRequestIs408()
{
    QFETCH(QByteArray, partial);
    SandboxOptions options;
    options.stalledRequestTimeoutMs = 300;
    SandboxFixture sandbox(options);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(partial);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("}}")), 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.left(40).constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 2000);

    // An idle kept-alive connection between requests is left alone. On a raw socket (a client
    // library would silently reconnect, hiding a server-side close): one whole request, then
    // idle until a second connection that stalls after it has had its 408, i.e. longer than
    // the stall timeout; the first connection is still open and answers its next request.
    const QByteArray request = "GET /v2/corp HTTP/1.1\r\nHost: x\r\nAccess-Token: "
        + sandbox.token().toLatin1() + "\r\n\r\n";
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(idle.waitForConnected(2000));
    idle.write(request);
    answer.clear();
    QTRY_VERIFY_WITH_TIMEOUT((answer += idle.readAll(), isCompleteAnswer(answer)), 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(40).constData());
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(stalled.waitForConnected(2000));
    stalled.write(partial);
    QByteArray stalledAnswer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (stalledAnswer += stalled.readAll(), stalledAnswer.startsWith("HTTP/1.1 408")), 2000);
    QCOMPARE(idle.state(), QAbstractSocket::ConnectedState);
    idle.write(request);
    answer.clear();
    QTRY_VERIFY_WITH_TIMEOUT((answer += idle.readAll(), isCompleteAnswer(answer)), 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(40).constData());
    QCOMPARE(idle.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TestSandboxBadInput)
#include "TestSandboxBadInput.moc"
