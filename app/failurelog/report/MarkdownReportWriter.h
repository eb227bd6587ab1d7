#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// GitHub-flavoured Markdown: summary tables, then each record with its decoded error, a
// repro curl command and an excerpt of the response body in fenced blocks.
class MarkdownReportWriter final : public ReportWriter
{
public:
    explicit MarkdownReportWriter(ReportOptions options = {})
        : m_options(options)
    { }
    bool write(const Report &report, QIODevice &device, QString *error) const override;

    // Text safe inside a table cell: pipes escaped, line breaks folded.
    static QString cell(const QString &text);
    // A fence longer than any run of backticks in `text`.
    static QString fenceFor(const QString &text);

private:
    ReportOptions m_options;
};

} // namespace xlink
