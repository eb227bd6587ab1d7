#pragma once

#include "LogEntry.h"

#include <QJsonObject>

namespace xlink {

// The JSON form of a logged call, shared by `xlink-cli log list --json` and the JSON report.
//  summary(): id, time (ISO 8601 UTC), environment, method, url, endpoint, status (number or
//             null), code (number or null), kind (http|platform|network|timeout|malformed|
//             success), zh, en, serverMsg, errorText, durationMs
//  full():    summary + purpose, curl, request {headers [{name, value}], body, bodySize,
//             bodyTruncated}, response {the same}. A body that is not UTF-8 is base64 with
//             "bodyEncoding": "base64".
class RecordJson final
{
public:
    static QJsonObject summary(const LogEntry &entry);
    static QJsonObject full(const StoredCall &stored);
    static QString isoTime(const QDateTime &time);
};

} // namespace xlink
