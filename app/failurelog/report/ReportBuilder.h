#pragma once

#include "report/Report.h"
#include "report/ReportExporter.h"

namespace xlink {

class ErrorCatalogue;
class LogQuery;

// Computes a report's summary from the log with the database's own group-by counts, and
// makes its records stream from the same query (the query must outlive the report).
class ReportBuilder final
{
public:
    static Report build(const LogQuery &query, const LogFilter &filter,
        const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    // The same, the codes explained by `catalogue` (the merged one, so imported codes have
    // their text in summary.byCode) instead of the built-in one.
    static Report build(const LogQuery &query, const LogFilter &filter,
        const ErrorCatalogue &catalogue,
        const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    // A report to write in `format`: for a format that shows no summary, the summary holds
    // only the total, without the pass that groups the selected rows (a seventh of a CSV
    // export's time).
    static Report buildFor(ReportExporter::Format format, const LogQuery &query,
        const LogFilter &filter, const ErrorCatalogue &catalogue,
        const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    static Report buildFor(ReportExporter::Format format, const LogQuery &query,
        const LogFilter &filter, const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    static QString describe(const LogFilter &filter);
    static constexpr int timelineBuckets = 24;
};

} // namespace xlink
