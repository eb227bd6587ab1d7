#pragma once

#include "RequestGeneration.h"
#include "catalogue/ErrorCatalogue.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace xlink {

class CodeFilterModel;
class CodeTableModel;

// The page the console opens on: search the catalogue as you type (code, part of a code, HTTP
// status or text in either language), narrow it to one HTTP status, read everything known about
// the selected code, and copy it as text, JSON or a Markdown row.
class CodeBrowserWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBrowserWidget)

public:
    explicit CodeBrowserWidget(QWidget *parent = nullptr);
    ~CodeBrowserWidget() override;

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    void setQuery(const QString &query);
    // Selects `code` (clearing a filter that hides it); false when the catalogue lacks it.
    bool selectCode(int code);
    const CatalogueEntry *currentEntry() const;
    void focusSearch();

    // How often a code appears in the failure log, asked of whoever keeps the log (the
    // catalogue's widgets do not depend on it), who counts off the GUI thread and calls
    // `done` on it, unless `context` is gone; a count no longer `wanted` (another code was
    // selected meanwhile) may be skipped. Without one, the detail pane does not mention the
    // log; until the count comes, it shows the code without it.
    using SeenCount = std::function<void(int code, QObject *context, std::function<bool()> wanted,
        std::function<void(qint64 seen)> done)>;
    void setSeenCount(SeenCount seenCount);
    // The same for the team log (empty: none is set up); its count follows the failure
    // log's, and a negative count (the team log could not be read) is not shown.
    void setTeamSeenCount(SeenCount seenCount);
    // Asks again for the shown code's counts (after a log changed); the previous counts
    // stay until the new ones come.
    void refreshSeenCount();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detailView() const { return m_detail; }
    CodeFilterModel *filterModel() const { return m_filter; }
    CodeTableModel *codeModel() const { return m_codes; }

    QAction *copyCodeAction() const { return m_copyCode; }
    QAction *copyMessagesAction() const { return m_copyMessages; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *copyMarkdownAction() const { return m_copyMarkdown; }

Q_SIGNALS:
    // "3 of 277 codes", for the status bar.
    void summaryChanged(const QString &summary);
    // A transient message, e.g. what was copied.
    void message(const QString &message);
    // The user followed "seen N times in the failure log".
    void showInFailureLog(int code);
    // The user followed "seen N times in the team log".
    void showInTeamLog(int code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillStatusFilter();
    void applyQuery();
    void selectFirstRow();
    void updateDetail();
    void setDetailHtml(const QString &html);
    // One log's count of the shown code: this machine's failure log, or the team log.
    struct SeenCounter
    {
        SeenCount count;
        // The last count that came, for its code, and the code being counted.
        std::optional<std::pair<int, qint64>> seen;
        std::optional<int> pending;
        RequestGeneration generation;
    };
    QString seenLine(int code) const;
    // The code the detail pane is about (a catalogue entry or an unknown code typed).
    std::optional<int> shownCode() const;
    void setCounter(SeenCounter &counter, SeenCount count);
    void requestSeenCount(SeenCounter &counter, int code);
    void updateBanner();
    void updateActions();
    void copyText(const QString &text, const QString &what);
    QString summary() const;

    CodeTableModel *m_codes = nullptr;
    CodeFilterModel *m_filter = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QList<QToolButton *> m_copyButtons;
    QString m_detailHtml;
    SeenCounter m_seen;
    SeenCounter m_teamSeen;

    QAction *m_focusSearch = nullptr;
    QAction *m_copyCode = nullptr;
    QAction *m_copyMessages = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_copyMarkdown = nullptr;
};

} // namespace xlink
