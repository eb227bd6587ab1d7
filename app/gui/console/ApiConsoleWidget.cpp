#include "ApiConsoleWidget.h"

#include "ApiClient.h"
#include "BodyCheckRunner.h"
#include "CallHistoryPane.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "CallWorkspace.h"
#include "EndpointPickerWidget.h"
#include "EnvironmentBar.h"
#include "MessageLine.h"
#include "QueryParametersTable.h"
#include "RequestCheckPanel.h"
#include "RequestComposer.h"
#include "ResponseCheckFlag.h"
#include "ResponseViewWidget.h"
#include "SearchShortcut.h"
#include "call/EnvironmentNames.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

ApiConsoleWidget::ApiConsoleWidget(CallWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"apiConsole"_s);
    // Tab visits widgets in the order they were made: the environment pane, the composer, then
    // the response, as they read from left to right and top to bottom. The message line takes
    // no focus; it is made first so that each part can say things on it.
    m_messages = new MessageLine(this);
    auto *environmentPane = new QWidget(this);
    m_environmentBar = new EnvironmentBar(m_workspace, m_messages, environmentPane);
    m_sideTabs = new QTabWidget(environmentPane);
    m_endpointPicker = new EndpointPickerWidget(m_sideTabs);
    // Ctrl+K, Ctrl+F: the endpoint search, as the other pages' search.
    new SearchShortcut(
        this, m_endpointPicker->searchField(), [this] { m_sideTabs->setCurrentIndex(0); });
    connect(m_endpointPicker, &EndpointPickerWidget::operationPicked, this,
        [this](const ApiOperation *operation) { loadOperation(*operation); });
    m_history = new CallHistoryPane(m_workspace->history(), m_sideTabs);
    connect(m_history, &CallHistoryPane::callActivated, this,
        [this](const CallRecord &record) { reopenCall(record, ReopenedFrom::History); });
    m_sideTabs->addTab(m_endpointPicker, QString());
    m_sideTabs->addTab(m_history, QString());
    auto *environmentLayout = new QVBoxLayout(environmentPane);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentBar);
    environmentLayout->addWidget(m_sideTabs, 1);

    auto *composerPane = new QWidget(this);
    m_composer = new RequestComposer(m_workspace, m_messages, composerPane);
    auto *composerLayout = new QVBoxLayout(composerPane);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(m_composer, 1);
    composerLayout->addWidget(m_messages);
    m_response = new ResponseViewWidget(this);
    m_response->setDisplayLimit(m_workspace->displayLimitBytes());
    connect(m_workspace, &CallWorkspace::settingsChanged, this,
        [this](const ConsoleSettings &settings) {
            m_response->setDisplayLimit(settings.displayLimitBytes);
        });

    // The response check's flag sits on top of the answer it is about.
    auto *responsePane = new QWidget(this);
    m_responseFlag = new ResponseCheckFlag(responsePane);
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_responseFlag);
    responseLayout->addWidget(m_response, 1);
    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->addWidget(composerPane);
    rightSplitter->addWidget(responsePane);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(environmentPane);
    splitter->addWidget(rightSplitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 780 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ApiConsoleWidget::send);
    auto *sendShortcutKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendShortcutKeypad->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcutKeypad, &QShortcut::activated, this, &ApiConsoleWidget::send);
    for (const auto key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *anyway = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key), this);
        anyway->setContext(Qt::WidgetWithChildrenShortcut);
        connect(anyway, &QShortcut::activated, this, &ApiConsoleWidget::sendAnyway);
    }
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &ApiConsoleWidget::cancel);

    connect(m_response, &ResponseViewWidget::codeActivated, this, &ApiConsoleWidget::codeActivated);
    connect(m_composer, &RequestComposer::sendRequested, this, &ApiConsoleWidget::send);
    connect(m_composer, &RequestComposer::sendAnywayConfirmed, this, &ApiConsoleWidget::sendAnyway);
    connect(m_composer, &RequestComposer::cancelRequested, this, &ApiConsoleWidget::cancel);
    connect(m_composer, &RequestComposer::switchEnvironmentRequested, this,
        &ApiConsoleWidget::selectEnvironment);

    // The composer follows the environment and its session: where a request goes, its token.
    QComboBox *environments = m_environmentBar->environmentCombo();
    m_composer->setEnvironmentName(environments->currentText());
    connect(environments, &QComboBox::currentTextChanged, m_composer,
        &RequestComposer::setEnvironmentName);
    connect(m_environmentBar, &EnvironmentBar::environmentChosen, m_composer,
        &RequestComposer::dropPastedToken);
    connect(m_environmentBar, &EnvironmentBar::sessionChanged, this, [this] {
        m_composer->requestCheck()->setLoginKind(m_workspace->client()->environment().loginKind);
        m_composer->updateTarget();
    });
    connect(m_environmentBar, &EnvironmentBar::loginFailed, this, [this](const CallRecord &record) {
        m_messages->say([] { return tr("The login failed; the answer is shown below."); }, true);
        m_response->showRecord(record);
    });
    connect(m_workspace->client()->session(), &Session::renewalFailed, this,
        [this](const QString &message) { m_messages->say(message, true); });

    retranslateUi();
    m_composer->requestCheck()->setLoginKind(m_workspace->client()->environment().loginKind);
    m_composer->updateTarget();
}

ApiConsoleWidget::~ApiConsoleWidget()
{
    if (m_call)
        m_call->disconnect(this);
}

void ApiConsoleWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The sandbox starts when the page is first shown, not when the window is built.
    m_environmentBar->activate();
}

void ApiConsoleWidget::selectEnvironment(const QString &id)
{
    m_environmentBar->selectEnvironment(id);
}

EnvironmentsDialog *ApiConsoleWidget::openEnvironmentsDialog()
{
    return m_environmentBar->openEnvironmentsDialog();
}

void ApiConsoleWidget::loadRequest(const ApiRequest &request)
{
    m_composer->loadRequest(request);
}

void ApiConsoleWidget::loadOperation(const ApiOperation &operation)
{
    m_composer->loadOperation(operation);
}

bool ApiConsoleWidget::isBodyEdited() const
{
    return m_composer->isBodyEdited();
}

std::optional<ApiRequest> ApiConsoleWidget::composedRequest(
    QString *error, int *errorLine, int *errorColumn) const
{
    return m_composer->composedRequest(error, errorLine, errorColumn);
}

QString ApiConsoleWidget::curlCommand() const
{
    return m_composer->curlCommand();
}

bool ApiConsoleWidget::pasteCurl(const QString &command)
{
    return m_composer->pasteCurl(command);
}

void ApiConsoleWidget::send()
{
    sendRequest(false);
}

void ApiConsoleWidget::sendAnyway()
{
    sendRequest(true);
}

void ApiConsoleWidget::cancel()
{
    if (m_call)
        m_call->cancel();
}

QComboBox *ApiConsoleWidget::environmentCombo() const
{
    return m_environmentBar->environmentCombo();
}

QPushButton *ApiConsoleWidget::manageEnvironmentsButton() const
{
    return m_environmentBar->manageEnvironmentsButton();
}

QLineEdit *ApiConsoleWidget::corpIdField() const
{
    return m_environmentBar->corpIdField();
}

QLineEdit *ApiConsoleWidget::accountField() const
{
    return m_environmentBar->accountField();
}

QLineEdit *ApiConsoleWidget::secretField() const
{
    return m_environmentBar->secretField();
}

QPushButton *ApiConsoleWidget::loginButton() const
{
    return m_environmentBar->loginButton();
}

QPushButton *ApiConsoleWidget::logoutButton() const
{
    return m_environmentBar->logoutButton();
}

QLabel *ApiConsoleWidget::sessionLabel() const
{
    return m_environmentBar->sessionLabel();
}

QLabel *ApiConsoleWidget::expiryLabel() const
{
    return m_environmentBar->expiryLabel();
}

QLabel *ApiConsoleWidget::sessionStorageLabel() const
{
    return m_environmentBar->sessionStorageLabel();
}

QLabel *ApiConsoleWidget::keychainNotice() const
{
    return m_environmentBar->keychainNotice();
}

QLabel *ApiConsoleWidget::sessionNoticeLabel() const
{
    return m_environmentBar->sessionNoticeLabel();
}

QComboBox *ApiConsoleWidget::methodCombo() const
{
    return m_composer->methodCombo();
}

QLineEdit *ApiConsoleWidget::pathField() const
{
    return m_composer->pathField();
}

QLabel *ApiConsoleWidget::targetLabel() const
{
    return m_composer->targetLabel();
}

QPushButton *ApiConsoleWidget::switchEnvironmentButton() const
{
    return m_composer->switchEnvironmentButton();
}

bool ApiConsoleWidget::hasPastedToken() const
{
    return m_composer->hasPastedToken();
}

QLineEdit *ApiConsoleWidget::endpointSearchField() const
{
    return m_endpointPicker->searchField();
}

QTableWidget *ApiConsoleWidget::queryTable() const
{
    return m_composer->queryParameters()->table();
}

QToolButton *ApiConsoleWidget::addQueryButton() const
{
    return m_composer->queryParameters()->addButton();
}

QToolButton *ApiConsoleWidget::removeQueryButton() const
{
    return m_composer->queryParameters()->removeButton();
}

QTableWidget *ApiConsoleWidget::headersTable() const
{
    return m_composer->headersTable();
}

QToolButton *ApiConsoleWidget::addHeaderButton() const
{
    return m_composer->addHeaderButton();
}

QPlainTextEdit *ApiConsoleWidget::bodyEditor() const
{
    return m_composer->bodyEditor();
}

FieldHelpWidget *ApiConsoleWidget::fieldHelp() const
{
    return m_composer->fieldHelp();
}

RequestCheckPanel *ApiConsoleWidget::requestCheck() const
{
    return m_composer->requestCheck();
}

const ApiOperation *ApiConsoleWidget::currentOperation() const
{
    return m_composer->currentOperation();
}

QLabel *ApiConsoleWidget::bodyStatusLabel() const
{
    return m_composer->bodyStatusLabel();
}

QPushButton *ApiConsoleWidget::formatButton() const
{
    return m_composer->formatButton();
}

QPushButton *ApiConsoleWidget::sendButton() const
{
    return m_composer->sendButton();
}

QPushButton *ApiConsoleWidget::cancelButton() const
{
    return m_composer->cancelButton();
}

QCheckBox *ApiConsoleWidget::includeTokenBox() const
{
    return m_composer->includeTokenBox();
}

QPushButton *ApiConsoleWidget::copyCurlButton() const
{
    return m_composer->copyCurlButton();
}

QPushButton *ApiConsoleWidget::pasteCurlButton() const
{
    return m_composer->pasteCurlButton();
}

QLineEdit *ApiConsoleWidget::historyFilterField() const
{
    return m_history->filterField();
}

QListView *ApiConsoleWidget::historyView() const
{
    return m_history->view();
}

QLabel *ApiConsoleWidget::messageLabel() const
{
    return m_messages;
}

QLineEdit *ApiConsoleWidget::placeholderField(const QString &name) const
{
    return m_composer->placeholderField(name);
}

void ApiConsoleWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_response->setCatalogue(std::move(catalogue));
}

QString ApiConsoleWidget::reopenedTarget(const CallRecord &record) const
{
    const Environment &current = m_workspace->client()->environment();
    // Recorded under this environment, on its host: its base URL may have changed since (a
    // port, a prefix). A call that went to another host keeps its URL, host visible.
    const bool sameEnvironment = !record.environment.isEmpty()
        && EnvironmentNames::canonical(record.environment)
            == EnvironmentNames::canonical(EnvironmentNames::recorded(current.id, current.name))
        && record.url.host().compare(current.baseUrl.host(), Qt::CaseInsensitive) == 0;
    if (!sameEnvironment && !m_workspace->client()->isEnvironmentOrigin(record.url))
        return record.url.toString(QUrl::FullyEncoded);
    // The path below the environment's base URL (which may carry a prefix of its own).
    QString path = record.url.path(QUrl::FullyEncoded);
    const QString prefix = current.baseUrl.path(QUrl::FullyEncoded);
    if (sameEnvironment && prefix.size() > 1) {
        const QString trimmed = prefix.endsWith(u'/') ? prefix.chopped(1) : prefix;
        if (path.startsWith(trimmed + u'/'))
            path = path.mid(trimmed.size());
    }
    return path
        + (record.url.hasQuery() ? u"?"_s + record.url.query(QUrl::FullyEncoded) : QString());
}

void ApiConsoleWidget::reopenCall(const CallRecord &record, ReopenedFrom from)
{
    m_composer->dropPastedToken();
    ApiRequest request;
    request.method = record.method;
    request.target = reopenedTarget(record);
    request.headers = record.requestHeaders;
    request.body = record.requestBody;
    m_composer->loadRequest(request);
    m_response->showRecord(record);
    m_messages->say([from, startedAt = record.startedAt] {
        const QString when = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
        return from == ReopenedFrom::History
            ? tr("Reopened from the history: below is the answer this call got at %1.").arg(when)
            : tr("Opened from the failure log: below is the answer this call got at %1.").arg(when);
    });
}

void ApiConsoleWidget::sendRequest(bool anyway)
{
    if (m_call) {
        m_messages->say(
            [] { return tr("A call is already running; press Esc to cancel it."); }, true);
        return;
    }
    QString error;
    int line = 0;
    int column = 0;
    const std::optional<ApiRequest> request = m_composer->composedRequest(&error, &line, &column);
    if (!request) {
        // Nothing was sent: the previous answer must not look like this request's.
        m_response->clear();
        if (line > 0) {
            // Said once, beside the body, with the cursor at the error.
            const QSignalBlocker blocker(m_composer->bodyEditor());
            m_composer->showBodyError(error, line, column);
            m_messages->say(QString());
        } else {
            m_messages->say(error, true);
        }
        return;
    }
    if (!anyway && m_composer->currentOperation()) {
        BodyCheckRunner *runner = m_composer->requestCheck()->runner();
        if (!runner->isCurrent()) {
            // Checked first (off the GUI thread); sent once the check is done.
            m_composer->setSendWhenChecked(true);
            runner->runNow();
            m_messages->say([] { return tr("Checking the body…"); });
            return;
        }
        if (!runner->problems().isEmpty()) {
            m_composer->askToSendAnyway();
            return;
        }
    }
    m_composer->setSendWhenChecked(false);
    m_responseFlag->clearFlag();
    // The environment's values (`{{baseUrl}}`, `{{corpId}}`, ...) are the variables it knows.
    CallPipeline *pipeline = m_workspace->pipeline();
    CallTicket *call = pipeline->send(*request, pipeline->environmentVariables());
    m_call = call;
    connect(call, &CallTicket::finished, this,
        [this](const CallResult &result) { onCallFinished(result.record); });
    m_composer->setCallRunning(true);
    m_response->showPending(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request->method), request->target));
    m_messages->say([] { return tr("Press Esc to cancel."); });
}

void ApiConsoleWidget::onCallFinished(const CallRecord &record)
{
    m_call = nullptr;
    m_composer->setCallRunning(false);
    m_response->showRecord(record);
    if (record.httpStatus > 0)
        m_responseFlag->check(record);
    // The response pane says what came back (its banner explains a failure): not again here.
    m_messages->say(QString());
    Q_EMIT callFinished(record);
}

void ApiConsoleWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString ApiConsoleWidget::title()
{
    return tr("API Console");
}

void ApiConsoleWidget::retranslateUi()
{
    setWindowTitle(title());
    m_sideTabs->setTabText(0, tr("Endpoints"));
    m_sideTabs->setTabText(1, tr("History"));
}

} // namespace xlink
