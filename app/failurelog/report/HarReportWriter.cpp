#include "report/HarReportWriter.h"

#include "report/RecordJson.h"
#include "report/TextSink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrlQuery>

namespace xlink {

namespace {

QJsonArray harHeaders(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("value"), QString::fromUtf8(value) } });
    return array;
}

QString headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    return {};
}

QJsonObject content(const QByteArray &body, qint64 size, const QString &mimeType)
{
    QJsonObject object { { QStringLiteral("size"), std::max<qint64>(size, body.size()) },
        { QStringLiteral("mimeType"), mimeType } };
    if (body.isEmpty())
        return object;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        object.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        object.insert(QStringLiteral("text"), text);
    }
    if (size > body.size())
        object.insert(QStringLiteral("comment"), QStringLiteral("body truncated by the log's cap"));
    return object;
}

QJsonObject entryJson(const StoredCall &stored)
{
    const LogEntry &e = stored.entry;
    const CallRecord &call = stored.call;
    QJsonArray queryString;
    for (const auto &[name, value] : QUrlQuery(call.url).queryItems(QUrl::FullyDecoded))
        queryString.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    QJsonObject request { { QStringLiteral("method"), QString::fromLatin1(call.method) },
        { QStringLiteral("url"), e.url },
        { QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1") },
        { QStringLiteral("cookies"), QJsonArray() },
        { QStringLiteral("headers"), harHeaders(call.requestHeaders) },
        { QStringLiteral("queryString"), queryString }, { QStringLiteral("headersSize"), -1 },
        { QStringLiteral("bodySize"), e.requestSize } };
    if (!call.requestBody.isEmpty()) {
        QString mime = headerValue(call.requestHeaders, "content-type");
        request.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"),
                              mime.isEmpty() ? QStringLiteral("application/octet-stream") : mime },
                { QStringLiteral("text"), QString::fromUtf8(call.requestBody) } });
    }
    const QString responseMime = headerValue(call.responseHeaders, "content-type");
    const QJsonObject response { { QStringLiteral("status"), e.httpStatus },
        { QStringLiteral("statusText"), QString() },
        { QStringLiteral("httpVersion"),
            e.httpStatus > 0 ? QStringLiteral("HTTP/1.1") : QString() },
        { QStringLiteral("cookies"), QJsonArray() },
        { QStringLiteral("headers"), harHeaders(call.responseHeaders) },
        { QStringLiteral("content"), content(call.responseBody, e.responseSize, responseMime) },
        { QStringLiteral("redirectURL"), QString() }, { QStringLiteral("headersSize"), -1 },
        { QStringLiteral("bodySize"), e.httpStatus > 0 ? e.responseSize : -1 } };
    const qint64 duration = std::max<qint64>(0, e.durationMs);
    QString comment = e.en;
    if (!e.serverMessage.isEmpty())
        comment += u" — " + e.serverMessage;
    if (!e.errorText.isEmpty())
        comment += u" — " + e.errorText;
    return {
        { QStringLiteral("startedDateTime"), RecordJson::isoTime(e.time) },
        { QStringLiteral("time"), duration },
        { QStringLiteral("request"), request },
        { QStringLiteral("response"), response },
        { QStringLiteral("cache"), QJsonObject() },
        { QStringLiteral("timings"),
            QJsonObject { { QStringLiteral("send"), 0 }, { QStringLiteral("wait"), duration },
                { QStringLiteral("receive"), 0 } } },
        { QStringLiteral("comment"), comment },
        { QStringLiteral("_xlink"), RecordJson::summary(e) },
    };
}

} // namespace

bool HarReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    TextSink out(device);
    const QJsonObject creator { { QStringLiteral("name"), QStringLiteral("xlink-console") },
        { QStringLiteral("version"), QStringLiteral(XLINK_VERSION) } };
    out << QByteArray("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": ")
        << QJsonDocument(creator).toJson(QJsonDocument::Compact)
        << QByteArray(",\n    \"pages\": [],\n    \"comment\": ")
        << QJsonDocument(QJsonArray { report.filterDescription })
               .toJson(QJsonDocument::Compact)
               .mid(1)
               .chopped(1)
        << QByteArray(",\n    \"entries\": [");
    bool first = true;
    report.forEachRecord([&](const StoredCall &stored) {
        out << QByteArray(first ? "\n      " : ",\n      ")
            << QJsonDocument(entryJson(stored)).toJson(QJsonDocument::Compact);
        first = false;
        return true;
    });
    out << QByteArray(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n");
    return out.finish(error);
}

} // namespace xlink
