#include "FailureChartWidget.h"

#include "FailureStore.h"
#include "report/ChartPainter.h"

#include <QPainter>

namespace xlink {

FailureChartWidget::FailureChartWidget(FailureStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("failureChart"));
}

void FailureChartWidget::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    refresh();
}

void FailureChartWidget::refresh()
{
    m_buckets.clear();
    m_codes.clear();
    if (m_store && m_store->isOpen()) {
        const LogQuery query = m_store->query();
        const auto [from, to] = query.timeRange(m_filter);
        if (from.isValid() && to.isValid()) {
            // The range's end is exclusive: one millisecond past the newest row keeps it in.
            m_buckets = query.timeBuckets(m_filter, from, to.addMSecs(1), bucketCount);
        }
        for (const LogQuery::Count &count : query.countsByCode(m_filter)) {
            ReportSummary::CodeLine line;
            line.code = count.key.toInt();
            line.count = count.count;
            m_codes << line;
        }
    }
    update();
}

QSize FailureChartWidget::sizeHint() const
{
    return { 640, 160 };
}

QSize FailureChartWidget::minimumSizeHint() const
{
    return { 240, 100 };
}

void FailureChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    if (m_buckets.isEmpty() && m_codes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No failures to chart"));
        return;
    }
    const qreal gap = 16;
    const QRectF overTime(area.left(), area.top(), area.width() * 0.6 - gap / 2, area.height());
    const QRectF byCode(
        overTime.right() + gap, area.top(), area.right() - overTime.right() - gap, area.height());
    ChartColors colors;
    colors.bar = palette().color(QPalette::Highlight);
    colors.axis = palette().color(QPalette::Mid);
    colors.text = palette().color(QPalette::WindowText);
    ChartPainter::drawOverTime(painter, overTime, m_buckets, colors);
    ChartPainter::drawByCode(painter, byCode, m_codes, 6, colors);
}

} // namespace xlink
