#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// A JSON document (schema "xlink-failure-report/1", documented in README.md):
// {
//   "schema": "xlink-failure-report/1",
//   "generatedAt": ISO 8601 UTC, "selection": text, "generator": "xlink-console X.Y.Z",
//   "summary": { "from", "to" (ISO 8601 or null), "total",
//                "byCode": [{ "code", "count", "zh", "en", "hintZh", "hintEn" }],
//                "byEndpoint": [{ "endpoint", "count" }],
//                "byStatus": [{ "status" (null: no answer), "count", "zh", "en" }],
//                "byKind": [{ "kind", "count" }] },
//   "records": [ RecordJson::full() objects, oldest first ]
// }
// Records are streamed, so a large export never holds the whole document in memory.
class JsonReportWriter final : public ReportWriter
{
public:
    bool write(const Report &report, QIODevice &device, QString *error) const override;
    static constexpr auto schema = "xlink-failure-report/1";
};

} // namespace xlink
