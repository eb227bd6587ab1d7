#pragma once

#include "RunSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace xlink {

// A run as JSON, for scripts:
//   {"summary": {"planned", "passed", "assertionFailed", "errorAnswer", "noAnswer",
//                "unresolved", "cancelled", "notRun", "bailed", "startedAt", "durationMs"},
//    "requests": [{"index", "file", "line", "name", "method", "url", "outcome", "httpStatus",
//                  "platformCode", "durationMs", "recordId", "assertions": [{"line", "text",
//                  "outcome", "expected", "actual", "message"}], "unresolved": [{"expression",
//                  "reason"}], "notes", "problems"}],
//    "notRun": [{"index", "file", "line", "name", "method", "url"}]}
// `file` is joined to the collection's folder as given (`roots`). No secret: see
// RequestRunResult.
class RunJsonReport final
{
public:
    static QJsonObject toJson(const RunSummary &summary, const QStringList &roots = {});
    static QByteArray toBytes(const RunSummary &summary, const QStringList &roots = {});
};

} // namespace xlink
