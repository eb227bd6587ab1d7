#pragma once

#include "LogEntry.h"
#include "LogFilter.h"
#include "PlaceholderTableView.h"
#include "RequestGeneration.h"
#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"
#include "TeamFilter.h"
#include "call/CallRecord.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace xlink {

class CodeCountModel;
class FailureChartWidget;
class FailureLogModel;
class FailureStore;
class LogFilterBar;
class ScopeReader;
class TeamReader;

// The failure log page: filters over a lazily fetched table, a chart, the log grouped by code,
// and the selected call's decoded error with its request and response. Reads through the
// store's reader threads, off the GUI thread; writes nothing. A scope switch shows the team
// log instead (once one is set up): the same filters plus the sender, grouping, chart and
// exports, each run by the PostgreSQL server from threads of their own (TeamReader).
class FailureLogWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureLogWidget)

public:
    explicit FailureLogWidget(FailureStore *store, QWidget *parent = nullptr);
    ~FailureLogWidget() override;

    // The page's title in the current language (the main window shows it before the page
    // is built).
    static QString title();

    enum class Scope { ThisMachine, Team };

    // The filter the controls describe now.
    LogFilter filter() const { return m_filter; }
    // With the senders picked (Team scope only).
    TeamFilter teamFilter() const;
    // The team log the Team scope reads (the composition root hands it over, and again when the
    // settings change); nullopt: none is set up, and the switch says so.
    void setTeamConnection(const std::optional<TeamConnectionSettings> &connection);
    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    // Why the team log cannot be read (None: it can, or nothing was read yet).
    TeamConnectionError teamError() const;
    // The selected rows as ranges (first, last), in order and merged.
    QList<std::pair<int, int>> selectedRanges() const;
    // Shows only calls that failed with `code` (the code browser's "seen N times" link).
    void showCode(int code);
    void setGroupByCode(bool on);
    // Counts again after records were added, pruned or recorded by another process.
    void refresh();
    // Opens the export dialog for the filtered set (or the selection, when rows are selected).
    // A selection of every row is the filtered set; another selection is resolved to ids on
    // the reader thread first (pages never loaded included), then the dialog opens.
    void exportReport();

    FailureLogModel *model() const { return m_model; }
    CodeCountModel *codeCounts() const { return m_codeCounts; }
    FailureChartWidget *chart() const { return m_chart; }
    PlaceholderTableView *table() const { return m_table; }
    PlaceholderTableView *codeTable() const { return m_codeTable; }
    LogFilterBar *filters() const { return m_filters; }
    QLineEdit *textFilter() const;
    QTextBrowser *detail() const { return m_detail; }
    QComboBox *rangeFilter() const;
    QComboBox *endpointFilter() const;
    QComboBox *environmentFilter() const;
    QLabel *summary() const { return m_summary; }
    QComboBox *scopeSwitch() const { return m_scopeBox; }
    QComboBox *senderFilter() const;
    // The team log's problem, in the page while Team scope cannot be read.
    QLabel *teamProblem() const { return m_teamProblem; }
    QDateTimeEdit *fromEdit() const;
    QDateTimeEdit *untilEdit() const;

Q_SIGNALS:
    // The user wants to re-send this call in the console's composer.
    void openInConsole(const xlink::CallRecord &record);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Reads the endpoints and environments the log has (in the background), then fills the
    // choices with them.
    void readChoices();
    void applyFilter();
    bool everyRowSelected() const;
    void updateDetail();
    void showDetail(const std::optional<StoredCall> &stored);
    void updateSummary();
    void codeGroupActivated(const QModelIndex &index);
    TeamFilter groupFilter() const;
    void openExportDialog(const QList<qint64> &selection);
    // The log the page reads now.
    ScopeReader *reader() const;
    void showScope();
    void updateScopeSwitch();
    void showTeamError(const TeamConnectionError &error);

    FailureStore *m_store;
    LogFilter m_filter;
    FailureLogModel *m_model;
    CodeCountModel *m_codeCounts;
    FailureChartWidget *m_chart;
    QTimer *m_refreshDelay;
    RequestGeneration m_choicesGeneration;
    QStringList m_senders; // picked, with m_filter
    Scope m_scope = Scope::ThisMachine;
    std::optional<TeamConnectionSettings> m_teamConnection;
    std::unique_ptr<ScopeReader> m_localReader;
    std::unique_ptr<TeamReader> m_teamReader; // while a team log is set up and was shown

    LogFilterBar *m_filters = nullptr;
    QComboBox *m_scopeBox = nullptr;
    QLabel *m_teamProblem = nullptr;
    QToolButton *m_groupByCode = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_split = nullptr;
    PlaceholderTableView *m_codeTable = nullptr;
    PlaceholderTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_openInConsole = nullptr;
    qint64 m_shownId = 0;
    std::optional<StoredCall> m_shownCall; // what the detail shows, for Open in Console
    RequestGeneration m_detailGeneration;
    RequestGeneration m_exportGeneration;
    bool m_everyRowSelected = false; // between rowsAboutToBeInserted and rowsInserted
};

} // namespace xlink
