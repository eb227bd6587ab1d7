#pragma once

#include "ApiRequest.h"

#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <memory>

class QToolButton;

namespace xlink {

class ApiOperation;
class CallWorkspace;
class ErrorCatalogue;
class RequestTab;

// The API console's request tabs, one RequestTab each: new (the corner button, Ctrl+T on the
// page), close (each tab's button; a tab with unsaved edits asks first), next and previous.
// Where a request opens (the current tab when it holds nothing of the user's, a new one
// otherwise), and the open tabs kept across a restart through the workspace's RequestTabStore.
// The last tab closed leaves an empty one.
class RequestTabWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTabWidget)

public:
    // Saves `request` where `saveTarget` says (see RequestTabState::saveTarget); false with
    // `error` set (in the user's language) when it could not.
    using RequestSaver
        = std::function<bool(const QString &saveTarget, const ApiRequest &request, QString *error)>;

    explicit RequestTabWidget(CallWorkspace *workspace, QWidget *parent = nullptr);
    // Keeps the open tabs, then closes them (cancelling their calls).
    ~RequestTabWidget() override;

    // Brings back the tabs of the last run (one empty tab when there were none). Call once,
    // after connecting tabCreated().
    void restoreTabs();

    RequestTab *currentTab() const;
    RequestTab *tab(int index) const;
    QToolButton *newTabButton() const { return m_newTab; }

    // Opens a new, empty tab and makes it current.
    RequestTab *newTab();
    // The tab a request from elsewhere (the endpoint picker, the history, the failure log)
    // opens into: the current one when it is empty or holds no edits and no call runs in it,
    // else a new one. Made current.
    RequestTab *tabToOpenInto();
    // Opens `request` (see ApiConsoleWidget::openRequest).
    RequestTab *openRequest(
        const ApiRequest &request, const QString &name = {}, const QString &saveTarget = {});
    RequestTab *openOperation(const ApiOperation &operation);

    // Closes the tab at `index`; one with unsaved edits asks first (window-modal): Save, Discard
    // or Cancel when it has a save target and a saver is set, Discard or Cancel otherwise.
    void closeTab(int index);
    void closeCurrentTab() { closeTab(currentIndex()); }
    void nextTab();
    void previousTab();

    void setRequestSaver(RequestSaver saver) { m_saver = std::move(saver); }
    // Saves `tab` to its save target; false (said on its message line) when it has none or the
    // saver failed.
    bool saveTab(RequestTab *tab);

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    // Writes the open tabs now (they are written shortly after each change anyway).
    void keepTabs();

Q_SIGNALS:
    // A tab was made: the page connects it to what its composer follows (the environment,
    // the session).
    void tabCreated(xlink::RequestTab *tab);

protected:
    void changeEvent(QEvent *event) override;
    void tabInserted(int index) override;

private:
    RequestTab *addRequestTab();
    void updateTabText(RequestTab *tab);
    void removeRequestTab(RequestTab *tab);
    void askBeforeClosing(RequestTab *tab);
    void retranslateUi();
    void sizeNewTabButton();

    CallWorkspace *m_workspace;
    QToolButton *m_newTab = nullptr;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    RequestSaver m_saver;
    QTimer m_keepTimer;
    bool m_restored = false;
};

} // namespace xlink
