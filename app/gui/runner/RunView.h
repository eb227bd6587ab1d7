#pragma once

#include "HttpCollection.h"
#include "RunTarget.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace xlink {

class CallPipeline;
class CollectionRunner;
class ErrorCatalogue;
class RunResultsModel;
struct HttpRegion;
struct RequestRunResult;
struct RunSummary;

// The API console's run view: a run of a collection's requests (all, a folder, a file or one)
// as it goes: "n of N" with the passed, failed and skipped counts and a progress bar, a row per
// request (RunResultsModel), and the selected row's details (each assertion with expected and
// actual, failed ones first; why a request was skipped; the platform error in both languages).
// Stop cancels the run; Re-run Failed runs the requests that failed or got an error answer
// again, with the named responses of the run kept, so what they chain from is not sent again;
// Open in Console (or Enter on a row) asks for the request and the answer it got in a tab.
// Every call goes through the pipeline the console's tabs use (session, failure log).
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)

public:
    // `pipeline` is not owned; it must outlive this view.
    explicit RunView(CallPipeline *pipeline, QWidget *parent = nullptr);
    ~RunView() override;

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    // Runs `selection` of `target` (every request when empty) in the pipeline's environment,
    // with `environmentName`'s values of the collection's http-client.env.json and the user's
    // `variables` (the values of the secret ones, `secretValues`, hidden in every result).
    // False when a run is under way or there is nothing to run.
    bool run(const RunTarget &target, const QList<HttpCollection::RequestRef> &selection,
        const QString &environmentName, const QHash<QString, QString> &variables = {},
        const QStringList &secretValues = {});
    void stop();
    // Runs the failed and errored requests of the last run again (only those).
    bool rerunFailed();
    // Asks to open the selected row's request (openRequested).
    void openSelected();
    bool isRunning() const;

    RunResultsModel *model() const { return m_model; }
    CollectionRunner *runner() const { return m_runner.get(); }
    QTableView *resultsView() const { return m_table; }
    QTextBrowser *detailsView() const { return m_details; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *countsLabel() const { return m_counts; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *rerunFailedButton() const { return m_rerun; }
    QPushButton *openButton() const { return m_open; }
    QToolButton *hideButton() const { return m_hide; }

Q_SIGNALS:
    // The user wants `result`'s request (`region` of `absoluteFile`, its `regionIndex`) in a
    // console tab, with the answer it got.
    void openRequested(const xlink::RequestRunResult &result, const xlink::HttpRegion &region,
        const QString &absoluteFile, int regionIndex);
    void started();
    // The user closed the view (its ✕ button).
    void closeRequested();
    // The user asked to see `code` in the code browser (a link in the details).
    void codeActivated(int code);
    void finished(const xlink::RunSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool startRun(const QList<HttpCollection::RequestRef> &selection, bool keepResponses);
    void showCounts();
    void showDetails();
    void updateActions();
    void retranslateUi();

    std::unique_ptr<CollectionRunner> m_runner;
    RunResultsModel *m_model = nullptr;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    RunTarget m_target;
    QString m_environmentName;
    QHash<QString, QString> m_variables;
    QStringList m_secretValues;

    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_open = nullptr;
    QToolButton *m_hide = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace xlink
