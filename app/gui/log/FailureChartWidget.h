#pragma once

#include "LogFilter.h"
#include "RequestGeneration.h"
#include "TeamFilter.h"
#include "report/Report.h"

#include <QWidget>

namespace xlink {

class FailureStore;
class ScopeReader;

// Failures over time (left) and by code (right) for the log view's filter, drawn with the same
// ChartPainter the PDF report uses, from the store's time-bucket and group-by queries, read on
// the store's background reader thread (a filter change shows "searching" until they arrive).
class FailureChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureChartWidget)

public:
    explicit FailureChartWidget(FailureStore *store, QWidget *parent = nullptr);
    ~FailureChartWidget() override;

    // Charts `reader`'s log instead (not owned; nullptr: this machine's), with `filter`.
    void setReader(ScopeReader *reader, const TeamFilter &filter);
    // Clears the chart at once and reads the new filter's.
    void setFilter(const LogFilter &filter) { setTeamFilter(TeamFilter { filter, {} }); }
    void setTeamFilter(const TeamFilter &filter);
    // Reads again; the chart shown stays until the new one arrives.
    void refresh();
    // The chart of the current filter has not arrived yet.
    bool isPending() const { return m_pending; }
    // What is drawn, for tests and the export preview.
    const QList<LogQuery::Bucket> &buckets() const { return m_buckets; }
    const QList<ReportSummary::CodeLine> &codes() const { return m_codes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int bucketCount = 24;

Q_SIGNALS:
    // What is drawn changed (the current filter's chart arrived).
    void updated();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Data
    {
        QList<LogQuery::Bucket> buckets;
        QList<ReportSummary::CodeLine> codes;
    };

    ScopeReader *m_local; // this machine's log, owned
    ScopeReader *m_reader;
    TeamFilter m_filter;
    RequestGeneration m_generation;
    bool m_pending = false;
    QList<LogQuery::Bucket> m_buckets;
    QList<ReportSummary::CodeLine> m_codes;
};

} // namespace xlink
