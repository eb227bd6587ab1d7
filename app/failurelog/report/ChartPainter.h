#pragma once

#include "report/Report.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace xlink {

// What a chart is drawn with. The defaults suit paper (the PDF report); a widget passes its
// palette's, so the chart reads in a dark theme too.
struct ChartColors
{
    QColor bar = QColor(0xc0, 0x39, 0x2b);
    QColor axis = QColor(0x88, 0x88, 0x88);
    QColor text = QColor(Qt::black);
};

// Bar charts of failures by code and over time, drawn with QPainter so the PDF report and the
// log view's chart share one drawing.
class ChartPainter final
{
public:
    // Horizontal bars, one per code (the `maxBars` most frequent), labelled with code and count.
    static void drawByCode(QPainter &painter, const QRectF &rect,
        const QList<ReportSummary::CodeLine> &codes, int maxBars = 10,
        const ChartColors &colors = {});
    // Which clock the time axis is labelled in: UTC, marked, in reports handed across time
    // zones; the viewer's local time in the console, as its table and range filter show.
    enum class Clock { Utc, Local };

    // Vertical bars, one per time bucket, with the first and last bucket's time below.
    static void drawOverTime(QPainter &painter, const QRectF &rect,
        const QList<LogQuery::Bucket> &buckets, const ChartColors &colors = {},
        Clock clock = Clock::Utc);
    // The span a chart over time covers for the records `filter` selects (the first at
    // `first`, the last at `last`): the filter's own range where it sets one, else theirs, in
    // whole minutes and at least `minimumMinutes` long, so that the axis' two ends are never
    // labelled with the same time (one record, or a burst within a minute).
    static std::pair<QDateTime, QDateTime> timeSpan(
        const QDateTime &first, const QDateTime &last, const LogFilter &filter, int minimumMinutes);
    // The labels under the time axis: the start of the first bucket, the end of the last.
    static std::pair<QString, QString> timeLabels(
        const QList<LogQuery::Bucket> &buckets, Clock clock);
};

} // namespace xlink
