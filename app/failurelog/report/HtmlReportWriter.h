#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// One self-contained HTML file (inline CSS, no scripts, no external resources) that reads
// well on screen and prints well. Written as XHTML so any XML parser can check it; every
// value is escaped.
class HtmlReportWriter final : public ReportWriter
{
public:
    explicit HtmlReportWriter(ReportOptions options = {})
        : m_options(options)
    { }
    bool write(const Report &report, QIODevice &device, QString *error) const override;
    static QString escaped(const QString &text);

private:
    ReportOptions m_options;
};

} // namespace xlink
