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

    // Text that stays text inside a table cell or a list item: HTML's characters as entities,
    // Markdown's inline markup and pipes escaped, line breaks folded.
    static QString cell(const QString &text);
    // The same for a catalogue hint, whose `code` spans stay code.
    static QString hintCell(const QString &text);
    // The inside of a code span in a table cell: pipes escaped, line breaks folded, backticks
    // (which would end the span) replaced.
    static QString codeCell(const QString &text);
    // A fence longer than any run of backticks in `text`.
    static QString fenceFor(const QString &text);

private:
    ReportOptions m_options;
};

} // namespace xlink
