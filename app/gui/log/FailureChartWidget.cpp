#include "FailureChartWidget.h"

#include "LocalScopeReader.h"
#include "report/ChartPainter.h"

#include <QPainter>

namespace xlink {

FailureChartWidget::FailureChartWidget(FailureStore *store, QWidget *parent)
    : QWidget(parent)
    , m_local(new LocalScopeReader(store, this))
    , m_reader(m_local)
{
    setObjectName(QStringLiteral("failureChart"));
}

FailureChartWidget::~FailureChartWidget()
{
    m_generation.next(); // the reads still queued are skipped
}

void FailureChartWidget::setReader(ScopeReader *reader, const TeamFilter &filter)
{
    m_reader = reader ? reader : m_local;
    setTeamFilter(filter);
}

void FailureChartWidget::setTeamFilter(const TeamFilter &filter)
{
    m_filter = filter;
    m_buckets.clear();
    m_codes.clear();
    refresh();
}

void FailureChartWidget::refresh()
{
    const quint64 generation = m_generation.next();
    ScopeReader *reader = m_reader->isAvailable() ? m_reader : nullptr;
    m_pending = reader != nullptr;
    update();
    if (!reader)
        return;
    const TeamFilter filter = m_filter;
    reader->read<Data>(
        ScopeReader::Lane::Background, this, m_generation.isCurrent(generation),
        [filter](const ScopeQuery &query, const std::function<bool()> &wanted) {
            Data data;
            const auto [first, last] = query.timeRange(filter);
            const auto [from, to] = ChartPainter::timeSpan(first, last, filter.log, bucketCount);
            if (from.isValid() && wanted())
                data.buckets = query.timeBuckets(filter, from, to, bucketCount);
            if (!wanted())
                return data;
            for (const LogQuery::Count &count : query.countsBy(ScopeQuery::GroupBy::Code, filter)) {
                ReportSummary::CodeLine line;
                line.code = count.key.toInt();
                line.count = count.count;
                data.codes << line;
            }
            return data;
        },
        [this](const Data &data) {
            m_buckets = data.buckets;
            m_codes = data.codes;
            m_pending = false;
            update();
            Q_EMIT updated();
        });
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
        painter.drawText(
            area, Qt::AlignCenter, m_pending ? tr("Searching…") : tr("No failures to chart"));
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
    ChartPainter::drawOverTime(painter, overTime, m_buckets, colors, ChartPainter::Clock::Local);
    ChartPainter::drawByCode(painter, byCode, m_codes, 6, colors);
}

} // namespace xlink
