#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// RFC 4180 CSV, UTF-8, CRLF line ends, one header row then one row per record (the summary is
// left out: a spreadsheet computes it). Text cells that a spreadsheet would run as a formula
// (starting with = + - @) get a leading apostrophe.
class CsvReportWriter final : public ReportWriter
{
public:
    explicit CsvReportWriter(ReportOptions options = {})
        : m_options(options)
    { }
    bool write(const Report &report, QIODevice &device, QString *error) const override;

    // With `sender` (a report from the team log), a last column names who sent each record.
    static QStringList columns(bool sender = false);
    static QString field(const QString &text); // quoted when needed

private:
    ReportOptions m_options;
};

} // namespace xlink
