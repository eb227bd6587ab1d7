#pragma once

#include "report/ReportWriter.h"

#include <QImage>
#include <QList>

#include <functional>

class QPainter;
class QRectF;

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
    // The same pages painted onto images (`scale` pixels per point), for a preview that shows
    // what the PDF holds: at most maxPages images; pageCount() still counts every page.
    QList<QImage> renderPages(const Report &report, qreal scale, int maxPages) const;
    // Pages in the last document written or rendered.
    int pageCount() const { return m_pages; }

private:
    void paint(const Report &report, QPainter &painter, const QRectF &area,
        const std::function<void()> &nextPage, int *pages) const;

    ReportOptions m_options;
    mutable int m_pages = 0;
};

} // namespace xlink
