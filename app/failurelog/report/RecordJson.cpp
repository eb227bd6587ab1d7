#include "report/RecordJson.h"

#include "call/EnvironmentNames.h"
#include "report/CurlCommand.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace xlink {

namespace {

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("value"), QString::fromUtf8(value) } });
    return array;
}

QJsonObject messageJson(const HeaderList &headers, const QByteArray &body, qint64 size)
{
    QJsonObject object { { QStringLiteral("headers"), headersJson(headers) },
        { QStringLiteral("bodySize"), size },
        { QStringLiteral("bodyTruncated"), size > body.size() } };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        object.insert(QStringLiteral("body"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("bodyEncoding"), QStringLiteral("base64"));
    } else {
        object.insert(QStringLiteral("body"), text);
    }
    return object;
}

} // namespace

QString RecordJson::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject RecordJson::summary(const LogEntry &e)
{
    return {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("time"), isoTime(e.time) },
        { QStringLiteral("environment"), EnvironmentNames::canonical(e.environment) },
        { QStringLiteral("method"), QString::fromLatin1(e.method) },
        { QStringLiteral("url"), e.url },
        { QStringLiteral("endpoint"), e.endpoint },
        { QStringLiteral("status"), e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue() },
        { QStringLiteral("code"), e.code ? QJsonValue(*e.code) : QJsonValue() },
        { QStringLiteral("kind"), CallRecord::kindName(e.kind) },
        { QStringLiteral("zh"), e.zh },
        { QStringLiteral("en"), e.en },
        { QStringLiteral("serverMsg"), e.serverMessage },
        { QStringLiteral("errorText"), e.errorText },
        { QStringLiteral("durationMs"), e.durationMs },
    };
}

QJsonObject RecordJson::full(const StoredCall &stored)
{
    QJsonObject object = summary(stored.entry);
    object.insert(QStringLiteral("purpose"), CallRecord::purposeName(stored.call.purpose));
    object.insert(QStringLiteral("curl"), CurlCommand::of(stored.call));
    object.insert(QStringLiteral("request"),
        messageJson(stored.call.requestHeaders, stored.call.requestBody, stored.entry.requestSize));
    object.insert(QStringLiteral("response"),
        messageJson(
            stored.call.responseHeaders, stored.call.responseBody, stored.entry.responseSize));
    return object;
}

} // namespace xlink
