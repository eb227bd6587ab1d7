#include "report/ChartPainter.h"

#include <QPainter>

namespace xlink {

void ChartPainter::drawByCode(QPainter &painter, const QRectF &rect,
    const QList<ReportSummary::CodeLine> &codes, int maxBars, const ChartColors &colors)
{
    painter.save();
    const qsizetype n = std::min<qsizetype>(codes.size(), maxBars);
    if (n == 0) {
        painter.restore();
        return;
    }
    qint64 largest = 1;
    for (qsizetype i = 0; i < n; ++i)
        largest = std::max(largest, codes[i].count);
    const QFontMetricsF metrics(painter.font());
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000000  "));
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral(" 0000000"));
    const qreal rowHeight = rect.height() / qreal(n);
    const qreal barSpace = std::max<qreal>(1, rect.width() - labelWidth - countWidth);
    for (qsizetype i = 0; i < n; ++i) {
        const qreal y = rect.top() + i * rowHeight;
        const QRectF label(rect.left(), y, labelWidth, rowHeight);
        painter.setPen(colors.text);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, QString::number(codes[i].code));
        const qreal width = barSpace * qreal(codes[i].count) / qreal(largest);
        const QRectF bar(rect.left() + labelWidth, y + rowHeight * 0.15, std::max<qreal>(width, 1),
            rowHeight * 0.7);
        painter.fillRect(bar, colors.bar);
        painter.drawText(QRectF(bar.right() + metrics.averageCharWidth(), y, countWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(codes[i].count));
    }
    painter.restore();
}

std::pair<QDateTime, QDateTime> ChartPainter::timeSpan(
    const QDateTime &first, const QDateTime &last, const LogFilter &filter, int minimumMinutes)
{
    if (!first.isValid() || !last.isValid())
        return {};
    constexpr qint64 minute = 60 * 1000;
    qint64 from = (filter.since.isValid() ? filter.since : first).toMSecsSinceEpoch();
    // The end is exclusive: one millisecond past the newest record keeps it in.
    qint64 to
        = filter.until.isValid() ? filter.until.toMSecsSinceEpoch() : last.toMSecsSinceEpoch() + 1;
    from -= from % minute;
    to += (minute - to % minute) % minute;
    // The newest records stay at the right end: a short span grows into the past.
    from = std::min(from, to - qint64(minimumMinutes) * minute);
    return { QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(to, Qt::UTC) };
}

std::pair<QString, QString> ChartPainter::timeLabels(
    const QList<LogQuery::Bucket> &buckets, Clock clock)
{
    if (buckets.isEmpty())
        return {};
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    if (clock == Clock::Local)
        return { buckets.first().start.toLocalTime().toString(format),
            buckets.last().end.toLocalTime().toString(format) };
    return { buckets.first().start.toUTC().toString(format),
        buckets.last().end.toUTC().toString(format) + QStringLiteral(" UTC") };
}

void ChartPainter::drawOverTime(QPainter &painter, const QRectF &rect,
    const QList<LogQuery::Bucket> &buckets, const ChartColors &colors, Clock clock)
{
    painter.save();
    if (buckets.isEmpty()) {
        painter.restore();
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const qreal labelHeight = metrics.height() * 1.4;
    qint64 largest = 1;
    for (const auto &bucket : buckets)
        largest = std::max(largest, bucket.count);
    // The count axis on the left, labelled with the tallest bar's count at its top; the time
    // axis below, labelled at its two ends only.
    const QString count = QString::number(largest);
    const qreal gutter = metrics.horizontalAdvance(count) + metrics.averageCharWidth();
    // Half a line above the plot for the count label centred on its top.
    const qreal top = metrics.height() / 2;
    const QRectF plot(rect.left() + gutter, rect.top() + top, rect.width() - gutter,
        rect.height() - labelHeight - top);
    const qreal slot = plot.width() / qreal(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const qreal height = plot.height() * qreal(buckets[i].count) / qreal(largest);
        if (buckets[i].count > 0)
            painter.fillRect(QRectF(plot.left() + i * slot + slot * 0.1,
                                 plot.bottom() - std::max<qreal>(height, 1), slot * 0.8,
                                 std::max<qreal>(height, 1)),
                colors.bar);
    }
    painter.setPen(colors.axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.topLeft(), plot.topLeft() - QPointF(metrics.averageCharWidth() / 2, 0));
    painter.setPen(colors.text);
    painter.drawText(QRectF(rect.left(), plot.top() - metrics.height() / 2,
                         gutter - metrics.averageCharWidth() / 2, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, count);
    const QRectF labels(plot.left(), plot.bottom(), plot.width(), labelHeight);
    const auto [first, last] = timeLabels(buckets, clock);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignBottom, first);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignBottom, last);
    painter.restore();
}

} // namespace xlink
