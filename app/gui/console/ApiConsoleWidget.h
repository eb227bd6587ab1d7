#pragma once

#include "ApiOperation.h"
#include "ApiRequest.h"
#include "Environment.h"
#include "SessionVault.h"
#include "call/CallRecord.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTabWidget;
class QTableWidget;

namespace xlink {

class CallTicket;
class BodyEditor;
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
// login kind, compose a request (from the endpoint catalogue or by hand, or pasted as curl), send
// it with Ctrl+Enter and cancel it with Esc, read the answer with platform errors decoded, and go
// back to any call of this run from the history.
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
    // Fills the composer with `request`, e.g. from the history or a pasted curl command.
    void loadRequest(const ApiRequest &request);
    // Where a call shown again comes from (the message line says it).
    enum class ReopenedFrom { History, FailureLog };
    // Fills the composer with a recorded call and shows the answer it got. A call recorded
    // under the current environment goes to its current base URL (the local sandbox's port
    // changes from run to run); a call that went to another host keeps its URL.
    void reopenCall(const CallRecord &record, ReopenedFrom from);
    // Fills the composer from an operation of the API description: method, path, its query
    // parameters (required ones in the path, optional ones offered in the table), example body,
    // and the headers reset to the session's. A body the user typed is not discarded without
    // asking: the question is window-modal and the operation is loaded once it is answered.
    void loadOperation(const ApiOperation &operation);
    // Whether the body holds text the user typed (not what the console filled in).
    bool isBodyEdited() const { return m_bodyEdited; }
    // The request the composer describes, placeholders filled. nullopt with `error` set when it
    // cannot be sent as it is (a placeholder without a value, a body that is not JSON).
    std::optional<ApiRequest> composedRequest(
        QString *error, int *errorLine = nullptr, int *errorColumn = nullptr) const;

    // Sends the composed request. A body that does not fit its documented operation is not
    // sent without asking (window-modal; its problems are listed under the body).
    void send();
    // Sends even when the body does not fit (Ctrl+Shift+Enter).
    void sendAnyway();
    void cancel();
    bool isCallRunning() const { return !m_call.isNull(); }

    QComboBox *environmentCombo() const { return m_environment; }
    QPushButton *manageEnvironmentsButton() const { return m_manageEnvironments; }
    // Opens the environments editor (window-modal) on the current environment.
    EnvironmentsDialog *openEnvironmentsDialog();
    QLineEdit *corpIdField() const { return m_corpId; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *logoutButton() const { return m_logout; }
    QLabel *sessionLabel() const { return m_sessionState; }
    QLabel *expiryLabel() const { return m_expiry; }
    // Where the session is kept: the keychain (resumes at the next start) or this run only.
    QLabel *sessionStorageLabel() const { return m_sessionStorage; }
    QLabel *keychainNotice() const { return m_keychainNotice; }
    // What happened to the saved session (resumed, expired): the session's own line, so the
    // message line below the composer keeps describing the response shown.
    QLabel *sessionNoticeLabel() const { return m_sessionNotice; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathField() const { return m_path; }
    // Where the composed request goes (its URL) and, when that is not the environment's own
    // host, what follows from it (no session token, logged under that host).
    QLabel *targetLabel() const { return m_target; }
    // Shown when the request goes to another environment's host: makes that one current.
    QPushButton *switchEnvironmentButton() const { return m_switchEnvironment; }
    // A token that came with a pasted curl command: used for the composed request only, never
    // stored (the Access-Token row says so; Remove on that row drops it).
    bool hasPastedToken() const { return !m_pastedToken.isEmpty(); }
    QLineEdit *placeholderField(const QString &name) const
    {
        return m_placeholderFields.value(name);
    }
    QLineEdit *endpointSearchField() const;
    EndpointPickerWidget *endpointPicker() const { return m_endpointPicker; }
    // Name/value rows of the path's query string, kept in step with the path both ways.
    QTableWidget *queryTable() const { return m_query; }
    QToolButton *addQueryButton() const { return m_addQuery; }
    QToolButton *removeQueryButton() const { return m_removeQuery; }
    QTableWidget *headersTable() const { return m_headers; }
    QToolButton *addHeaderButton() const { return m_addHeader; }
    QPlainTextEdit *bodyEditor() const; // a BodyEditor
    // Beside the body: the fields of the operation the method and path name.
    FieldHelpWidget *fieldHelp() const { return m_fieldHelp; }
    // Under the body: the login notice and the body's problems against the operation.
    RequestCheckPanel *requestCheck() const { return m_checkPanel; }
    // Beside the response: a success answer that does not match the documented response.
    ResponseCheckFlag *responseCheckFlag() const { return m_responseFlag; }
    // The operation of the API description the method and path name; nullptr for none.
    const ApiOperation *currentOperation() const { return m_operation; }
    QLabel *bodyStatusLabel() const { return m_bodyStatus; }
    QPushButton *formatButton() const { return m_format; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *includeTokenBox() const { return m_includeToken; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *pasteCurlButton() const { return m_pasteCurl; }
    QLineEdit *historyFilterField() const { return m_historyFilter; }
    QListView *historyView() const { return m_historyView; }
    QLabel *messageLabel() const { return m_message; }
    ResponseViewWidget *responseView() const { return m_response; }

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
    QWidget *createEnvironmentPane();
    QWidget *createComposer();
    void retranslateUi();
    void fillEnvironments();
    void onEnvironmentEdited(const QString &id);
    void onEnvironmentChosen();
    void updateLoginLabels(Environment::LoginKind kind);
    void updateLoginFields(const Environment &environment);
    void login();
    void updateSessionState();
    void updateExpiry();
    void updateKeychainNotices();
    void updatePlaceholders();
    void queryFromPath();
    void pathFromQuery();
    void fillFromOperation(const ApiOperation &operation, bool keepBody);
    void updateOperation();
    void sendRequest(bool anyway);
    void askToSendAnyway();
    void setBodyText(const QString &text);
    void updateTokenRow();
    void updateTarget();
    std::optional<Environment> environmentFor(const QUrl &url) const;
    void formatBody();
    void showBodyError(const QString &message, int line, int column);
    void onCallFinished(const CallRecord &record);
    void reopenHistoryRow(const QModelIndex &index);
    QString reopenedTarget(const CallRecord &record) const;
    // The message line. A text made by `words` is made again after a language switch; a fixed
    // text (another part's words, already in the language of the moment) stays as it is.
    void showMessage(std::function<QString()> words, bool isError = false);
    void showMessage(const QString &text, bool isError = false);
    void updateSessionNotice();
    HeaderList userHeaders() const;

    CallWorkspace *m_workspace;
    bool m_activated = false;
    Environment::LoginKind m_shownKind = Environment::LoginKind::EnterpriseMember;
    QPointer<CallTicket> m_call;
    QTimer m_expiryTimer;
    // The optional query parameters of the operation last picked, offered in the query table
    // until they are given a value (then they are in the path like any other).
    QList<ApiParameter> m_queryHints;
    QString m_queryHintsPath; // the path they belong to (without its query)
    QHash<QString, QString> m_placeholderValues;
    QHash<QString, QLineEdit *> m_placeholderFields;
    QStringList m_placeholderNames;
    CallHistoryModel *m_historyModel = nullptr;
    CallHistoryFilterModel *m_historyFilterModel = nullptr;

    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_manageEnvironments = nullptr;
    QLabel *m_environmentUrl = nullptr;
    QFormLayout *m_loginForm = nullptr;
    QLabel *m_corpIdLabel = nullptr;
    QLineEdit *m_corpId = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_logout = nullptr;
    QLabel *m_sessionState = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLabel *m_sessionStorage = nullptr;
    QLabel *m_sessionNotice = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    EndpointPickerWidget *m_endpointPicker = nullptr;
    const ApiOperation *m_operation = nullptr;
    QLineEdit *m_historyFilter = nullptr;
    QListView *m_historyView = nullptr;

    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_switchEnvironment = nullptr;
    QByteArray m_pastedToken;
    QWidget *m_placeholderBox = nullptr;
    QFormLayout *m_placeholderForm = nullptr;
    bool m_syncingQuery = false;
    bool m_settingBody = false;
    bool m_bodyEdited = false;
    QLabel *m_queryLabel = nullptr;
    QTableWidget *m_query = nullptr;
    QToolButton *m_addQuery = nullptr;
    QToolButton *m_removeQuery = nullptr;
    QLabel *m_headersLabel = nullptr;
    QTableWidget *m_headers = nullptr;
    QToolButton *m_addHeader = nullptr;
    QToolButton *m_removeHeader = nullptr;
    QLabel *m_bodyLabel = nullptr;
    BodyEditor *m_body = nullptr;
    FieldHelpWidget *m_fieldHelp = nullptr;
    RequestCheckPanel *m_checkPanel = nullptr;
    ResponseCheckFlag *m_responseFlag = nullptr;
    bool m_sendWhenChecked = false;
    JsonHighlighter *m_bodyHighlighter = nullptr;
    QPushButton *m_format = nullptr;
    QLabel *m_bodyStatus = nullptr;
    QCheckBox *m_includeToken = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_pasteCurl = nullptr;
    QLabel *m_message = nullptr;
    std::function<QString()> m_messageWords;
    std::optional<SessionVault::Outcome> m_restoreOutcome;
    ResponseViewWidget *m_response = nullptr;
};

} // namespace xlink
