#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// A4 PDF through QPdfWriter and QPainter: the summary with bar charts of failures by code and
// over time on the first page, then the records (decoded error, curl, body excerpt), paged.
// Needs a QGuiApplication (fonts); xlink-cli creates one on the offscreen platform for it.
class PdfReportWriter final : public ReportWriter
{
public:
    explicit PdfReportWriter(ReportOptions options = {})
        : m_options(options)
    { }
    bool write(const Report &report, QIODevice &device, QString *error) const override;
    // Pages in the last document written.
    int pageCount() const { return m_pages; }

private:
    ReportOptions m_options;
    mutable int m_pages = 0;
};

} // namespace xlink
