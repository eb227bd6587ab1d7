#pragma once

#include "ApiOperation.h"
#include "ApiRequest.h"
#include "Environment.h"
#include "RequestHeadersTable.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace xlink {

class BodyEditor;
class CallWorkspace;
class FieldHelpWidget;
class JsonHighlighter;
class MessageLine;
class QueryParametersTable;

class RequestCheckPanel;

// The API console's request composer: method and path (with `{name}` placeholders and the
// query as rows), where it goes, the headers (the session's token first), the JSON body with its
// documented fields and check, and curl in and out. It builds the request; the page sends it.
class RequestComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestComposer)

public:
    RequestComposer(CallWorkspace *workspace, MessageLine *messages, QWidget *parent = nullptr);
    ~RequestComposer() override;

    // Fills the composer with `request`, e.g. from the history or a pasted curl command.
    void loadRequest(const ApiRequest &request);
    // Fills the composer from an operation of the API description (see
    // ApiConsoleWidget::loadOperation); a typed body is not replaced without asking.
    void loadOperation(const ApiOperation &operation);
    bool isBodyEdited() const { return m_bodyEdited; }
    std::optional<ApiRequest> composedRequest(
        QString *error, int *errorLine = nullptr, int *errorColumn = nullptr) const;
    // Says `message` beside the body and puts the cursor at the line and column.
    void showBodyError(const QString &message, int line, int column);
    // Window-modal: sendAnywayConfirmed() follows a yes.
    void askToSendAnyway();
    // Send once the running body check is done (see RequestCheckPanel).
    void setSendWhenChecked(bool send) { m_sendWhenChecked = send; }
    // While a call runs: Send disabled, Cancel enabled.
    void setCallRunning(bool running);
    // Forgets a token that came with a pasted curl command.
    void dropPastedToken() { m_pastedToken.clear(); }
    bool hasPastedToken() const { return !m_pastedToken.isEmpty(); }
    // Where the composed request goes, and the token row, for the current environment and
    // session; `name` is the environment's as the environment bar shows it.
    void setEnvironmentName(const QString &name);
    void updateTarget();
    QString curlCommand() const;
    bool pasteCurl(const QString &command);

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathField() const { return m_path; }
    QLabel *targetLabel() const { return m_target; }
    QPushButton *switchEnvironmentButton() const { return m_switchEnvironment; }
    QLineEdit *placeholderField(const QString &name) const
    {
        return m_placeholderFields.value(name);
    }
    QueryParametersTable *queryParameters() const { return m_query; }
    QTableWidget *headersTable() const { return m_headers->table(); }
    QToolButton *addHeaderButton() const { return m_headers->addButton(); }
    QPlainTextEdit *bodyEditor() const;
    FieldHelpWidget *fieldHelp() const { return m_fieldHelp; }
    RequestCheckPanel *requestCheck() const { return m_checkPanel; }
    const ApiOperation *currentOperation() const { return m_operation; }
    QLabel *bodyStatusLabel() const { return m_bodyStatus; }
    QPushButton *formatButton() const { return m_format; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *includeTokenBox() const { return m_includeToken; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *pasteCurlButton() const { return m_pasteCurl; }

Q_SIGNALS:
    void sendRequested();
    void sendAnywayConfirmed();
    void cancelRequested();
    // The composed URL is another environment's: the user asked to make it the current one.
    void switchEnvironmentRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlaceholders();
    void queryFromPath();
    void pathFromQuery();
    void fillFromOperation(const ApiOperation &operation, bool keepBody);
    void updateOperation();
    void setBodyText(const QString &text);
    void updateTokenRow();
    std::optional<Environment> environmentFor(const QUrl &url) const;
    void formatBody();

    CallWorkspace *m_workspace;
    MessageLine *m_messages;
    QHash<QString, QString> m_placeholderValues;
    QHash<QString, QLineEdit *> m_placeholderFields;
    QStringList m_placeholderNames;
    const ApiOperation *m_operation = nullptr;
    QByteArray m_pastedToken;
    QString m_environmentName;
    bool m_syncingQuery = false;
    bool m_settingBody = false;
    bool m_bodyEdited = false;
    bool m_sendWhenChecked = false;

    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_switchEnvironment = nullptr;
    QWidget *m_placeholderBox = nullptr;
    QFormLayout *m_placeholderForm = nullptr;
    QueryParametersTable *m_query = nullptr;
    RequestHeadersTable *m_headers = nullptr;
    QLabel *m_bodyLabel = nullptr;
    BodyEditor *m_body = nullptr;
    FieldHelpWidget *m_fieldHelp = nullptr;
    RequestCheckPanel *m_checkPanel = nullptr;
    JsonHighlighter *m_bodyHighlighter = nullptr;
    QPushButton *m_format = nullptr;
    QLabel *m_bodyStatus = nullptr;
    QCheckBox *m_includeToken = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_pasteCurl = nullptr;
};

} // namespace xlink
