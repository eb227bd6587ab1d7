#include "SampleCalls.h"

#include <QUrl>

namespace xlink::test {

namespace {

CallRecord base(const QDateTime &at, const QByteArray &method, const QString &url)
{
    CallRecord record;
    record.startedAt = at;
    record.environment = QStringLiteral("sandbox");
    record.method = method;
    record.url = QUrl(url);
    record.requestHeaders
        = { { "Access-Token", "tok-0123456789" }, { "Content-Type", "application/json" } };
    record.durationMs = 42;
    return record;
}

} // namespace

CallRecord SampleCalls::platform(
    const QDateTime &at, int code, const QString &environment, const QByteArray &secret)
{
    CallRecord record = base(at, "GET",
        QStringLiteral(
            "http://127.0.0.1:8080/v2/product/0123456789abcdef0123456789abcdef/device/42"));
    record.environment = environment;
    if (!secret.isEmpty()) {
        record.requestHeaders[0].second = secret;
        record.url.setQuery(u"access_token=" + QString::fromLatin1(secret));
    }
    const int status = code / 10000;
    record.httpStatus = status;
    record.responseHeaders = { { "Content-Type", "application/json" } };
    const QByteArray codeText = QByteArray::number(code);
    record.responseBody
        = R"({"error":{"code":")" + codeText + R"(","msg":"server says )" + codeText + R"("}})";
    record.responseSize = record.responseBody.size();
    record.kind = CallRecord::Kind::Platform;
    record.platformError = PlatformError { code, QString::fromLatin1(codeText), false,
        u"server says " + QString::fromLatin1(codeText) };
    return record;
}

CallRecord SampleCalls::http(const QDateTime &at, int status)
{
    CallRecord record = base(at, "GET", QStringLiteral("http://127.0.0.1:8080/v2/products"));
    record.httpStatus = status;
    record.responseHeaders = { { "Content-Type", "text/html" } };
    record.responseBody
        = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    record.responseSize = record.responseBody.size();
    record.kind = CallRecord::Kind::Http;
    record.errorText = QStringLiteral("HTTP %1 with an HTML page").arg(status);
    return record;
}

CallRecord SampleCalls::network(const QDateTime &at)
{
    CallRecord record = base(at, "GET", QStringLiteral("http://127.0.0.1:9/v2/corp"));
    record.kind = CallRecord::Kind::Network;
    record.errorText = QStringLiteral("Connection refused");
    return record;
}

CallRecord SampleCalls::timeout(const QDateTime &at)
{
    CallRecord record = base(at, "POST", QStringLiteral("http://127.0.0.1:8080/v2/users"));
    record.requestBody = R"({"offset":0,"limit":10})";
    record.kind = CallRecord::Kind::Timeout;
    record.errorText = QStringLiteral("No answer within 30 s");
    record.durationMs = 30000;
    return record;
}

CallRecord SampleCalls::malformed(const QDateTime &at)
{
    CallRecord record = base(at, "GET", QStringLiteral("http://127.0.0.1:8080/v2/tables"));
    record.httpStatus = 500;
    record.responseHeaders = { { "Content-Type", "application/json" } };
    record.responseBody = R"({"error":{"code":"50310)";
    record.responseSize = record.responseBody.size();
    record.kind = CallRecord::Kind::Malformed;
    record.errorText
        = QStringLiteral("The body is not valid JSON: unterminated string (offset 22)");
    return record;
}

CallRecord SampleCalls::success(const QDateTime &at)
{
    CallRecord record = base(at, "GET", QStringLiteral("http://127.0.0.1:8080/v2/corp"));
    record.httpStatus = 200;
    record.responseBody = R"({"id":"0123456789abcdef","name":"Acme"})";
    record.responseSize = record.responseBody.size();
    return record;
}

CallRecord SampleCalls::login(const QDateTime &at, const QByteArray &secret)
{
    CallRecord record = base(at, "POST", QStringLiteral("http://127.0.0.1:8080/v2/corp_auth"));
    record.requestHeaders = { { "Content-Type", "application/json" } };
    record.purpose = CallRecord::Purpose::Login;
    record.requestBody = R"({"account":"dev@example.com","password":")" + secret + R"("})";
    record.httpStatus = 400;
    record.responseBody = R"({"error":{"code":"4001007","msg":"wrong password"}})";
    record.responseSize = record.responseBody.size();
    record.kind = CallRecord::Kind::Platform;
    record.platformError = PlatformError { 4001007, QStringLiteral("4001007"), false,
        u"wrong password password=" + QString::fromLatin1(secret) };
    return record;
}

CallRecord SampleCalls::mixed(qint64 i, const QDateTime &baseTime)
{
    static const int codes[] = { 4031003, 4041008, 4001007, 4031021, 5031001, 4001021, 4041011,
        4001016, 4001019, 4031002 };
    static const char *const environments[] = { "sandbox", "production", "staging" };
    const QDateTime at = baseTime.addMSecs(i * 1000);
    CallRecord record;
    switch (i % 10) {
    case 0:
    case 5:
        record = success(at);
        break;
    case 1:
        record = http(at, i % 20 == 1 ? 502 : 503);
        break;
    case 2:
        record = network(at);
        break;
    case 3:
        record = timeout(at);
        break;
    case 4:
        record = malformed(at);
        break;
    default:
        record = platform(at, codes[(i / 10) % 10]);
        break;
    }
    record.environment = QString::fromLatin1(environments[i % 3]);
    // Vary the ids in the URL so endpoints fold and text search has something to find.
    QString path = record.url.path();
    path.replace(QStringLiteral("/42"), QString(u'/' + QString::number(i % 5000)));
    record.url.setPath(path);
    record.url.setQuery(u"req=" + QString::number(i));
    return record;
}

LogSettings SampleCalls::keepEverything()
{
    LogSettings settings;
    settings.successDays = 0;
    settings.failureDays = 0;
    return settings;
}

} // namespace xlink::test
