#include "report/RecordJson.h"

#include "call/EnvironmentNames.h"
#include "report/CurlCommand.h"
#include "report/JsonWriter.h"

#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

void writeMessage(JsonWriter &out, const HeaderList &headers, const QByteArray &body, qint64 size)
{
    out.beginObject();
    out.key("headers"_L1);
    RecordJson::writeHeaders(out, headers);
    out.member("bodySize"_L1, size);
    out.key("bodyTruncated"_L1);
    out.boolean(size > body.size());
    RecordJson::writeBody(out, body, "body"_L1, "bodyEncoding"_L1);
    out.endObject();
}

void appendDigits(QByteArray &out, int value, int digits)
{
    char text[4];
    for (int i = digits - 1; i >= 0; --i) {
        text[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(text, digits);
}

} // namespace

void RecordJson::appendIsoTime(QByteArray &out, const QDateTime &time)
{
    // From the milliseconds since the epoch, which is what a logged time holds: converting
    // the QDateTime to its date and time of day costs more than the rest of a CSV line.
    constexpr qint64 msPerDay = 24 * 3600 * 1000;
    constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const QDate date = QDate::fromJulianDay(julianDayOfEpoch + days);
    if (!time.isValid() || date.year() < 1 || date.year() > 9999) {
        out.append(time.toUTC().toString(Qt::ISODateWithMs).toLatin1());
        return;
    }
    const QTime clock = QTime::fromMSecsSinceStartOfDay(int(ms - days * msPerDay));
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion, not one per part
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    out.append('T');
    appendDigits(out, clock.hour(), 2);
    out.append(':');
    appendDigits(out, clock.minute(), 2);
    out.append(':');
    appendDigits(out, clock.second(), 2);
    out.append('.');
    appendDigits(out, clock.msec(), 3);
    out.append('Z');
}

QString RecordJson::isoTime(const QDateTime &time)
{
    QByteArray text;
    appendIsoTime(text, time);
    return QString::fromLatin1(text);
}

void RecordJson::writeHeaders(JsonWriter &out, const HeaderList &headers)
{
    out.beginArray();
    for (const auto &[name, value] : headers) {
        out.beginObject();
        out.key("name"_L1);
        out.latin1String(name);
        out.key("value"_L1);
        out.utf8String(value);
        out.endObject();
    }
    out.endArray();
}

void RecordJson::writeBody(JsonWriter &out, const QByteArray &body, QLatin1StringView textKey,
    QLatin1StringView encodingKey)
{
    out.key(textKey);
    if (JsonWriter::isAscii(body)) {
        out.utf8String(body);
        return;
    }
    // The decoder's verdict as before: a byte order mark is dropped, and a character cut off
    // by the body cap at the end is left out rather than turning the body into base64.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (!decoder.hasError()) {
        out.string(text);
        return;
    }
    out.utf8String(body.toBase64());
    out.key(encodingKey);
    out.utf8String("base64");
}

void RecordJson::summaryMembers(JsonWriter &out, const LogEntry &e)
{
    out.member("id"_L1, e.id);
    out.key("time"_L1);
    QByteArray time;
    appendIsoTime(time, e.time);
    out.utf8String(time);
    out.member("environment"_L1, EnvironmentNames::canonical(e.environment));
    out.key("method"_L1);
    out.latin1String(e.method);
    out.member("url"_L1, e.url);
    out.member("endpoint"_L1, e.endpoint);
    out.key("status"_L1);
    if (e.httpStatus > 0)
        out.number(e.httpStatus);
    else
        out.null();
    out.key("code"_L1);
    if (e.code)
        out.number(*e.code);
    else
        out.null();
    out.member("kind"_L1, CallRecord::kindName(e.kind));
    out.member("zh"_L1, e.zh);
    out.member("en"_L1, e.en);
    out.member("serverMsg"_L1, e.serverMessage);
    out.member("errorText"_L1, e.failureText());
    out.member("durationMs"_L1, e.durationMs);
    // A team-log record names who sent it; this machine's own records have no sender.
    if (!e.sender.isEmpty())
        out.member("sender"_L1, e.sender);
}

void RecordJson::writeSummary(JsonWriter &out, const LogEntry &entry)
{
    out.beginObject();
    summaryMembers(out, entry);
    out.endObject();
}

QJsonObject RecordJson::summary(const LogEntry &entry)
{
    QByteArray text;
    JsonWriter out(text);
    writeSummary(out, entry);
    return QJsonDocument::fromJson(text).object();
}

void RecordJson::writeFull(JsonWriter &out, const StoredCall &stored)
{
    out.beginObject();
    summaryMembers(out, stored.entry);
    out.member("purpose"_L1, CallRecord::purposeName(stored.call.purpose));
    out.member("curl"_L1, CurlCommand::of(stored));
    out.key("request"_L1);
    writeMessage(
        out, stored.call.requestHeaders, stored.call.requestBody, stored.entry.requestSize);
    out.key("response"_L1);
    writeMessage(
        out, stored.call.responseHeaders, stored.call.responseBody, stored.entry.responseSize);
    out.endObject();
}

} // namespace xlink
