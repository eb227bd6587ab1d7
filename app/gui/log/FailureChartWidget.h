#pragma once

#include "LogFilter.h"
#include "report/Report.h"

#include <QWidget>

namespace xlink {

class FailureStore;

// Failures over time (left) and by code (right) for the log view's filter, drawn with the same
// ChartPainter the PDF report uses, from the store's time-bucket and group-by queries.
class FailureChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureChartWidget)

public:
    explicit FailureChartWidget(FailureStore *store, QWidget *parent = nullptr);

    void setFilter(const LogFilter &filter);
    void refresh();
    // What is drawn, for tests and the export preview.
    const QList<LogQuery::Bucket> &buckets() const { return m_buckets; }
    const QList<ReportSummary::CodeLine> &codes() const { return m_codes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int bucketCount = 24;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FailureStore *m_store;
    LogFilter m_filter;
    QList<LogQuery::Bucket> m_buckets;
    QList<ReportSummary::CodeLine> m_codes;
};

} // namespace xlink
