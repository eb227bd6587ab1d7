#include "ApiConsoleWidget.h"

#include "ApiClient.h"
#include "CallHistoryPane.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "CollectionRequest.h"
#include "EndpointPickerWidget.h"
#include "EnvironmentBar.h"
#include "MessageLine.h"
#include "QueryParametersTable.h"
#include "RequestCheckPanel.h"
#include "RequestComposer.h"
#include "RequestRunResult.h"
#include "RequestTab.h"
#include "RequestTabWidget.h"
#include "ResponseCheckFlag.h"
#include "ResponseViewWidget.h"
#include "RunTarget.h"
#include "SearchShortcut.h"
#include "Session.h"
#include "UserVariableStore.h"
#include "call/EnvironmentNames.h"
#include "collections/CollectionsSidebar.h"
#include "runner/RunView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

ApiConsoleWidget::ApiConsoleWidget(CallWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"apiConsole"_s);
    // Tab visits widgets in the order they were made: the environment pane, then the request
    // tabs (their bar, the composer, the response), as they read from left to right and top to
    // bottom. What the environment bar has to say goes to the current tab's message line.
    auto *environmentPane = new QWidget(this);
    m_environmentBar = new EnvironmentBar(
        m_workspace, [this] { return currentTab()->messages(); }, environmentPane);
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
    m_collections = new CollectionsSidebar(
        m_workspace, [this] { return currentTab()->messages(); }, m_sideTabs);
    m_collections->setRequestSource([this](QString *error, QString *saveTarget) {
        *saveTarget = currentTab()->saveTarget();
        return composer()->composedRequest(error);
    });
    connect(m_collections, &CollectionsSidebar::requestOpened, this,
        [this](const ApiRequest &request, const QString &name, const QString &saveTarget) {
            openRequest(request, name, saveTarget);
        });
    connect(m_collections, &CollectionsSidebar::composerRequestSaved, this,
        [this](const QString &name, const QString &saveTarget) {
            currentTab()->markSaved(name, saveTarget);
        });
    connect(m_history, &CallHistoryPane::saveToCollectionRequested, this,
        [this](const CallRecord &record) {
            m_sideTabs->setCurrentWidget(m_collections);
            m_collections->saveRequest(requestOf(record));
        });
    m_sideTabs->addTab(m_endpointPicker, QString());
    m_sideTabs->addTab(m_history, QString());
    m_sideTabs->addTab(m_collections, QString());
    auto *environmentLayout = new QVBoxLayout(environmentPane);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentBar);
    environmentLayout->addWidget(m_sideTabs, 1);

    m_tabs = new RequestTabWidget(m_workspace, this);
    connect(m_tabs, &RequestTabWidget::tabCreated, this, &ApiConsoleWidget::connectTab);
    // A tab opened from a collection saves back into it.
    m_tabs->setRequestSaver(
        [this](const QString &saveTarget, const ApiRequest &request, QString *error) {
            return m_collections->saveTo(saveTarget, request, error);
        });

    // The run view is a page beside the request tabs, not under them: a composer needs the
    // height of the window, a run's rows and details too (at 1000x650 neither fits in half).
    // It appears with the first run; Open in Console goes back to the request tabs.
    m_workArea = new QTabWidget(this);
    m_workArea->setObjectName(u"consoleWorkArea"_s);
    m_workArea->setDocumentMode(true);
    m_runView = new RunView(m_workspace->pipeline(), m_workArea);
    connect(m_collections, &CollectionsSidebar::runRequested, this,
        [this](const QString &relativePath, int region) { runCollection(relativePath, region); });
    connect(m_runView, &RunView::openRequested, this,
        [this](const RequestRunResult &result, const HttpRegion &region, const QString &file,
            int regionIndex) {
            const QString relative = QDir(m_collections->folder()->folder()).relativeFilePath(file);
            m_workArea->setCurrentWidget(m_tabs);
            RequestTab *tab = openRequest(CollectionRequest::toApiRequest(region), region.name,
                m_collections->saveTargetOf(relative, regionIndex));
            if (result.sent && result.isFinished()) {
                tab->showRecord(result.record);
                tab->messages()->say([] {
                    return tr("Opened from the run: below is the answer this request got in it.");
                });
            } else {
                tab->messages()->say(result.problems().join(u' '), !result.problems().isEmpty());
            }
        });
    connect(m_runView, &RunView::codeActivated, this, &ApiConsoleWidget::codeActivated);
    connect(m_runView, &RunView::closeRequested, this, [this] {
        m_workArea->setCurrentWidget(m_tabs);
        m_workArea->setTabVisible(m_workArea->indexOf(m_runView), false);
        currentTab()->composer()->setFocus();
    });
    m_workArea->addTab(m_tabs, QString());
    m_workArea->addTab(m_runView, QString());
    m_workArea->setTabVisible(m_workArea->indexOf(m_runView), false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(environmentPane);
    splitter->addWidget(m_workArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 780 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The page's keys work wherever the focus is in it, the body editor included.
    for (const auto key : { Qt::Key_Return, Qt::Key_Enter }) {
        addShortcut(QKeySequence(Qt::CTRL | key), [this] { send(); });
        addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key), [this] { sendAnyway(); });
    }
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_tabs->newTab(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { m_tabs->closeCurrentTab(); });
    for (const auto next : { Qt::Key_Tab, Qt::Key_PageDown })
        addShortcut(QKeySequence(Qt::CTRL | next), [this] { m_tabs->nextTab(); });
    // Ctrl+Shift+Tab comes as Backtab from most keyboards, as Tab from some.
    for (const auto previous : { QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
             QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
             QKeyCombination(Qt::CTRL | Qt::Key_PageUp) })
        addShortcut(QKeySequence(previous), [this] { m_tabs->previousTab(); });
    // Run (Ctrl+R) and Run All (Ctrl+Shift+R) wherever the focus is in the page.
    addAction(m_collections->runAction());
    addAction(m_collections->runAllAction());

    // The composers follow the environment and its session: where a request goes, its token.
    QComboBox *environments = m_environmentBar->environmentCombo();
    connect(environments, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        for (int index = 0; index < m_tabs->count(); ++index)
            m_tabs->tab(index)->composer()->setEnvironmentName(name);
    });
    connect(m_environmentBar, &EnvironmentBar::environmentChosen, this, [this] {
        for (int index = 0; index < m_tabs->count(); ++index)
            m_tabs->tab(index)->composer()->dropPastedToken();
    });
    connect(m_environmentBar, &EnvironmentBar::sessionChanged, this, [this] {
        const Environment::LoginKind kind = m_workspace->client()->environment().loginKind;
        for (int index = 0; index < m_tabs->count(); ++index) {
            RequestComposer *composer = m_tabs->tab(index)->composer();
            composer->requestCheck()->setLoginKind(kind);
            composer->updateTarget();
        }
    });
    connect(m_environmentBar, &EnvironmentBar::loginFailed, this, [this](const CallRecord &record) {
        currentTab()->messages()->say(
            [] { return tr("The login failed; the answer is shown below."); }, true);
        currentTab()->showRecord(record);
    });
    connect(m_workspace->client()->session(), &Session::renewalFailed, this,
        [this](const QString &message) { currentTab()->messages()->say(message, true); });

    m_tabs->restoreTabs();
    retranslateUi();
}

ApiConsoleWidget::~ApiConsoleWidget() = default;

void ApiConsoleWidget::addShortcut(const QKeySequence &keys, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
}

void ApiConsoleWidget::connectTab(RequestTab *tab)
{
    RequestComposer *composer = tab->composer();
    composer->setEnvironmentName(m_environmentBar->environmentCombo()->currentText());
    composer->requestCheck()->setLoginKind(m_workspace->client()->environment().loginKind);
    composer->updateTarget();
    connect(composer, &RequestComposer::switchEnvironmentRequested, this,
        &ApiConsoleWidget::selectEnvironment);
    connect(tab, &RequestTab::codeActivated, this, &ApiConsoleWidget::codeActivated);
    connect(tab, &RequestTab::callFinished, this, &ApiConsoleWidget::callFinished);
}

RequestTab *ApiConsoleWidget::currentTab() const
{
    return m_tabs->currentTab();
}

RequestComposer *ApiConsoleWidget::composer() const
{
    return currentTab()->composer();
}

ResponseCheckFlag *ApiConsoleWidget::responseCheckFlag() const
{
    return currentTab()->responseCheckFlag();
}

ResponseViewWidget *ApiConsoleWidget::responseView() const
{
    return currentTab()->responseView();
}

bool ApiConsoleWidget::isCallRunning() const
{
    return currentTab()->isCallRunning();
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

RequestTab *ApiConsoleWidget::openRequest(
    const ApiRequest &request, const QString &name, const QString &saveTarget)
{
    return m_tabs->openRequest(request, name, saveTarget);
}

void ApiConsoleWidget::setRequestSaver(RequestSaver saver)
{
    m_tabs->setRequestSaver(std::move(saver));
}

void ApiConsoleWidget::loadRequest(const ApiRequest &request)
{
    m_tabs->openRequest(request);
}

void ApiConsoleWidget::loadOperation(const ApiOperation &operation)
{
    m_tabs->openOperation(operation);
}

bool ApiConsoleWidget::isBodyEdited() const
{
    return composer()->isBodyEdited();
}

std::optional<ApiRequest> ApiConsoleWidget::composedRequest(
    QString *error, int *errorLine, int *errorColumn) const
{
    return composer()->composedRequest(error, errorLine, errorColumn);
}

QString ApiConsoleWidget::curlCommand() const
{
    return composer()->curlCommand();
}

bool ApiConsoleWidget::pasteCurl(const QString &command)
{
    return composer()->pasteCurl(command);
}

void ApiConsoleWidget::send()
{
    currentTab()->send(false);
}

void ApiConsoleWidget::sendAnyway()
{
    currentTab()->send(true);
}

void ApiConsoleWidget::cancel()
{
    // Esc stops what the focus is in: a run in the run view, else the current tab's call.
    const QWidget *focus = QApplication::focusWidget();
    if (m_runView->isRunning() && focus && (focus == m_runView || m_runView->isAncestorOf(focus)))
        m_runView->stop();
    else
        currentTab()->cancel();
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
    return composer()->methodCombo();
}

QLineEdit *ApiConsoleWidget::pathField() const
{
    return composer()->pathField();
}

QLabel *ApiConsoleWidget::targetLabel() const
{
    return composer()->targetLabel();
}

QPushButton *ApiConsoleWidget::switchEnvironmentButton() const
{
    return composer()->switchEnvironmentButton();
}

bool ApiConsoleWidget::hasPastedToken() const
{
    return composer()->hasPastedToken();
}

QLineEdit *ApiConsoleWidget::endpointSearchField() const
{
    return m_endpointPicker->searchField();
}

QTableWidget *ApiConsoleWidget::queryTable() const
{
    return composer()->queryParameters()->table();
}

QToolButton *ApiConsoleWidget::addQueryButton() const
{
    return composer()->queryParameters()->addButton();
}

QToolButton *ApiConsoleWidget::removeQueryButton() const
{
    return composer()->queryParameters()->removeButton();
}

QTableWidget *ApiConsoleWidget::headersTable() const
{
    return composer()->headersTable();
}

QToolButton *ApiConsoleWidget::addHeaderButton() const
{
    return composer()->addHeaderButton();
}

QPlainTextEdit *ApiConsoleWidget::bodyEditor() const
{
    return composer()->bodyEditor();
}

FieldHelpWidget *ApiConsoleWidget::fieldHelp() const
{
    return composer()->fieldHelp();
}

RequestCheckPanel *ApiConsoleWidget::requestCheck() const
{
    return composer()->requestCheck();
}

const ApiOperation *ApiConsoleWidget::currentOperation() const
{
    return composer()->currentOperation();
}

QLabel *ApiConsoleWidget::bodyStatusLabel() const
{
    return composer()->bodyStatusLabel();
}

QPushButton *ApiConsoleWidget::formatButton() const
{
    return composer()->formatButton();
}

QPushButton *ApiConsoleWidget::sendButton() const
{
    return composer()->sendButton();
}

QPushButton *ApiConsoleWidget::cancelButton() const
{
    return composer()->cancelButton();
}

QCheckBox *ApiConsoleWidget::includeTokenBox() const
{
    return composer()->includeTokenBox();
}

QPushButton *ApiConsoleWidget::copyCurlButton() const
{
    return composer()->copyCurlButton();
}

QPushButton *ApiConsoleWidget::pasteCurlButton() const
{
    return composer()->pasteCurlButton();
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
    return currentTab()->messages();
}

QLineEdit *ApiConsoleWidget::placeholderField(const QString &name) const
{
    return composer()->placeholderField(name);
}

void ApiConsoleWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_runView->setCatalogue(catalogue);
    m_tabs->setCatalogue(std::move(catalogue));
}

bool ApiConsoleWidget::runCollection(const QString &relativePath, int region)
{
    MessageLine *messages = currentTab()->messages();
    const CollectionFolder *folder = m_collections->folder();
    if (!folder->isOpen()) {
        messages->say([] { return tr("Open a collection folder first."); }, true);
        return false;
    }
    if (m_runView->isRunning()) {
        messages->say([] { return tr("A run is under way: stop it or wait for its end."); }, true);
        return false;
    }
    // Read as `xlink-cli run` reads it: what is run is what is on disk.
    RunTarget target;
    QList<HttpCollection::Problem> problems;
    QString error;
    if (!target.load(folder->folder(), &problems, &error)) {
        messages->say(error, true);
        return false;
    }
    const QList<HttpCollection::RequestRef> selection = target.select(relativePath, region);
    if (selection.isEmpty()) {
        messages->say(
            [relativePath] {
                return relativePath.isEmpty()
                    ? tr("The collection has no request to run.")
                    : tr("%1 has no request to run (or does not parse).").arg(relativePath);
            },
            true);
        return false;
    }
    const Environment &environment = m_workspace->client()->environment();
    const QString environmentName = target.environmentFor({ environment.id, environment.name });
    QString leftOut;
    if (!problems.isEmpty()) {
        // The files that parse run; the others are named, with the first problem.
        leftOut = tr("%n file(s) of the collection do not parse and were left out: %1", nullptr,
            int(problems.size()))
                      .arg(problems.constFirst().toText());
    }
    // The user's own variables of the environment, secret ones from the keychain (which may
    // take a moment): the run starts when they are there.
    m_workspace->userVariables()->readValues(environment.id, this,
        [this, target, selection, environmentName, leftOut](const QHash<QString, QString> &values,
            const QStringList &secretNames, const QStringList &missing) {
            QStringList secretValues;
            for (const QString &name : secretNames) {
                if (const QString value = values.value(name); !value.isEmpty())
                    secretValues.append(value);
            }
            m_workArea->setTabVisible(m_workArea->indexOf(m_runView), true);
            m_workArea->setCurrentWidget(m_runView);
            if (!m_runView->run(target, selection, environmentName, values, secretValues)) {
                currentTab()->messages()->say(
                    [] { return tr("A run is under way: stop it or wait for its end."); }, true);
                return;
            }
            m_runView->resultsView()->setFocus();
            QStringList said;
            if (!leftOut.isEmpty())
                said.append(leftOut);
            if (!missing.isEmpty())
                said.append(
                    tr("The keychain did not give the value of %1.").arg(missing.join(u", "_s)));
            if (!said.isEmpty())
                currentTab()->messages()->say(said.join(u' '), true);
        });
    return true;
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

ApiRequest ApiConsoleWidget::requestOf(const CallRecord &record) const
{
    ApiRequest request;
    request.method = record.method;
    request.target = reopenedTarget(record);
    request.headers = record.requestHeaders;
    request.body = record.requestBody;
    return request;
}

void ApiConsoleWidget::reopenCall(const CallRecord &record, ReopenedFrom from)
{
    RequestTab *tab = m_tabs->openRequest(requestOf(record));
    tab->showRecord(record);
    tab->messages()->say([from, startedAt = record.startedAt] {
        const QString when = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
        return from == ReopenedFrom::History
            ? tr("Reopened from the history: below is the answer this call got at %1.").arg(when)
            : tr("Opened from the failure log: below is the answer this call got at %1.").arg(when);
    });
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
    m_sideTabs->setTabText(2, tr("Collections"));
    m_workArea->setTabText(m_workArea->indexOf(m_tabs), tr("Re&quests"));
    m_workArea->setTabText(m_workArea->indexOf(m_runView), tr("R&un"));
}

} // namespace xlink
