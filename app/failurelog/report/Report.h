#pragma once

#include "LogEntry.h"
#include "LogFilter.h"
#include "LogQuery.h"
#include "ReadSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace xlink {

// What a report says before its records: the range, the totals, and each code with its
// catalogue text in both languages.
struct ReportSummary
{
    struct CodeLine
    {
        int code = 0;
        qint64 count = 0;
        QString zh;
        QString en;
        QString hintZh;
        QString hintEn;
    };
    struct StatusLine
    {
        int status = 0; // 0: no HTTP answer
        qint64 count = 0;
        QString zh; // the platform's meaning of the status
        QString en;
    };
    struct Line
    {
        QString key;
        qint64 count = 0;
    };

    QDateTime from;
    QDateTime to;
    qint64 total = 0;
    QList<CodeLine> byCode;
    QList<Line> byEndpoint;
    QList<StatusLine> byStatus;
    QList<Line> byKind;
    QList<LogQuery::Bucket> timeline; // for the chart over time
};

// A report ready to write: the summary, when it was made, and the records, streamed in time
// order. Built once and written by any ReportWriter, so a preview and the saved file match.
struct Report
{
    QDateTime generatedAt;
    LogFilter filter;
    QString filterDescription; // the filter in words, for the header
    // Records from the team log (TeamLocalCopy): each names its sender (LogEntry::sender), and
    // the CSV has a column for it.
    bool fromTeamLog = false;
    ReportSummary summary;
    std::function<bool(const std::function<bool(const StoredCall &)> &)> forEachRecord;
    // The read transaction the summary was counted in, held while the report lives so that
    // its records are read in it too (a call recorded meanwhile is in neither).
    std::shared_ptr<const ReadSnapshot> snapshot;
};

} // namespace xlink
