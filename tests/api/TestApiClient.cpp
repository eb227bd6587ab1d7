// The HTTP client against the sandbox on loopback: records, every sandbox fault, the size limit,
// timeouts, cancel, refused connections, TLS verification and where the token may go.
#include "ApiCall.h"
#include "ApiClient.h"
#include "CurlCodec.h"
#include "RawHttpServer.h"
#include "SandboxServer.h"
#include "Session.h"
#include "TlsTestServer.h"
#include "call/EnvironmentNames.h"
#include "call/FailureText.h"
#include "catalogue/ErrorCatalogue.h"
#include "state/DemoIdentities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace xlink;
using namespace Qt::StringLiterals;
Q_DECLARE_METATYPE(CallRecord::Kind)

namespace {

int codeOf(const CallRecord &record)
{
    return record.platformError ? record.platformError->code : -1;
}

// Nothing when the call did not finish in time: a default record's kind is Success, so two
// timed-out calls would otherwise compare equal.
std::optional<CallRecord> sendAndWait(
    ApiClient &client, const ApiRequest &request, int timeoutMs = 15000)
{
    ApiCall *call = client.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().first().value<CallRecord>();
}

ApiRequest request(const QByteArray &method, const QString &path, const QByteArray &fault = {})
{
    ApiRequest r;
    r.method = method;
    r.target = path;
    if (!fault.isEmpty())
        r.headers.append({ QByteArray("X-Sandbox-Fault"), fault });
    return r;
}

ApiRequest memberLogin(const QByteArray &fault = {})
{
    ApiRequest r = request("POST", u"/v2/corp_auth"_s, fault);
    r.body = R"({"account":"dev@example.com","password":"sandbox123"})";
    return r;
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recordOfAPlatformError();
    void builtInRecordedUntranslated();
    void eachSandboxFaultGetsItsKind_data();
    void eachSandboxFaultGetsItsKind();
    void hugeBodyWithinLimit();
    void sizeLimitFromContentLength();
    void sizeLimitWhileStreaming();
    void noDataInTimeIsATimeout();
    void cancelIsItsOwnKindNotAFailure();
    void baseUrlWithTrailingSlash();
    void bodyHeadersOnlyWithABody();
    void connectionRefused();
    void tokenOnlyToTheEnvironmentsOrigin();
    void queryTokenGoesInTheUrlAndIsRedacted();
    void answerOffItsSchemaIsAFailureOnlyWhenAsked();
    void tlsProblemReportedWithReason();
    void tlsTrustedExtraCertificate();
    void httpsToHttpRedirectRefused();
    void headerLineBreaksCannotInjectHeaders();
    void curlCopyThenPasteSendsTheSameRequest();

private:
    Environment sandboxEnvironment(int timeoutMs = 10000) const;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<CallRecord>();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
}

Environment TestApiClient::sandboxEnvironment(int timeoutMs) const
{
    Environment environment;
    environment.name = u"Local sandbox"_s;
    environment.baseUrl = m_sandbox->url();
    environment.timeoutMs = timeoutMs;
    return environment;
}

void TestApiClient::init()
{
    m_client = std::make_unique<ApiClient>();
    m_client->setEnvironment(sandboxEnvironment());
}

void TestApiClient::builtInRecordedUntranslated()
{
    // A built-in is recorded untranslated, whatever its name in the interface language, so
    // the failure log shows and filters its calls as one environment (EnvironmentNames).
    Environment builtIn = sandboxEnvironment();
    builtIn.id = EnvironmentNames::sandboxId.toString();
    builtIn.name = u"本地沙箱"_s;
    builtIn.builtIn = true;
    m_client->setEnvironment(builtIn);
    const std::optional<CallRecord> record = sendAndWait(*m_client, request("get", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(record->environment, u"Local sandbox"_s);
}

void TestApiClient::recordOfAPlatformError()
{
    QSignalSpy recorded(m_client.get(), &ApiClient::callRecorded);
    const std::optional<CallRecord> record = sendAndWait(*m_client, request("get", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(record->method, QByteArray("GET"));
    QCOMPARE(record->url, QUrl(m_sandbox->url().toString() + u"/v2/corp"));
    QCOMPARE(record->environment, u"Local sandbox"_s);
    QCOMPARE(record->purpose, CallRecord::Purpose::Request);
    QVERIFY(record->startedAt.isValid());
    QCOMPARE(record->httpStatus, 403);
    QCOMPARE(record->kind, CallRecord::Kind::Platform);
    QCOMPARE(codeOf(*record), 4031002); // no token
    // A GET has no body, so no body type either.
    for (const auto &[name, value] : record->requestHeaders)
        QVERIFY(name.compare("Content-Type", Qt::CaseInsensitive) != 0);
    QVERIFY(!record->responseHeaders.isEmpty());
    QCOMPARE(record->responseSize, record->responseBody.size());
    // Announced exactly once.
    QCOMPARE(recorded.size(), 1);
}

void TestApiClient::eachSandboxFaultGetsItsKind_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<CallRecord::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");

    QTest::newRow("status=503") << QByteArray("status=503") << CallRecord::Kind::Platform << 503
                                << 5031001;
    QTest::newRow("drop") << QByteArray("drop") << CallRecord::Kind::Network << -1 << 0;
    QTest::newRow("malformed") << QByteArray("malformed") << CallRecord::Kind::Malformed << 403
                               << 0;
    QTest::newRow("html") << QByteArray("html") << CallRecord::Kind::Http << 502 << 0;
    QTest::newRow("code-as-number")
        << QByteArray("code-as-number") << CallRecord::Kind::Platform << 403 << 4031002;
    QTest::newRow("english-msg") << QByteArray("english-msg") << CallRecord::Kind::Platform << 403
                                 << 4031002;
    QTest::newRow("delay") << QByteArray("delay=150") << CallRecord::Kind::Platform << 403
                           << 4031002;
}

void TestApiClient::eachSandboxFaultGetsItsKind()
{
    QFETCH(QByteArray, fault);
    QFETCH(CallRecord::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, code);
    const std::optional<CallRecord> record
        = sendAndWait(*m_client, request("GET", u"/v2/corp"_s, fault));
    QVERIFY(record);
    QCOMPARE(CallRecord::kindName(record->kind), CallRecord::kindName(kind));
    if (status >= 0)
        QCOMPARE(record->httpStatus, status);
    if (code) {
        QVERIFY(record->platformError);
        QCOMPARE(codeOf(*record), code);
    }
    if (fault == "html")
        QVERIFY2(FailureText::sentence(*record).contains(u"HTML"),
            qPrintable(FailureText::sentence(*record)));
    if (fault == "drop" || fault == "malformed")
        QVERIFY(!FailureText::sentence(*record).isEmpty());
    if (fault == "code-as-number")
        QVERIFY(record->platformError->codeWasNumber);
    if (fault == "english-msg") {
        const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4031002);
        QCOMPARE(record->platformError->serverMessage, entry->message.en);
    }
    if (fault.startsWith("delay"))
        QVERIFY(record->durationMs >= 140);
}

void TestApiClient::hugeBodyWithinLimit()
{
    const std::optional<CallRecord> record = sendAndWait(*m_client, memberLogin("huge=300000"));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Success);
    QCOMPARE(record->httpStatus, 200);
    QCOMPARE(record->responseSize, 300000);
    QCOMPARE(record->responseBody.size(), 300000);
    QJsonParseError error;
    QJsonDocument::fromJson(record->responseBody, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestApiClient::sizeLimitFromContentLength()
{
    m_client->setMaxResponseBytes(100'000);
    QElapsedTimer clock;
    clock.start();
    // 1 GB announced: refused at the headers, long before it could arrive.
    const std::optional<CallRecord> record = sendAndWait(*m_client, memberLogin("huge=1000000000"));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QCOMPARE(record->responseSize, 1000000000);
    QVERIFY(record->responseBody.size() <= 100'000);
    QVERIFY2(FailureText::sentence(*record).contains(u"limit"),
        qPrintable(FailureText::sentence(*record)));
#ifdef XLINK_TIMING_CHECKS
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
#else
    Q_UNUSED(clock)
#endif
}

void TestApiClient::sizeLimitWhileStreaming()
{
    // No Content-Length: only the bytes received can tell.
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n[";
    response += QByteArray(200'000, '1').replace(QByteArray("11"), QByteArray("1,"));
    response += "1]";
    test::RawHttpServer server(response);
    QVERIFY(server.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(server.baseUrl());
    m_client->setEnvironment(environment);
    m_client->setMaxResponseBytes(50'000);
    const std::optional<CallRecord> record
        = sendAndWait(*m_client, request("GET", u"/v2/products"_s));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QVERIFY(record->responseSize > 50'000);
    QCOMPARE(record->responseBody.size(), 50'000);
    QVERIFY(FailureText::sentence(*record).contains(u"limit"));
}

void TestApiClient::noDataInTimeIsATimeout()
{
    m_client->setEnvironment(sandboxEnvironment(300));
    QElapsedTimer clock;
    clock.start();
    const std::optional<CallRecord> record
        = sendAndWait(*m_client, request("GET", u"/v2/corp"_s, "delay=5000"));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Timeout);
    QCOMPARE(record->httpStatus, 0);
    QVERIFY(!FailureText::sentence(*record).isEmpty());
#ifdef XLINK_TIMING_CHECKS
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
#else
    Q_UNUSED(clock)
#endif
}

void TestApiClient::cancelIsItsOwnKindNotAFailure()
{
    ApiCall *call = m_client->send(request("GET", u"/v2/corp"_s, "delay=5000"));
    QSignalSpy finished(call, &ApiCall::finished);
    QTimer::singleShot(50, call, &ApiCall::cancel);
    QVERIFY(finished.wait(3000));
    const auto record = finished.first().first().value<CallRecord>();
    // Its own kind: neither a timeout nor a network failure, and not counted as a failure.
    QCOMPARE(record.kind, CallRecord::Kind::Cancelled);
    QVERIFY(!record.isFailure());
    QCOMPARE(record.httpStatus, 0);
}

void TestApiClient::baseUrlWithTrailingSlash()
{
    // Typed with a slash at the end ("http://127.0.0.1:PORT/"), the base URL must not double it.
    Environment environment = sandboxEnvironment();
    environment.baseUrl = m_sandbox->url();
    environment.baseUrl.setPath(u"/"_s);
    m_client->setEnvironment(environment);
    ApiCall *call = m_client->send(request("GET", u"/v2/corp"_s));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    const auto record = finished.first().first().value<CallRecord>();
    QCOMPARE(record.url.path(), u"/v2/corp"_s);
    QCOMPARE(record.url.port(), m_sandbox->url().port());
    // A base URL with a path prefix keeps it, without a doubled slash either.
    ApiRequest relative;
    relative.target = u"v2/corp"_s;
    QCOMPARE(relative.resolvedUrl(QUrl(u"https://gw.example.com/xlink/"_s)).toString(),
        u"https://gw.example.com/xlink/v2/corp"_s);
}

void TestApiClient::bodyHeadersOnlyWithABody()
{
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(server.baseUrl());
    m_client->setEnvironment(environment);
    const auto sendAndWait = [this](const ApiRequest &request) {
        ApiCall *call = m_client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        return finished.wait(5000) ? finished.first().first().value<CallRecord>() : CallRecord();
    };
    // A GET has no body: no type, no length, on the wire or in the record.
    const CallRecord get = sendAndWait(request("GET", u"/v2/corp"_s));
    QCOMPARE(get.httpStatus, 200);
    QByteArray head = server.lastRequestHead().toLower();
    QVERIFY2(head.startsWith("get /v2/corp "), head.constData());
    QVERIFY2(!head.contains("content-type"), head.constData());
    QVERIFY2(!head.contains("content-length"), head.constData());
    for (const auto &[name, value] : get.requestHeaders)
        QVERIFY(name.compare("Content-Type", Qt::CaseInsensitive) != 0);
    // A POST with a body says what it is.
    ApiRequest post = request("POST", u"/v2/products"_s);
    post.body = R"({"name":"lamp"})";
    QCOMPARE(sendAndWait(post).httpStatus, 200);
    head = server.lastRequestHead().toLower();
    QVERIFY2(head.contains("content-type: application/json"), head.constData());
    QVERIFY2(head.contains("content-length: 15"), head.constData());
}

void TestApiClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    m_client->setEnvironment(environment);
    const std::optional<CallRecord> record = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QCOMPARE(record->httpStatus, 0);
    QVERIFY(!FailureText::sentence(*record).isEmpty());
}

void TestApiClient::tokenOnlyToTheEnvironmentsOrigin()
{
    Session *session = m_client->session();
    session->setCredentials({ Environment::LoginKind::EnterpriseMember,
        QString::fromUtf16(sandbox::demo::memberAccount),
        QString::fromUtf16(sandbox::demo::memberPassword), {} });
    QSignalSpy login(session, &Session::loginFinished);
    session->login();
    QVERIFY(login.wait(10000));
    QVERIFY(session->isLoggedIn());

    QSignalSpy recorded(m_client.get(), &ApiClient::callRecorded);
    std::optional<CallRecord> own = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(own);
    QCOMPARE(own->kind, CallRecord::Kind::Success);
    // The token went out but the record shows it redacted.
    QVERIFY(own->requestHeaders.contains(
        std::pair { QByteArray("Access-Token"), QByteArray("[REDACTED]") }));
    QVERIFY(!recorded.first().first().value<CallRecord>().requestHeaders.contains(
        std::pair { QByteArray("Access-Token"), session->accessToken() }));

    // Same server under another name: another origin, so no token is sent.
    ApiRequest foreign = request(
        "GET", u"http://localhost:"_s + QString::number(m_sandbox->port()) + u"/v2/corp"_s);
    const std::optional<CallRecord> other = sendAndWait(*m_client, foreign);
    QVERIFY(other);
    QCOMPARE(codeOf(*other), 4031002);
    for (const auto &[name, value] : other->requestHeaders)
        QVERIFY(name.compare("Access-Token", Qt::CaseInsensitive) != 0);
}

void TestApiClient::queryTokenGoesInTheUrlAndIsRedacted()
{
    // The WeChat gateway takes the app user's token as access_token in the query string.
    Session *session = m_client->session();
    session->setCredentials(
        { Environment::LoginKind::AppUser, QString::fromUtf16(sandbox::demo::userEmail),
            QString::fromUtf16(sandbox::demo::userPassword),
            QString::fromUtf16(sandbox::demo::corpId) });
    QSignalSpy login(session, &Session::loginFinished);
    session->login();
    QVERIFY(login.wait(10000));
    QVERIFY(session->isLoggedIn());

    ApiRequest wechat = request("GET", u"/v2/wechat_gateway/wx0a1b2c3d/wx_user_info?open_id=o1"_s);
    wechat.tokenInQuery = true;
    QSignalSpy recorded(m_client.get(), &ApiClient::callRecorded);
    const std::optional<CallRecord> record = sendAndWait(*m_client, wechat);
    QVERIFY(record);
    QCOMPARE(record->httpStatus, 200);
    const QString url = record->url.toString();
    QVERIFY2(url.contains(u"access_token="_s), qPrintable(url));
    QVERIFY2(!url.contains(QString::fromLatin1(session->accessToken())), qPrintable(url));
    for (const auto &[name, value] : record->requestHeaders)
        QVERIFY(name.compare("Access-Token", Qt::CaseInsensitive) != 0);

    // The client knows the documented call takes it there without being told.
    wechat.tokenInQuery = false;
    const std::optional<CallRecord> documented = sendAndWait(*m_client, wechat);
    QVERIFY(documented);
    QCOMPARE(documented->httpStatus, 200);

    // A token of the request's own goes as the request says (here: in a header, so the call
    // has no login).
    wechat.setHeader("Access-Token", session->accessToken());
    const std::optional<CallRecord> headerOnly = sendAndWait(*m_client, wechat);
    QVERIFY(headerOnly);
    QCOMPARE(headerOnly->httpStatus, 403);
}

void TestApiClient::answerOffItsSchemaIsAFailureOnlyWhenAsked()
{
    // createProduct answers the new product, whose id is a string: 42 is off the documents.
    test::RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: 9\r\n\r\n{\"id\":42}");
    QVERIFY(server.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(server.baseUrl());
    m_client->setEnvironment(environment);
    ApiRequest create = request("POST", u"/v2/product"_s);
    create.body = R"({"name":"Plug"})";

    std::optional<CallRecord> record = sendAndWait(*m_client, create);
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Success);

    m_client->setCheckResponseSchema(true);
    QSignalSpy recorded(m_client.get(), &ApiClient::callRecorded);
    record = sendAndWait(*m_client, create);
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::OffSchema);
    QVERIFY(record->isFailure());
    QCOMPARE(FailureText::reasonName(record->errorData), u"off_schema"_s);
    QCOMPARE(record->errorData.value(u"operation"_s).toString(), u"createProduct"_s);
    QVERIFY(record->errorData.value(u"paths"_s).toArray().contains(u"$.id"_s));
    // The log gets the same record.
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().first().value<CallRecord>().kind, CallRecord::Kind::OffSchema);

    // An answer that fits stays a success; an undocumented call is not checked.
    m_client->setEnvironment(sandboxEnvironment());
    record = sendAndWait(*m_client, memberLogin());
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Success);
}

void TestApiClient::tlsProblemReportedWithReason()
{
    test::TlsTestServer server(u"self-signed"_s);
    QVERIFY(server.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(server.baseUrl());
    m_client->setEnvironment(environment);
    const std::optional<CallRecord> record = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    QVERIFY2(FailureText::sentence(*record).contains(u"certificate"),
        qPrintable(FailureText::sentence(*record)));
    QCOMPARE(server.requestsServed(), 0);
}

void TestApiClient::tlsTrustedExtraCertificate()
{
    test::TlsTestServer server(u"server"_s);
    QVERIFY(server.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(server.baseUrl());
    m_client->setEnvironment(environment);
    // Signed by the test CA, which the system does not trust...
    std::optional<CallRecord> record = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(record->kind, CallRecord::Kind::Network);
    // ...until the environment lists it.
    environment.trustedCertificatesPem = { test::TlsTestServer::certificatePem(u"ca"_s) };
    m_client->setEnvironment(environment);
    record = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(record);
    QVERIFY2(record->kind == CallRecord::Kind::Success, qPrintable(FailureText::sentence(*record)));
    QCOMPARE(record->httpStatus, 200);
    QCOMPARE(server.requestsServed(), 1);
}

void TestApiClient::httpsToHttpRedirectRefused()
{
    test::RawHttpServer plain("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(plain.listen());
    const QByteArray location = plain.baseUrl().toUtf8() + "/v2/corp";
    test::RawHttpServer secure(
        "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n",
        test::RawHttpServer::Transport::Tls);
    QVERIFY(secure.listen());
    Environment environment = sandboxEnvironment();
    environment.baseUrl = QUrl(secure.baseUrl());
    environment.trustedCertificatesPem = { test::TlsTestServer::certificatePem(u"ca"_s) };
    m_client->setEnvironment(environment);
    const std::optional<CallRecord> record = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(record);
    QCOMPARE(secure.connections(), 1);
    QCOMPARE(CallRecord::kindName(record->kind), u"network"_s);
    QVERIFY2(FailureText::sentence(*record).contains(u"https to http"),
        qPrintable(FailureText::sentence(*record)));
    QCOMPARE(plain.connections(), 0);

    // A redirect that stays as safe is followed.
    test::RawHttpServer hop(
        "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(hop.listen());
    environment.baseUrl = QUrl(hop.baseUrl());
    m_client->setEnvironment(environment);
    const std::optional<CallRecord> followed
        = sendAndWait(*m_client, request("GET", u"/v2/corp"_s));
    QVERIFY(followed);
    QCOMPARE(followed->kind, CallRecord::Kind::Success);
    QCOMPARE(plain.connections(), 1);
}

void TestApiClient::headerLineBreaksCannotInjectHeaders()
{
    ApiRequest r = request("GET", u"/v2/corp"_s);
    r.headers.append({ QByteArray("X-Note"), QByteArray("a\r\nAccess-Token: injected") });
    const std::optional<CallRecord> record = sendAndWait(*m_client, r);
    QVERIFY(record);
    // The value went out on one line: the sandbox saw no token, only a missing one.
    QCOMPARE(codeOf(*record), 4031002);
    for (const auto &[name, value] : record->requestHeaders) {
        QVERIFY(!value.contains('\n'));
        QVERIFY(!value.contains('\r'));
    }
}

void TestApiClient::curlCopyThenPasteSendsTheSameRequest()
{
    ApiRequest original = memberLogin();
    original.headers.append({ QByteArray("X-Trace"), QByteArray("it's $HOME [1]") });
    QSignalSpy recorded(m_client.get(), &ApiClient::callRecorded);
    const std::optional<CallRecord> first = sendAndWait(*m_client, original);
    QVERIFY(first);
    QCOMPARE(first->kind, CallRecord::Kind::Success);

    CurlCodec::Options options;
    options.baseUrl = m_client->environment().baseUrl;
    const auto pasted = CurlCodec::fromCurl(CurlCodec::toCurl(original, options));
    QVERIFY2(pasted.request, qPrintable(pasted.error));
    const std::optional<CallRecord> second = sendAndWait(*m_client, *pasted.request);
    QVERIFY(second);
    QCOMPARE(second->kind, CallRecord::Kind::Success);
    QCOMPARE(second->method, first->method);
    QCOMPARE(second->url, first->url);
    QCOMPARE(second->requestHeaders, first->requestHeaders);
    QCOMPARE(second->requestBody, first->requestBody);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
