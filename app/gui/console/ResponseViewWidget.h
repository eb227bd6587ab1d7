#pragma once

#include "BodySearch.h"
#include "ResponseBodyFormatter.h"
#include "call/CallRecord.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace xlink {

class BodySearchModel;
class ErrorCatalogue;
class JsonTreeModel;
class JsonTreeView;
class LargeTextView;

// Shows one call's answer: status, time, size and headers; the body as pretty JSON, as raw text
// and as a tree, formatted off the GUI thread and painted a screenful at a time, so no body
// holds the GUI thread; beyond the display limit only the first part is formatted until the
// user asks for all of it, and the whole body can be searched (off the GUI thread) or saved.
// A banner decodes a platform error (or says what else went wrong).
class ResponseViewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseViewWidget)

public:
    // Asks where to save the body; an empty path cancels. Tests replace the file dialog.
    using SavePathChooser = std::function<QString(QWidget *parent)>;

    explicit ResponseViewWidget(QWidget *parent = nullptr);
    ~ResponseViewWidget() override;

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    void setDisplayLimit(qint64 bytes);
    void setSavePathChooser(SavePathChooser chooser);

    void showRecord(const CallRecord &record);
    // While a call is in flight.
    void showPending(const QString &text);
    void clear();

    // Formats the whole body (the banner's "Show All").
    void showAll();
    // Searches the whole body for `term` (the banner's "Search Whole Body").
    void searchBody(const QString &term);
    // Writes the whole body to `path` off the GUI thread; bodySaved() tells the outcome.
    void saveBodyTo(const QString &path);

    const CallRecord &record() const { return m_record; }
    bool isFormatting() const { return m_watcher.isRunning(); }
    bool isSearching() const { return m_searchWatcher.isRunning(); }

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorBanner() const { return m_banner; }
    QLabel *limitBanner() const { return m_limitBanner; }
    QLabel *limitStatus() const { return m_limitStatus; }
    QPushButton *showAllButton() const { return m_showAll; }
    QPushButton *searchButton() const { return m_searchAll; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *searchField() const { return m_searchField; }
    QLabel *searchStatus() const { return m_searchStatus; }
    QTableView *searchResultsView() const { return m_searchResults; }
    BodySearchModel *searchModel() const { return m_searchModel; }
    QTabWidget *tabs() const { return m_tabs; }
    LargeTextView *prettyView() const { return m_pretty; }
    LargeTextView *rawView() const { return m_raw; }
    QTableWidget *headersView() const { return m_headers; }
    // The request as it was sent: method, URL, headers (secrets redacted) and body.
    QPlainTextEdit *requestView() const { return m_request; }
    JsonTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_treeModel; }

Q_SIGNALS:
    // The user asked to see `code` in the code browser.
    void codeActivated(int code);
    // Formatting finished and the body is on screen.
    void bodyShown();
    // A whole-body search finished and its matches are listed.
    void searchFinished();
    // Saving finished: `error` is empty on success, else why it failed (translated).
    void bodySaved(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startFormatting(bool all);
    void onFormatted();
    void onSearched();
    void showMatch(int row);
    void chooseSavePath();
    void updateSummary();
    void updateBanner();
    void updateLimitBanner();
    void updateSearchStatus();
    void updateTreeTip();

    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    qint64 m_displayLimit;
    CallRecord m_record;
    bool m_hasRecord = false;
    bool m_truncated = false;
    bool m_treeAvailable = true;
    quint64 m_generation = 0;
    QFutureWatcher<ResponseBodyFormatter::Result> m_watcher;
    quint64 m_watchedGeneration = 0;
    QFutureWatcher<BodySearch::Result> m_searchWatcher;
    quint64 m_searchGeneration = 0;
    quint64 m_watchedSearch = 0;
    QFutureWatcher<QString> m_saveWatcher;
    QString m_savePath;
    SavePathChooser m_chooseSavePath;

    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_limitBar = nullptr;
    QLabel *m_limitBanner = nullptr;
    QLabel *m_limitStatus = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_searchAll = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_searchPanel = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_searchStatus = nullptr;
    BodySearchModel *m_searchModel = nullptr;
    QTableView *m_searchResults = nullptr;
    QTabWidget *m_tabs = nullptr;
    LargeTextView *m_pretty = nullptr;
    LargeTextView *m_raw = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_request = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    JsonTreeView *m_tree = nullptr;
};

} // namespace xlink
