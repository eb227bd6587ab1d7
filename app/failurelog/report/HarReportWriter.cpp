#include "report/HarReportWriter.h"

#include "call/HeaderLookup.h"
#include "report/JsonWriter.h"
#include "report/RecordJson.h"
#include "report/TextSink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

void writeContent(JsonWriter &out, const QByteArray &body, qint64 size, const QByteArray &mimeType)
{
    out.beginObject();
    out.member("size"_L1, std::max<qint64>(size, body.size()));
    out.key("mimeType"_L1);
    out.utf8String(mimeType);
    if (!body.isEmpty()) {
        RecordJson::writeBody(out, body, "text"_L1, "encoding"_L1);
        if (size > body.size())
            out.member("comment"_L1, u"body truncated by the log's cap");
    }
    out.endObject();
}

void writeEntry(JsonWriter &out, const StoredCall &stored)
{
    const LogEntry &e = stored.entry;
    const CallRecord &call = stored.call;
    out.beginObject();
    out.key("startedDateTime"_L1);
    QByteArray time;
    RecordJson::appendIsoTime(time, e.time);
    out.utf8String(time);
    const qint64 duration = std::max<qint64>(0, e.durationMs);
    out.member("time"_L1, duration);

    out.key("request"_L1);
    out.beginObject();
    out.key("method"_L1);
    out.latin1String(call.method);
    out.member("url"_L1, e.url);
    out.member("httpVersion"_L1, u"HTTP/1.1");
    out.key("cookies"_L1);
    out.beginArray();
    out.endArray();
    out.key("headers"_L1);
    RecordJson::writeHeaders(out, call.requestHeaders);
    out.key("queryString"_L1);
    out.beginArray();
    for (const auto &[name, value] : QUrlQuery(call.url).queryItems(QUrl::FullyDecoded)) {
        out.beginObject();
        out.member("name"_L1, name);
        out.member("value"_L1, value);
        out.endObject();
    }
    out.endArray();
    out.member("headersSize"_L1, -1);
    out.member("bodySize"_L1, e.requestSize);
    if (!call.requestBody.isEmpty()) {
        const QByteArray mime = HeaderLookup::value(call.requestHeaders, "content-type");
        out.key("postData"_L1);
        out.beginObject();
        out.key("mimeType"_L1);
        out.utf8String(mime.isEmpty() ? QByteArrayView("application/octet-stream") : mime);
        out.key("text"_L1);
        out.utf8String(call.requestBody);
        out.endObject();
    }
    out.endObject();

    out.key("response"_L1);
    out.beginObject();
    out.member("status"_L1, e.httpStatus);
    out.member("statusText"_L1, u"");
    out.member("httpVersion"_L1, e.httpStatus > 0 ? u"HTTP/1.1" : u"");
    out.key("cookies"_L1);
    out.beginArray();
    out.endArray();
    out.key("headers"_L1);
    RecordJson::writeHeaders(out, call.responseHeaders);
    out.key("content"_L1);
    writeContent(out, call.responseBody, e.responseSize,
        HeaderLookup::value(call.responseHeaders, "content-type"));
    out.member("redirectURL"_L1, u"");
    out.member("headersSize"_L1, -1);
    out.member("bodySize"_L1, e.httpStatus > 0 ? e.responseSize : -1);
    out.endObject();

    out.key("cache"_L1);
    out.beginObject();
    out.endObject();
    out.key("timings"_L1);
    out.beginObject();
    out.member("send"_L1, 0);
    out.member("wait"_L1, duration);
    out.member("receive"_L1, 0);
    out.endObject();
    QString comment = e.en;
    if (!e.serverMessage.isEmpty())
        comment += u" — " + e.serverMessage;
    if (const QString failure = e.failureText(); !failure.isEmpty())
        comment += u" — " + failure;
    out.member("comment"_L1, comment);
    out.key("_xlink"_L1);
    RecordJson::writeSummary(out, e);
    out.endObject();
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
        out.bytes().append(first ? "\n      " : ",\n      ");
        JsonWriter entry(out.bytes());
        writeEntry(entry, stored);
        out.flushIfFull();
        first = false;
        return true;
    });
    out << QByteArray(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n");
    return out.finish(error);
}

} // namespace xlink
