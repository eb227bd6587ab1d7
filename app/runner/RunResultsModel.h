#pragma once

#include "RequestRunResult.h"
#include "RunSummary.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace xlink {

class ErrorCatalogue;

// The rows of the console's run view: one per request a collection run reached, in run order,
// with its outcome, HTTP status, platform code (with the catalogue's Chinese and English
// messages) and time, and the counts the progress line shows. It is fed from the runner's
// signals (started() then finished() per request); rows are added only at the end, one at a
// time, so a view never lays out again what it showed already.
class RunResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunResultsModel)

public:
    enum Column { OutcomeColumn, RequestColumn, StatusColumn, CodeColumn, TimeColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // RequestRunResult::Outcome as int
        ProblemRole, // bool: the request failed, got an error answer or none
    };

    struct Counts
    {
        int planned = 0;
        int finished = 0; // requests with a result (whatever it is)
        int passed = 0;
        int failed = 0; // an assertion failed, an error answer or no answer
        int skipped = 0; // not sent: a placeholder had no value
        int cancelled = 0;
    };

    explicit RunResultsModel(QObject *parent = nullptr);
    ~RunResultsModel() override;

    // Decodes platform codes with `catalogue` (the built-in one until set).
    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    // A new run of `planned` requests: the rows of the last one go.
    void begin(int planned);
    // A request is on its way: a row for it (Pending).
    void started(const RequestRunResult &request);
    // Its result: the row of the same run index, added when started() did not come.
    void finished(const RequestRunResult &result);
    // The run ended (how is in `summary`).
    void end(const RunSummary &summary);

    const RequestRunResult &result(int row) const { return m_rows.at(row); }
    Counts counts() const { return m_counts; }
    bool isRunning() const { return m_running; }
    // The rows whose request did not pass and was not skipped or stopped.
    QList<RequestRunResult> failedResults() const;
    // Whether `outcome` is one "Re-run failed" runs again.
    static bool isProblem(RequestRunResult::Outcome outcome);
    // The outcome in a word, in the user's language.
    static QString outcomeText(RequestRunResult::Outcome outcome);
    // The platform code of `result` with the catalogue's Chinese and English messages
    // ("4041008 设备不存在 / Device not found"); empty when it got none.
    QString platformText(const RequestRunResult &result) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The counts (or whether a run is under way) changed.
    void countsChanged();

private:
    void count(const RequestRunResult &result, int sign);
    const ErrorCatalogue &catalogue() const;

    QList<RequestRunResult> m_rows;
    Counts m_counts;
    bool m_running = false;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
};

} // namespace xlink
