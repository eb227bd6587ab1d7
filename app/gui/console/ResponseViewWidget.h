#pragma once

#include "ResponseBodyFormatter.h"
#include "call/CallRecord.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace xlink {

class ErrorCatalogue;
class JsonHighlighter;
class JsonTreeModel;

// Shows one call's answer: status, time, size and headers; the body as pretty JSON and as raw
// text, formatted off the GUI thread and cut at the display limit until the user asks for all of
// it; and a banner that decodes a platform error (or says what else went wrong).
class ResponseViewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseViewWidget)

public:
    explicit ResponseViewWidget(QWidget *parent = nullptr);
    ~ResponseViewWidget() override;

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    void setDisplayLimit(qint64 bytes);

    void showRecord(const CallRecord &record);
    // While a call is in flight.
    void showPending(const QString &text);
    void clear();

    const CallRecord &record() const { return m_record; }
    bool isFormatting() const { return m_watcher.isRunning(); }

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorBanner() const { return m_banner; }
    QLabel *limitBanner() const { return m_limitBanner; }
    QPushButton *showAllButton() const { return m_showAll; }
    QPlainTextEdit *prettyView() const { return m_pretty; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QTableWidget *headersView() const { return m_headers; }
    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_treeModel; }

Q_SIGNALS:
    // The user asked to see `code` in the code browser.
    void codeActivated(int code);
    // Formatting finished and the body is on screen.
    void bodyShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startFormatting(qint64 limit);
    void onFormatted();
    void saveBody();
    void updateSummary();
    void updateBanner();

    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    qint64 m_displayLimit;
    CallRecord m_record;
    bool m_hasRecord = false;
    quint64 m_generation = 0;
    QFutureWatcher<ResponseBodyFormatter::Result> m_watcher;
    quint64 m_watchedGeneration = 0;

    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_limitBar = nullptr;
    QLabel *m_limitBanner = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_save = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_pretty = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QTableWidget *m_headers = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
};

} // namespace xlink
