#pragma once

#include "ApiOperation.h"
#include "ApiRequest.h"
#include "Environment.h"
#include "SessionVault.h"
#include "call/CallRecord.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QKeySequence;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTabWidget;
class QTableWidget;

namespace xlink {

class CallHistoryPane;
class CollectionsSidebar;
class EnvironmentBar;
class MessageLine;
class RequestComposer;
class RequestTab;
class RequestTabWidget;
class RunView;
class CallWorkspace;
class CallHistoryFilterModel;
class CallHistoryModel;
class EndpointPickerWidget;
class FieldHelpWidget;
class RequestCheckPanel;
class ResponseCheckFlag;
class EnvironmentsDialog;
class ErrorCatalogue;
class JsonHighlighter;
class ResponseViewWidget;

// The API console page: pick an environment (the local sandbox by default), log in with its
// login kind, compose requests in tabs (from the endpoint catalogue, a collection or by hand, or
// pasted as curl), send one with Ctrl+Enter and cancel it with Esc, read the answer with platform
// errors decoded, and go back to any call of this run from the history. The page lays out the
// parts, each a widget of its own (EnvironmentBar, EndpointPickerWidget, CallHistoryPane, and
// the RequestTabWidget of RequestTabs, each with its RequestComposer, MessageLine and
// ResponseViewWidget); the accessors below reach the current tab's.
class ApiConsoleWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConsoleWidget)

public:
    explicit ApiConsoleWidget(CallWorkspace *workspace, QWidget *parent = nullptr);
    ~ApiConsoleWidget() override;

    // The page's title in the current language (the main window shows it before the page
    // is built).
    static QString title();

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    // Makes the environment current (starting the sandbox for the local one).
    void selectEnvironment(const QString &id);
    // Opens `request` in a tab: the current one when it holds nothing or no edits (and no call
    // runs in it), else a new one; made current. `name` is the saved request's name (the tab's
    // title; empty: method and path), `saveTarget` where it is saved (given back to the saver
    // set with setRequestSaver(); empty: nowhere). A request whose save target is already open
    // shows that tab as it is.
    RequestTab *openRequest(
        const ApiRequest &request, const QString &name = {}, const QString &saveTarget = {});
    // Saves a tab's request to its save target (Save in the question before closing a tab).
    using RequestSaver
        = std::function<bool(const QString &saveTarget, const ApiRequest &request, QString *error)>;
    void setRequestSaver(RequestSaver saver);
    // openRequest() without a name, e.g. for a pasted curl command.
    void loadRequest(const ApiRequest &request);
    // Where a call shown again comes from (the message line says it).
    enum class ReopenedFrom { History, FailureLog };
    // Opens a recorded call (as openRequest() does) and shows the answer it got. A call recorded
    // under the current environment goes to its current base URL (the local sandbox's port
    // changes from run to run); a call that went to another host keeps its URL.
    void reopenCall(const CallRecord &record, ReopenedFrom from);
    // Opens an operation of the API description (as openRequest() does): method, path, its
    // query parameters (required ones in the path, optional ones offered in the table), example
    // body, and the headers reset to the session's.
    void loadOperation(const ApiOperation &operation);
    // Whether the body holds text the user typed (not what the console filled in).
    bool isBodyEdited() const;
    // The request the composer describes, placeholders filled. nullopt with `error` set when it
    // cannot be sent as it is (a placeholder without a value, a body that is not JSON).
    std::optional<ApiRequest> composedRequest(
        QString *error, int *errorLine = nullptr, int *errorColumn = nullptr) const;

    // Sends the composed request. A body that does not fit its documented operation is not
    // sent without asking (window-modal; its problems are listed under the body).
    void send();
    // Sends even when the body does not fit (Ctrl+Shift+Enter).
    void sendAnyway();
    // Esc: stops the run when the focus is in the run view, else cancels the current tab's call.
    void cancel();
    bool isCallRunning() const;

    EnvironmentBar *environmentBar() const { return m_environmentBar; }
    RequestTabWidget *requestTabs() const { return m_tabs; }
    RequestTab *currentTab() const;
    RequestComposer *composer() const;
    CallHistoryPane *historyPane() const { return m_history; }
    CollectionsSidebar *collections() const { return m_collections; }
    // A page beside the request tabs ("Run"), shown when a run starts (hidden until then).
    RunView *runView() const { return m_runView; }
    // Runs the requests under `relativePath` of the open collection ("" for all; with `region`
    // >= 0 that request of the file) in the run view, in the current environment and session,
    // with the user's variables of the environment (the run starts once the keychain has given
    // the secret ones). False (said on the message line) when there is nothing to run.
    bool runCollection(const QString &relativePath = {}, int region = -1);

    QComboBox *environmentCombo() const;
    QPushButton *manageEnvironmentsButton() const;
    // Opens the environments editor (window-modal) on the current environment.
    EnvironmentsDialog *openEnvironmentsDialog();
    QLineEdit *corpIdField() const;
    QLineEdit *accountField() const;
    QLineEdit *secretField() const;
    QPushButton *loginButton() const;
    QPushButton *logoutButton() const;
    QLabel *sessionLabel() const;
    QLabel *expiryLabel() const;
    // Where the session is kept: the keychain (resumes at the next start) or this run only.
    QLabel *sessionStorageLabel() const;
    QLabel *keychainNotice() const;
    // What happened to the saved session (resumed, expired): the session's own line, so the
    // message line below the composer keeps describing the response shown.
    QLabel *sessionNoticeLabel() const;
    QComboBox *methodCombo() const;
    QLineEdit *pathField() const;
    // Where the composed request goes (its URL) and, when that is not the environment's own
    // host, what follows from it (no session token, logged under that host).
    QLabel *targetLabel() const;
    // Shown when the request goes to another environment's host: makes that one current.
    QPushButton *switchEnvironmentButton() const;
    // A token that came with a pasted curl command: used for the composed request only, never
    // stored (the Access-Token row says so; Remove on that row drops it).
    bool hasPastedToken() const;
    QLineEdit *placeholderField(const QString &name) const;
    QLineEdit *endpointSearchField() const;
    EndpointPickerWidget *endpointPicker() const { return m_endpointPicker; }
    // Name/value rows of the path's query string, kept in step with the path both ways.
    QTableWidget *queryTable() const;
    QToolButton *addQueryButton() const;
    QToolButton *removeQueryButton() const;
    QTableWidget *headersTable() const;
    QToolButton *addHeaderButton() const;
    QPlainTextEdit *bodyEditor() const; // a BodyEditor
    // Beside the body: the fields of the operation the method and path name.
    FieldHelpWidget *fieldHelp() const;
    // Under the body: the login notice and the body's problems against the operation.
    RequestCheckPanel *requestCheck() const;
    // Beside the response: a success answer that does not match the documented response.
    ResponseCheckFlag *responseCheckFlag() const;
    // The operation of the API description the method and path name; nullptr for none.
    const ApiOperation *currentOperation() const;
    QLabel *bodyStatusLabel() const;
    QPushButton *formatButton() const;
    QPushButton *sendButton() const;
    QPushButton *cancelButton() const;
    QCheckBox *includeTokenBox() const;
    QPushButton *copyCurlButton() const;
    QPushButton *pasteCurlButton() const;
    QLineEdit *historyFilterField() const;
    QListView *historyView() const;
    QLabel *messageLabel() const;
    ResponseViewWidget *responseView() const;

    // The composer's request as a bash curl command (token redacted unless "include token").
    QString curlCommand() const;
    // Replaces the composer with the request of a curl command; false (message shown) when the
    // command cannot be read.
    bool pasteCurl(const QString &command);

Q_SIGNALS:
    // The user asked to see `code` in the code browser.
    void codeActivated(int code);
    // A call the user sent finished (its record is in responseView()).
    void callFinished(const xlink::CallRecord &record);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void addShortcut(const QKeySequence &keys, const std::function<void()> &action);
    void connectTab(RequestTab *tab);
    QString reopenedTarget(const CallRecord &record) const;
    // The request a recorded call sent, to reopen or save it.
    ApiRequest requestOf(const CallRecord &record) const;

    CallWorkspace *m_workspace;
    EnvironmentBar *m_environmentBar = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    EndpointPickerWidget *m_endpointPicker = nullptr;
    CallHistoryPane *m_history = nullptr;
    RequestTabWidget *m_tabs = nullptr;
    CollectionsSidebar *m_collections = nullptr;
    QTabWidget *m_workArea = nullptr; // the request tabs and the run view
    RunView *m_runView = nullptr;
};

} // namespace xlink
