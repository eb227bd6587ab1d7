#pragma once

#include "report/Report.h"

#include <QRectF>

class QPainter;

namespace xlink {

// Bar charts of failures by code and over time, drawn with QPainter so the PDF report and the
// log view's chart share one drawing.
class ChartPainter final
{
public:
    // Horizontal bars, one per code (the `maxBars` most frequent), labelled with code and count.
    static void drawByCode(QPainter &painter, const QRectF &rect,
        const QList<ReportSummary::CodeLine> &codes, int maxBars = 10);
    // Vertical bars, one per time bucket, with the first and last bucket's time below.
    static void drawOverTime(
        QPainter &painter, const QRectF &rect, const QList<LogQuery::Bucket> &buckets);
};

} // namespace xlink
