#pragma once

#include "LogEntry.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace xlink {

class JsonWriter;

// The JSON form of a logged call, shared by `xlink-cli log list --json`, the JSON report and
// the HAR report (its "_xlink" member). The one place that knows a record's JSON members:
//  summary:   id, time (ISO 8601 UTC), environment, method, url, endpoint, status (number or
//             null), code (number or null), kind (http|platform|network|timeout|malformed|
//             success), zh, en, serverMsg, errorText, durationMs, and sender for a record
//             from the team log
//  full:      summary + purpose, curl, request {headers [{name, value}], body, bodySize,
//             bodyTruncated}, response {the same}. A body that is not UTF-8 is base64 with
//             "bodyEncoding": "base64".
// Written straight into JSON text (JsonWriter); reports write many thousands of records.
class RecordJson final
{
public:
    static void writeSummary(JsonWriter &out, const LogEntry &entry);
    static void writeFull(JsonWriter &out, const StoredCall &stored);
    // The summary as an object (for a short list printed as one document).
    static QJsonObject summary(const LogEntry &entry);
    // Members `textKey`: the body as text when it is UTF-8, else its base64 and `encodingKey`:
    // "base64".
    static void writeBody(JsonWriter &out, const QByteArray &body, QLatin1StringView textKey,
        QLatin1StringView encodingKey);
    static void writeHeaders(JsonWriter &out, const HeaderList &headers);
    // ISO 8601 in UTC with milliseconds ("2026-01-01T00:00:00.000Z"), as
    // QDateTime::toString(Qt::ISODateWithMs) writes it, without its cost per record.
    static QString isoTime(const QDateTime &time);
    static void appendIsoTime(QByteArray &out, const QDateTime &time);

private:
    static void summaryMembers(JsonWriter &out, const LogEntry &entry);
};

} // namespace xlink
