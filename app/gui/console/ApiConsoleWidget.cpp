#include "ApiConsoleWidget.h"

#include "ApiClient.h"
#include "BodyCheckRunner.h"
#include "BodyEditor.h"
#include "CallHistory.h"
#include "CallHistoryFilterModel.h"
#include "CallHistoryModel.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "CallWorkspace.h"
#include "CurlCodec.h"
#include "EndpointPickerWidget.h"
#include "EnvironmentStore.h"
#include "FieldHelpWidget.h"
#include "JsonBodyValidator.h"
#include "JsonHighlighter.h"
#include "PathTemplate.h"
#include "QueryParameters.h"
#include "RequestCheck.h"
#include "RequestCheckPanel.h"
#include "ResponseCheckFlag.h"
#include "ResponseViewWidget.h"
#include "SearchShortcut.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionVault.h"
#include "call/EnvironmentNames.h"
#include "environments/EnvironmentsDialog.h"
#include "environments/LoginFieldLabels.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr int tokenRow = 0; // the headers table's first row: the session's Access-Token

const QByteArrayList &methods()
{
    static const QByteArrayList list { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
    return list;
}

bool isAutomaticHeader(QByteArrayView name)
{
    return name.compare("Access-Token", Qt::CaseInsensitive) == 0
        || name.compare("Content-Type", Qt::CaseInsensitive) == 0
        || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
}

// A name/value table that always shows three rows (and grows to five), with its name column
// wide enough for `longestName` on one line.
void fitTableRows(QTableWidget *table, const QString &longestName)
{
    const int frame = 2 * table->frameWidth();
    const int header = table->horizontalHeader()->sizeHint().height();
    const int row = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(frame + header + 3 * row);
    table->setMaximumHeight(frame + header + 5 * row);
    table->horizontalHeader()->resizeSection(
        0, table->fontMetrics().horizontalAdvance(longestName) + 24);
}

// A button as wide as its text: a push button is at least 80 pixels wide in most styles.
QToolButton *compactButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

// Pretty JSON for the editor, without the trailing newline the printer ends with.
QString prettyText(const QByteArray &body)
{
    QByteArray pretty = JsonBodyValidator::prettyPrinted(body);
    while (pretty.endsWith('\n'))
        pretty.chop(1);
    return QString::fromUtf8(pretty);
}

// An operation's example request body as the editor shows it; empty without one.
QString exampleText(const ApiOperation &operation)
{
    const QJsonValue example = operation.requestExample;
    if (example.isObject())
        return prettyText(QJsonDocument(example.toObject()).toJson(QJsonDocument::Compact));
    if (example.isArray())
        return prettyText(QJsonDocument(example.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

ApiConsoleWidget::ApiConsoleWidget(CallWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_historyModel(new CallHistoryModel(workspace->history(), this))
    , m_historyFilterModel(new CallHistoryFilterModel(m_historyModel, this))
{
    setObjectName(u"apiConsole"_s);
    // Tab visits widgets in the order they were made: the environment pane, the composer, then
    // the response, as they read from left to right and top to bottom.
    QWidget *environmentPane = createEnvironmentPane();
    QWidget *composer = createComposer();
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
    rightSplitter->addWidget(composer);
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

    Session *session = m_workspace->client()->session();
    connect(session, &Session::stateChanged, this, &ApiConsoleWidget::updateSessionState);
    connect(session, &Session::tokenChanged, this, &ApiConsoleWidget::updateSessionState);
    connect(session, &Session::loginFinished, this, [this](bool ok, const CallRecord &record) {
        if (ok) {
            // The session line says who is logged in; the message line and the response pane
            // still describe the last response.
            m_sessionNotice->hide();
        } else {
            showMessage([] { return tr("The login failed; the answer is shown below."); }, true);
            m_response->showRecord(record);
        }
    });
    connect(session, &Session::renewalFailed, this,
        [this](const QString &message) { showMessage(message, true); });
    connect(m_workspace->client(), &ApiClient::environmentChanged, this,
        &ApiConsoleWidget::updateSessionState);
    connect(m_workspace->secrets(), &SecretStore::keychainAvailabilityChanged, this,
        &ApiConsoleWidget::updateKeychainNotices);
    connect(m_workspace->sessionVault(), &SessionVault::restoreFinished, this,
        [this](SessionVault::Outcome outcome) {
            m_restoreOutcome = outcome;
            updateSessionNotice();
        });
    // A secret changed in the environments editor replaces the one in the login fields.
    connect(m_workspace->secrets(), &SecretStore::written, this, [this](const QString &key) {
        const std::optional<Environment> environment
            = m_workspace->environments()->find(m_environment->currentData().toString());
        if (!environment || key != environment->secretKey(environment->loginSecret()))
            return;
        const std::optional<QString> secret = m_workspace->secrets()->cached(key);
        if (secret && *secret != m_secret->text())
            m_secret->setText(*secret);
    });
    EnvironmentStore *store = m_workspace->environments();
    connect(store, &EnvironmentStore::environmentAdded, this, &ApiConsoleWidget::fillEnvironments);
    connect(
        store, &EnvironmentStore::environmentRemoved, this, &ApiConsoleWidget::fillEnvironments);
    connect(
        store, &EnvironmentStore::environmentChanged, this, &ApiConsoleWidget::onEnvironmentEdited);

    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ApiConsoleWidget::updateExpiry);

    retranslateUi();
    fillEnvironments();
    updateSessionState();
    updatePlaceholders();
}

ApiConsoleWidget::~ApiConsoleWidget()
{
    if (m_call)
        m_call->disconnect(this);
}

QWidget *ApiConsoleWidget::createEnvironmentPane()
{
    auto *pane = new QWidget(this);
    m_environmentLabel = new QLabel(pane);
    m_environment = new QComboBox(pane);
    m_environment->setObjectName(u"environment"_s);
    // The whole name, in either language ("Local san…" told nothing), where the pane has the
    // room; a name longer than the pane is elided, never below a few characters, and said
    // whole in the tooltip (and the list), rather than widening the pane past the window.
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environment->setMinimumContentsLength(8);
    connect(m_environment, &QComboBox::currentTextChanged, m_environment, &QWidget::setToolTip);
    m_environmentLabel->setBuddy(m_environment);
    m_manageEnvironments = new QPushButton(pane);
    m_manageEnvironments->setObjectName(u"manageEnvironments"_s);
    connect(m_manageEnvironments, &QPushButton::clicked, this,
        &ApiConsoleWidget::openEnvironmentsDialog);
    m_environmentUrl = new QLabel(pane);
    m_environmentUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, clipped in a narrow pane (the tooltip has it whole): a URL broken after
    // "http://" reads as two things.
    m_environmentUrl->setWordWrap(false);
    m_environmentUrl->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
        &ApiConsoleWidget::onEnvironmentChosen);

    m_corpIdLabel = new QLabel(pane);
    m_corpId = new QLineEdit(pane);
    m_accountLabel = new QLabel(pane);
    m_account = new QLineEdit(pane);
    m_account->setObjectName(u"account"_s);
    m_secretLabel = new QLabel(pane);
    m_secret = new QLineEdit(pane);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_corpIdLabel->setBuddy(m_corpId);
    m_accountLabel->setBuddy(m_account);
    m_secretLabel->setBuddy(m_secret);
    m_login = new QPushButton(pane);
    m_logout = new QPushButton(pane);
    connect(m_login, &QPushButton::clicked, this, &ApiConsoleWidget::login);
    connect(m_secret, &QLineEdit::returnPressed, this, &ApiConsoleWidget::login);
    connect(m_logout, &QPushButton::clicked, this, [this] {
        m_workspace->logOut();
        updateSessionState();
    });
    m_sessionState = new QLabel(pane);
    m_sessionState->setObjectName(u"sessionState"_s);
    m_sessionState->setWordWrap(true);
    m_expiry = new QLabel(pane);
    m_expiry->setObjectName(u"expiry"_s);
    m_keychainNotice = new QLabel(pane);
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setStyleSheet(u"color: #8a5a00;"_s);
    m_keychainNotice->hide();
    m_sessionStorage = new QLabel(pane);
    m_sessionStorage->setObjectName(u"sessionStorage"_s);
    m_sessionStorage->setWordWrap(true);
    m_sessionStorage->hide();
    m_sessionNotice = new QLabel(pane);
    m_sessionNotice->setObjectName(u"sessionNotice"_s);
    m_sessionNotice->setWordWrap(true);
    m_sessionNotice->hide();

    m_loginForm = new QFormLayout;
    // The combo gets the row to itself and Manage… goes beside the URL, so a narrow pane
    // still shows the environment's whole name.
    m_loginForm->addRow(m_environmentLabel, m_environment);
    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(m_environmentUrl, 1);
    urlLine->addWidget(m_manageEnvironments, 0, Qt::AlignTop);
    m_loginForm->addRow(QString(), urlLine);
    m_loginForm->addRow(m_corpIdLabel, m_corpId);
    m_loginForm->addRow(m_accountLabel, m_account);
    m_loginForm->addRow(m_secretLabel, m_secret);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_login);
    buttons->addWidget(m_logout);
    buttons->addStretch();
    m_loginForm->addRow(QString(), buttons);
    m_loginForm->addRow(QString(), m_sessionState);
    m_loginForm->addRow(QString(), m_sessionNotice);
    m_loginForm->addRow(QString(), m_expiry);
    m_loginForm->addRow(QString(), m_sessionStorage);
    m_loginForm->addRow(QString(), m_keychainNotice);

    m_sideTabs = new QTabWidget(pane);
    m_endpointPicker = new EndpointPickerWidget(m_sideTabs);
    // Ctrl+K, Ctrl+F: the endpoint search, as the other pages' search.
    new SearchShortcut(
        this, m_endpointPicker->searchField(), [this] { m_sideTabs->setCurrentIndex(0); });
    connect(m_endpointPicker, &EndpointPickerWidget::operationPicked, this,
        [this](const ApiOperation *operation) { loadOperation(*operation); });

    auto *historyPage = new QWidget(m_sideTabs);
    m_historyFilter = new QLineEdit(historyPage);
    m_historyFilter->setObjectName(u"historyFilter"_s);
    m_historyFilter->setClearButtonEnabled(true);
    m_historyView = new QListView(historyPage);
    m_historyView->setObjectName(u"history"_s);
    m_historyView->setModel(m_historyFilterModel);
    m_historyView->setUniformItemSizes(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    historyLayout->addWidget(m_historyFilter);
    historyLayout->addWidget(m_historyView);
    connect(m_historyFilter, &QLineEdit::textChanged, m_historyFilterModel,
        &CallHistoryFilterModel::setFilterText);
    connect(m_historyView, &QListView::activated, this, &ApiConsoleWidget::reopenHistoryRow);
    m_sideTabs->addTab(m_endpointPicker, QString());
    m_sideTabs->addTab(historyPage, QString());

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_loginForm);
    layout->addWidget(m_sideTabs, 1);
    return pane;
}

QWidget *ApiConsoleWidget::createComposer()
{
    auto *composer = new QWidget(this);
    m_method = new QComboBox(composer);
    m_method->setObjectName(u"method"_s);
    for (const QByteArray &method : methods())
        m_method->addItem(QString::fromLatin1(method));
    m_path = new QLineEdit(composer);
    m_path->setObjectName(u"path"_s);
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_send = new QPushButton(composer);
    m_send->setObjectName(u"send"_s);
    m_send->setDefault(false);
    m_cancel = new QPushButton(composer);
    m_cancel->setEnabled(false);
    connect(m_path, &QLineEdit::textChanged, this, &ApiConsoleWidget::updatePlaceholders);
    connect(m_send, &QPushButton::clicked, this, &ApiConsoleWidget::send);
    connect(m_cancel, &QPushButton::clicked, this, &ApiConsoleWidget::cancel);
    auto *requestLine = new QHBoxLayout;
    requestLine->addWidget(m_method);
    requestLine->addWidget(m_path, 1);
    requestLine->addWidget(m_send);
    requestLine->addWidget(m_cancel);

    m_target = new QLabel(composer);
    m_target->setObjectName(u"requestTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_switchEnvironment = new QPushButton(composer);
    m_switchEnvironment->setObjectName(u"switchEnvironment"_s);
    m_switchEnvironment->hide();
    connect(m_switchEnvironment, &QPushButton::clicked, this, [this] {
        const QUrl url(m_path->text().trimmed());
        const std::optional<Environment> match = environmentFor(url);
        if (!match)
            return;
        const QByteArray pasted = m_pastedToken; // still this request's, in the new place
        selectEnvironment(match->id);
        m_pastedToken = pasted;
        // Now the environment's own: back to a path, so its session's token applies.
        m_path->setText(url.path(QUrl::FullyEncoded)
            + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString()));
    });
    auto *targetLine = new QHBoxLayout;
    targetLine->addWidget(m_target, 1);
    targetLine->addWidget(m_switchEnvironment);
    connect(m_path, &QLineEdit::textChanged, this, &ApiConsoleWidget::updateTarget);

    m_placeholderBox = new QWidget(composer);
    m_placeholderForm = new QFormLayout(m_placeholderBox);
    m_placeholderForm->setContentsMargins(0, 0, 0, 0);

    m_queryLabel = new QLabel(composer);
    m_query = new QTableWidget(0, 2, composer);
    m_query->setObjectName(u"query"_s);
    m_query->setTabKeyNavigation(false); // Tab leaves the table (Ctrl+Tab too)
    m_query->horizontalHeader()->setStretchLastSection(true);
    m_query->verticalHeader()->hide();
    m_query->setWordWrap(false);
    fitTableRows(m_query, u"product_id"_s);
    m_queryLabel->setBuddy(m_query);
    // Sized to their words: the columns above the tables are narrow at 1000×650.
    m_addQuery = compactButton(composer);
    m_removeQuery = compactButton(composer);
    connect(m_path, &QLineEdit::textChanged, this, &ApiConsoleWidget::queryFromPath);
    connect(m_query, &QTableWidget::itemChanged, this, &ApiConsoleWidget::pathFromQuery);
    connect(m_addQuery, &QToolButton::clicked, this, [this] {
        const int row = m_query->rowCount();
        {
            const QSignalBlocker blocker(m_query);
            m_query->insertRow(row);
        }
        m_query->setCurrentCell(row, 0);
        m_query->edit(m_query->model()->index(row, 0));
    });
    connect(m_removeQuery, &QToolButton::clicked, this, [this] {
        const int row = m_query->currentRow();
        if (row < 0)
            return;
        m_query->removeRow(row);
        pathFromQuery();
    });
    // Label and buttons on one line above the table: the composer must leave the response
    // room at 1000×650.
    auto *queryTitle = new QHBoxLayout;
    queryTitle->addWidget(m_queryLabel, 1);
    queryTitle->addWidget(m_addQuery);
    queryTitle->addWidget(m_removeQuery);
    auto *queryColumn = new QVBoxLayout;
    queryColumn->addLayout(queryTitle);
    queryColumn->addWidget(m_query);

    m_headersLabel = new QLabel(composer);
    m_headers = new QTableWidget(1, 2, composer);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table (Ctrl+Tab too)
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setWordWrap(false);
    fitTableRows(m_headers, u"X-Sandbox-Fault"_s);
    m_addHeader = compactButton(composer);
    m_removeHeader = compactButton(composer);
    m_removeHeader->setObjectName(u"removeHeader"_s);
    connect(m_addHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setCurrentCell(row, 0);
        m_headers->edit(m_headers->model()->index(row, 0));
    });
    connect(m_removeHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row > tokenRow) {
            m_headers->removeRow(row);
        } else if (row == tokenRow && !m_pastedToken.isEmpty()) {
            m_pastedToken.clear();
            updateTarget();
            showMessage([] {
                return tr("Dropped the pasted token: calls use the session's token again.");
            });
        }
    });
    auto *headersTitle = new QHBoxLayout;
    headersTitle->addWidget(m_headersLabel, 1);
    headersTitle->addWidget(m_addHeader);
    headersTitle->addWidget(m_removeHeader);
    auto *headersColumn = new QVBoxLayout;
    headersColumn->addLayout(headersTitle);
    headersColumn->addWidget(m_headers);
    // Side by side: three rows of each stay visible without pushing the body out of sight.
    auto *tables = new QHBoxLayout;
    tables->addLayout(queryColumn, 2);
    tables->addLayout(headersColumn, 3);

    m_bodyLabel = new QLabel(composer);
    m_body = new BodyEditor(composer);
    m_body->setObjectName(u"body"_s);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_bodyHighlighter = new JsonHighlighter(m_body->document());
    m_fieldHelp = new FieldHelpWidget(composer);
    m_fieldHelp->attachTo(m_body);
    m_fieldHelp->hide(); // until an operation with a body is named
    auto *bodySplitter = new QSplitter(Qt::Horizontal, composer);
    bodySplitter->setChildrenCollapsible(false);
    bodySplitter->addWidget(m_body);
    bodySplitter->addWidget(m_fieldHelp);
    bodySplitter->setStretchFactor(0, 3);
    bodySplitter->setStretchFactor(1, 2);
    connect(m_path, &QLineEdit::textChanged, this, &ApiConsoleWidget::updateOperation);
    connect(m_method, &QComboBox::currentTextChanged, this, &ApiConsoleWidget::updateOperation);
    m_checkPanel = new RequestCheckPanel(composer);
    m_checkPanel->runner()->setBodySource([this] { return m_body->toPlainText().toUtf8(); });
    connect(m_body, &QPlainTextEdit::textChanged, this,
        [this] { m_checkPanel->setRequest(m_operation); });
    connect(m_checkPanel, &RequestCheckPanel::lineActivated, this, [this](int line) {
        const QTextBlock block = m_body->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        m_body->setTextCursor(QTextCursor(block));
        m_body->setFocus(Qt::OtherFocusReason);
    });
    connect(m_checkPanel->runner(), &BodyCheckRunner::checked, this, [this] {
        if (std::exchange(m_sendWhenChecked, false))
            send();
    });
    m_bodyLabel->setBuddy(m_body);
    m_format = new QPushButton(composer);
    connect(m_format, &QPushButton::clicked, this, &ApiConsoleWidget::formatBody);
    m_bodyStatus = new QLabel(composer);
    m_bodyStatus->setObjectName(u"bodyStatus"_s);
    m_bodyStatus->setWordWrap(true);
    connect(m_body, &QPlainTextEdit::textChanged, m_bodyStatus, &QLabel::clear);
    // The bold line number follows the cursor.
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, m_body->lineNumberArea(),
        qOverload<>(&QWidget::update));
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingBody)
            m_bodyEdited = true;
    });

    m_includeToken = new QCheckBox(composer);
    m_copyCurl = new QPushButton(composer);
    m_pasteCurl = new QPushButton(composer);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString command = curlCommand();
        if (command.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(command);
        showMessage([withToken = m_includeToken->isChecked()] {
            return withToken ? tr("Copied as curl, with the access token.")
                             : tr("Copied as curl; the access token is redacted.");
        });
    });
    connect(m_pasteCurl, &QPushButton::clicked, this,
        [this] { pasteCurl(QGuiApplication::clipboard()->text()); });
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(m_format);
    bodyButtons->addWidget(m_bodyStatus, 1);
    bodyButtons->addWidget(m_includeToken);
    bodyButtons->addWidget(m_copyCurl);
    bodyButtons->addWidget(m_pasteCurl);

    m_message = new QLabel(composer);
    m_message->setObjectName(u"consoleMessage"_s);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(composer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(requestLine);
    layout->addLayout(targetLine);
    layout->addWidget(m_placeholderBox);
    layout->addLayout(tables);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(bodySplitter, 1);
    layout->addWidget(m_checkPanel);
    layout->addLayout(bodyButtons);
    layout->addWidget(m_message);
    return composer;
}

QPlainTextEdit *ApiConsoleWidget::bodyEditor() const
{
    return m_body;
}

void ApiConsoleWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_response->setCatalogue(std::move(catalogue));
}

void ApiConsoleWidget::fillEnvironments()
{
    const QSignalBlocker blocker(m_environment);
    const QString current = m_workspace->environments()->currentId();
    m_environment->clear();
    for (const Environment &environment : m_workspace->environments()->environments())
        m_environment->addItem(environment.name, environment.id);
    const int index = m_environment->findData(current);
    m_environment->setCurrentIndex(index >= 0 ? index : 0);
    if (m_activated)
        onEnvironmentChosen();
}

void ApiConsoleWidget::onEnvironmentEdited(const QString &id)
{
    const std::optional<Environment> environment = m_workspace->environments()->find(id);
    const int index = m_environment->findData(id);
    if (!environment || index < 0) {
        fillEnvironments();
        return;
    }
    if (m_environment->itemText(index) != environment->name) {
        // A renamed environment moves to its place in the (sorted) list.
        fillEnvironments();
        return;
    }
    if (index != m_environment->currentIndex() || !m_activated)
        return;
    m_environmentUrl->setText(environment->baseUrl.toDisplayString());
    m_environmentUrl->setToolTip(m_environmentUrl->text());
    // Fields the user typed for a login stay as they are when they already agree.
    if (environment->loginKind != m_shownKind || environment->account != m_account->text().trimmed()
        || environment->corpId != m_corpId->text().trimmed())
        updateLoginFields(*environment);
    updateSessionState();
}

EnvironmentsDialog *ApiConsoleWidget::openEnvironmentsDialog()
{
    auto *dialog
        = new EnvironmentsDialog(m_workspace->environments(), m_workspace->secrets(), this);
    dialog->setDefaultTimeoutMs(m_workspace->settings().defaultTimeoutMs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->selectEnvironment(m_environment->currentData().toString());
    dialog->open();
    return dialog;
}

void ApiConsoleWidget::selectEnvironment(const QString &id)
{
    const int index = m_environment->findData(id);
    if (index < 0)
        return;
    const bool wasActivated = m_activated;
    m_activated = true;
    if (index == m_environment->currentIndex()) {
        // Already in use: choosing it again would log out and resume the session for nothing.
        if (wasActivated && m_workspace->client()->environment().id == id)
            return;
        onEnvironmentChosen();
    } else {
        m_environment->setCurrentIndex(index);
    }
}

void ApiConsoleWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The sandbox starts when the page is first shown, not when the window is built.
    if (!m_activated) {
        m_activated = true;
        onEnvironmentChosen();
    }
}

void ApiConsoleWidget::onEnvironmentChosen()
{
    if (!m_activated)
        return;
    const QString id = m_environment->currentData().toString();
    if (id.isEmpty())
        return;
    m_sessionNotice->hide();
    m_pastedToken.clear();
    QString error;
    if (!m_workspace->activate(id, &error)) {
        showMessage(error, true);
        return;
    }
    const std::optional<Environment> environment = m_workspace->environments()->find(id);
    if (environment)
        updateLoginFields(*environment);
    updateSessionState();
}

void ApiConsoleWidget::updateLoginLabels(Environment::LoginKind kind)
{
    using Kind = Environment::LoginKind;
    m_accountLabel->setText(LoginFieldLabels::account(kind));
    m_secretLabel->setText(LoginFieldLabels::secret(kind));
    m_corpIdLabel->setVisible(kind == Kind::AppUser);
    m_corpId->setVisible(kind == Kind::AppUser);
}

void ApiConsoleWidget::updateLoginFields(const Environment &environment)
{
    m_shownKind = environment.loginKind;
    updateLoginLabels(environment.loginKind);
    m_corpId->setText(environment.corpId);
    m_account->setText(environment.account);
    m_secret->clear();
    m_environmentUrl->setText(environment.baseUrl.toDisplayString());
    m_environmentUrl->setToolTip(m_environmentUrl->text());
    // The secret is filled in when the keychain (or this run's memory) has one for this account.
    const QString id = environment.id;
    m_workspace->secrets()->read(environment.secretKey(environment.loginSecret()), this,
        [this, id](const std::optional<QString> &secret) {
            if (secret && m_environment->currentData().toString() == id
                && m_secret->text().isEmpty())
                m_secret->setText(*secret);
        });
}

void ApiConsoleWidget::login()
{
    const std::optional<Environment> found
        = m_workspace->environments()->find(m_environment->currentData().toString());
    if (!found)
        return;
    Environment environment = *found;
    Session::Credentials credentials;
    credentials.kind = environment.loginKind;
    credentials.account = m_account->text().trimmed();
    credentials.secret = m_secret->text();
    credentials.corpId = m_corpId->text().trimmed();
    if (!credentials.isValid()) {
        showMessage([] { return tr("Enter both the account and its secret to log in."); }, true);
        return;
    }
    if (environment.account != credentials.account || environment.corpId != credentials.corpId) {
        // The account is remembered with the environment; the secret goes to the keychain only.
        environment.account = credentials.account;
        environment.corpId = credentials.corpId;
        m_workspace->environments()->update(environment);
    }
    m_workspace->secrets()->write(
        environment.secretKey(environment.loginSecret()), credentials.secret);
    Session *session = m_workspace->client()->session();
    session->setCredentials(credentials);
    session->login();
    updateSessionState();
}

void ApiConsoleWidget::updateSessionState()
{
    m_checkPanel->setLoginKind(m_workspace->client()->environment().loginKind);
    const Session *session = m_workspace->client()->session();
    switch (session->state()) {
    case Session::State::LoggedOut:
        m_sessionState->setText(tr("Not logged in."));
        break;
    case Session::State::LoggingIn:
        m_sessionState->setText(tr("Logging in…"));
        break;
    case Session::State::LoggedIn:
        m_sessionState->setText(tr("Logged in as %1").arg(session->identity().displayText()));
        break;
    }
    m_login->setEnabled(session->state() != Session::State::LoggingIn);
    m_logout->setEnabled(session->state() == Session::State::LoggedIn);
    if (session->isLoggedIn())
        m_expiryTimer.start();
    else
        m_expiryTimer.stop();
    updateExpiry();
    updateTarget();
    updateKeychainNotices();
}

void ApiConsoleWidget::updateKeychainNotices()
{
    const SecretStore *secrets = m_workspace->secrets();
    m_keychainNotice->setVisible(!secrets->keychainAvailable());
    // Already a whole sentence that says why and that secrets stay in memory: wrapping it in
    // another one repeated that, nested in parentheses.
    m_keychainNotice->setText(secrets->keychainError());
    const bool loggedIn = m_workspace->client()->session()->isLoggedIn();
    switch (secrets->keychainAvailability()) {
    case SecretStore::Availability::Unknown:
        m_sessionStorage->hide();
        return;
    case SecretStore::Availability::Available:
        // The sandbox's tokens die with the process that issued them.
        m_sessionStorage->setText(
            m_workspace->client()->environment().id == EnvironmentStore::sandboxId
                ? tr("The local sandbox starts afresh at each run: this session ends when the "
                     "console quits.")
                : tr("The session is kept in the system keychain and resumes at the next "
                     "start."));
        break;
    case SecretStore::Availability::Unavailable:
        // The keychain notice below says why; this line says what it means for the session.
        m_sessionStorage->setText(tr("This session lasts until the console quits."));
        break;
    }
    m_sessionStorage->setVisible(loggedIn);
}

void ApiConsoleWidget::updateExpiry()
{
    const Session *session = m_workspace->client()->session();
    if (!session->isLoggedIn()) {
        m_expiry->clear();
        return;
    }
    const QDateTime expiresAt = session->expiresAt();
    if (!expiresAt.isValid()) {
        m_expiry->setText(tr("The platform gave no expiry for this token."));
        return;
    }
    const qint64 msLeft = QDateTime::currentDateTimeUtc().msecsTo(expiresAt);
    if (msLeft <= 0) {
        m_expiry->setText(tr("The token has expired."));
        return;
    }
    // Rounded up, like any countdown: the last second still counts as valid.
    const qint64 seconds = (msLeft + 999) / 1000;
    m_expiry->setText(tr("Token expires in %1:%2:%3")
                          .arg(seconds / 3600)
                          .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
                          .arg(seconds % 60, 2, 10, QChar(u'0')));
}

std::optional<Environment> ApiConsoleWidget::environmentFor(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    for (const Environment &environment : m_workspace->environments()->environments()) {
        const QUrl base = environment.baseUrl;
        if (url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
            && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && url.port(url.scheme() == u"https" ? 443 : 80)
                == base.port(base.scheme() == u"https" ? 443 : 80))
            return environment;
    }
    return std::nullopt;
}

void ApiConsoleWidget::updateTarget()
{
    ApiRequest request;
    request.target = m_path->text().trimmed();
    const ApiClient *client = m_workspace->client();
    const QUrl url = client->resolve(request);
    const bool foreign = request.hasAbsoluteTarget() && !client->isEnvironmentOrigin(url);
    const QString environment = m_environment->currentText();
    QString text;
    if (request.target.isEmpty())
        text = tr("Goes to %1 (%2).")
                   .arg(client->environment().baseUrl.toDisplayString(), environment);
    else
        text = tr("Goes to %1").arg(url.toDisplayString());
    std::optional<Environment> match;
    if (foreign) {
        const QString host = ApiClient::hostLabel(url);
        match = environmentFor(url);
        text += u"\n"_s
            + (m_pastedToken.isEmpty()
                    ? tr("Not the host of “%1”: sent as given, without the session's token, and "
                         "logged under %2.")
                          .arg(environment, host)
                    : tr("Not the host of “%1”: sent as given, with the pasted token, and logged "
                         "under %2.")
                          .arg(environment, host));
        if (match)
            m_switchEnvironment->setText(
                tr("Switch to “%1”").arg(EnvironmentNames::shown(match->name)));
    }
    m_target->setText(text);
    m_target->setStyleSheet(foreign ? u"color: #8a5a00;"_s : QString());
    m_switchEnvironment->setVisible(foreign && match.has_value());
    updateTokenRow();
}

void ApiConsoleWidget::updateTokenRow()
{
    auto *name = new QTableWidgetItem(u"Access-Token"_s);
    const ApiClient *client = m_workspace->client();
    const bool loggedIn = client->session()->isLoggedIn();
    ApiRequest request;
    request.target = m_path->text().trimmed();
    const QUrl url = client->resolve(request);
    const bool foreign = request.hasAbsoluteTarget() && !client->isEnvironmentOrigin(url);
    QString text;
    QString tip = tr("Added to every call from the session; never shown.");
    if (!m_pastedToken.isEmpty()) {
        text = tr("%1 (pasted: for this request only, never stored)")
                   .arg(QString::fromLatin1(CurlCodec::redactedToken));
        tip = tr("The token that came with the pasted curl command. It is sent with this request "
                 "instead of the session's, is never stored, and is redacted in the history and "
                 "the log. Select this row and Remove to drop it.");
    } else if (foreign) {
        text = tr("(not sent: %1 is not this environment's host)").arg(ApiClient::hostLabel(url));
    } else {
        text = loggedIn ? QString::fromLatin1(CurlCodec::redactedToken)
                        : tr("(added once you are logged in)");
    }
    auto *value = new QTableWidgetItem(text);
    for (QTableWidgetItem *item : { name, value }) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        item->setToolTip(tip);
    }
    m_headers->setItem(tokenRow, 0, name);
    m_headers->setItem(tokenRow, 1, value);
}

void ApiConsoleWidget::updatePlaceholders()
{
    const QStringList names = PathTemplate::names(m_path->text());
    if (names == m_placeholderNames)
        return;
    m_placeholderNames = names;
    while (m_placeholderForm->rowCount() > 0)
        m_placeholderForm->removeRow(0);
    m_placeholderFields.clear();
    for (const QString &name : names) {
        auto *field = new QLineEdit(m_placeholderBox);
        field->setObjectName(u"placeholder-"_s + name);
        field->setText(m_placeholderValues.value(name));
        field->setPlaceholderText(tr("value of {%1}").arg(name));
        connect(field, &QLineEdit::textChanged, this,
            [this, name](const QString &text) { m_placeholderValues.insert(name, text); });
        m_placeholderForm->addRow(u"{%1}"_s.arg(name), field);
        m_placeholderFields.insert(name, field);
    }
    m_placeholderBox->setVisible(!names.isEmpty());
}

void ApiConsoleWidget::queryFromPath()
{
    if (m_syncingQuery)
        return;
    const QList<QueryParameters::Pair> pairs = QueryParameters::parse(m_path->text());
    if (!m_queryHints.isEmpty() && m_path->text().section(u'?', 0, 0) != m_queryHintsPath)
        m_queryHints.clear(); // another path: the picked operation's parameters do not apply
    const QSignalBlocker blocker(m_query);
    // Rows still being typed (no name yet) stay below the path's own parameters.
    QList<QueryParameters::Pair> unnamed;
    for (int row = 0; row < m_query->rowCount(); ++row) {
        const QTableWidgetItem *name = m_query->item(row, 0);
        const QTableWidgetItem *value = m_query->item(row, 1);
        if (!name || name->text().isEmpty())
            unnamed.append({ QString(), value ? value->text() : QString() });
    }
    // The picked operation's optional parameters not in the path yet, offered below its own.
    QList<const ApiParameter *> offered;
    for (const ApiParameter &hint : std::as_const(m_queryHints)) {
        const bool inPath = std::any_of(pairs.cbegin(), pairs.cend(),
            [&](const QueryParameters::Pair &pair) { return pair.first == hint.name; });
        if (!inPath && !hint.required)
            offered.append(&hint);
    }
    m_query->setRowCount(int(pairs.size() + offered.size() + unnamed.size()));
    const Language language = Translations::current();
    int row = 0;
    for (const auto &[name, value] : pairs) {
        auto *nameItem = new QTableWidgetItem(name);
        for (const ApiParameter &hint : std::as_const(m_queryHints)) {
            if (hint.name != name)
                continue;
            nameItem->setToolTip((hint.required ? tr("Required.") : tr("Optional.")) + u' '
                + hint.description.in(language));
            QFont font = nameItem->font();
            font.setBold(hint.required);
            nameItem->setFont(font);
        }
        m_query->setItem(row, 0, nameItem);
        m_query->setItem(row, 1, new QTableWidgetItem(value));
        ++row;
    }
    for (const ApiParameter *hint : std::as_const(offered)) {
        // Not in the path (nor sent) until it has a value; its name is the operation's.
        auto *nameItem = new QTableWidgetItem(hint->name);
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        nameItem->setData(Qt::UserRole, true);
        nameItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        nameItem->setToolTip(
            tr("Optional: sent once it has a value.") + u' ' + hint->description.in(language));
        m_query->setItem(row, 0, nameItem);
        m_query->setItem(row, 1, new QTableWidgetItem);
        ++row;
    }
    for (const auto &[name, value] : std::as_const(unnamed)) {
        m_query->setItem(row, 0, new QTableWidgetItem(name));
        m_query->setItem(row, 1, new QTableWidgetItem(value));
        ++row;
    }
}

void ApiConsoleWidget::pathFromQuery()
{
    QList<QueryParameters::Pair> pairs;
    for (int row = 0; row < m_query->rowCount(); ++row) {
        const QTableWidgetItem *name = m_query->item(row, 0);
        const QTableWidgetItem *value = m_query->item(row, 1);
        const bool offered = name && name->data(Qt::UserRole).toBool();
        if (offered && (!value || value->text().isEmpty()))
            continue; // an optional parameter left empty is not sent
        pairs.append({ name ? name->text() : QString(), value ? value->text() : QString() });
    }
    const QString target = QueryParameters::withQuery(m_path->text(), pairs);
    if (target == m_path->text())
        return;
    m_syncingQuery = true;
    m_path->setText(target);
    m_syncingQuery = false;
}

void ApiConsoleWidget::updateOperation()
{
    QString path = m_path->text().trimmed().section(u'?', 0, 0);
    if (path.contains(u"://"))
        path = QUrl(path).path();
    // The description is read on first use: not before a path is there to look up.
    const ApiOperation *operation
        = path.isEmpty() ? nullptr : RequestCheck::operationFor(m_method->currentText(), path);
    if (operation == m_operation)
        return;
    m_operation = operation;
    m_fieldHelp->setOperation(operation);
    m_fieldHelp->setVisible(m_fieldHelp->hasFields());
    m_checkPanel->setRequest(operation);
}

QLineEdit *ApiConsoleWidget::endpointSearchField() const
{
    return m_endpointPicker->searchField();
}

void ApiConsoleWidget::loadOperation(const ApiOperation &operation)
{
    if (!m_bodyEdited || m_body->toPlainText().trimmed().isEmpty()
        || m_body->toPlainText() == exampleText(operation)) {
        fillFromOperation(operation, false);
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Replace the Body?"),
        tr("%1 %2 comes with an example body. Replace the body you typed with it?")
            .arg(operation.method, operation.path),
        QMessageBox::NoButton, this);
    question->setObjectName(u"replaceBodyQuestion"_s);
    QPushButton *replace = question->addButton(tr("&Replace Body"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"replaceBody"_s);
    QPushButton *keep = question->addButton(tr("&Keep My Body"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepBody"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    // The operation belongs to the built-in description, which lives as long as the program.
    const ApiOperation *picked = &operation;
    connect(question, &QMessageBox::finished, this, [this, question, replace, keep, picked] {
        if (question->clickedButton() == replace)
            fillFromOperation(*picked, false);
        else if (question->clickedButton() == keep)
            fillFromOperation(*picked, true);
    });
    question->open();
}

void ApiConsoleWidget::fillFromOperation(const ApiOperation &operation, bool keepBody)
{
    m_pastedToken.clear();
    m_method->setCurrentText(operation.method);
    // Required query parameters go into the path (to be filled in); optional ones are offered
    // in the query table and join the path once they have a value.
    QList<QueryParameters::Pair> required;
    m_queryHints.clear();
    for (const ApiParameter &parameter : operation.parameters) {
        if (parameter.in != u"query")
            continue;
        if (parameter.required)
            required.append({ parameter.name, QString() });
        m_queryHints.append(parameter);
    }
    m_queryHintsPath = operation.path;
    m_path->setText(QueryParameters::withQuery(operation.path, required));
    queryFromPath(); // the hints, also when the path was already this one
    for (const ApiParameter &parameter : operation.parameters) {
        if (QLineEdit *field = m_placeholderFields.value(parameter.name);
            field && parameter.in == u"path")
            field->setToolTip(parameter.description.in(Translations::current()));
    }
    // Headers belong to the request they were added for (a fault header would otherwise ride
    // along into the next one): back to the session's own.
    m_headers->setRowCount(tokenRow + 1);
    if (!keepBody)
        setBodyText(exampleText(operation));
    showMessage(operation.summary.zh + u" · "_s + operation.summary.en);
}

void ApiConsoleWidget::setBodyText(const QString &text)
{
    m_settingBody = true;
    m_body->setPlainText(text);
    m_settingBody = false;
    m_bodyEdited = false;
}

void ApiConsoleWidget::loadRequest(const ApiRequest &request)
{
    if (m_method->findText(QString::fromLatin1(request.method)) < 0)
        m_method->addItem(QString::fromLatin1(request.method));
    m_method->setCurrentText(QString::fromLatin1(request.method));
    QString target = request.target;
    if (request.hasAbsoluteTarget()) {
        // Back to a path when it goes to the current environment, so the session's token applies.
        const QUrl url(request.target);
        if (m_workspace->client()->isEnvironmentOrigin(url))
            target = url.path(QUrl::FullyEncoded)
                + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString());
    }
    m_path->setText(target);
    m_headers->setRowCount(tokenRow + 1);
    for (const auto &[name, value] : request.headers) {
        if (isAutomaticHeader(name))
            continue;
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    setBodyText(prettyText(request.body));
}

HeaderList ApiConsoleWidget::userHeaders() const
{
    HeaderList headers;
    for (int row = tokenRow + 1; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        headers.append({ key.toLatin1(), value ? value->text().trimmed().toUtf8() : QByteArray() });
    }
    return headers;
}

std::optional<ApiRequest> ApiConsoleWidget::composedRequest(
    QString *error, int *errorLine, int *errorColumn) const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        *error = tr("Enter the path to call, e.g. /v2/corp.");
        return std::nullopt;
    }
    QHash<QString, QString> values;
    for (const QString &name : m_placeholderNames) {
        const QString value = m_placeholderValues.value(name).trimmed();
        if (value.isEmpty()) {
            *error = tr("Fill in {%1} before sending.").arg(name);
            return std::nullopt;
        }
        values.insert(name, value);
    }
    const QByteArray body = m_body->toPlainText().toUtf8();
    const JsonBodyValidator::Result check = JsonBodyValidator::validate(body);
    if (!check.valid) {
        *error = tr("The body is not valid JSON, so nothing was sent: %1").arg(check.describe());
        if (errorLine)
            *errorLine = check.line;
        if (errorColumn)
            *errorColumn = check.column;
        return std::nullopt;
    }
    ApiRequest request;
    request.method = m_method->currentText().toLatin1();
    request.target = PathTemplate::fill(path, values);
    request.headers = userHeaders();
    if (!m_pastedToken.isEmpty())
        request.headers.append({ "Access-Token", m_pastedToken });
    if (!check.empty)
        request.body = body;
    return request;
}

void ApiConsoleWidget::showBodyError(const QString &message, int line, int column)
{
    m_bodyStatus->setText(message);
    m_bodyStatus->setStyleSheet(u"color: #b01c1c;"_s);
    if (line <= 0)
        return;
    const QTextBlock block = m_body->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
        std::min(std::max(column - 1, 0), block.length() - 1));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ApiConsoleWidget::send()
{
    sendRequest(false);
}

void ApiConsoleWidget::sendAnyway()
{
    sendRequest(true);
}

void ApiConsoleWidget::askToSendAnyway()
{
    const QStringList lines = m_checkPanel->problemLines();
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Send Anyway?"),
        tr("The body does not fit %1 %2 as documented, so the platform will likely refuse it. "
           "Send it anyway?")
            .arg(m_operation->method, m_operation->path),
        QMessageBox::NoButton, this);
    question->setObjectName(u"sendAnywayQuestion"_s);
    question->setInformativeText(lines.mid(0, 8).join(u'\n')
        + (lines.size() > 8 ? u"\n"_s + tr("(and %1 more)").arg(lines.size() - 8) : QString()));
    QPushButton *anyway = question->addButton(tr("Send &Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(u"sendAnyway"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this, [this, question, anyway] {
        if (question->clickedButton() == anyway)
            sendRequest(true);
    });
    question->open();
}

void ApiConsoleWidget::sendRequest(bool anyway)
{
    if (m_call) {
        showMessage([] { return tr("A call is already running; press Esc to cancel it."); }, true);
        return;
    }
    QString error;
    int line = 0;
    int column = 0;
    const std::optional<ApiRequest> request = composedRequest(&error, &line, &column);
    if (!request) {
        // Nothing was sent: the previous answer must not look like this request's.
        m_response->clear();
        if (line > 0) {
            // Said once, beside the body, with the cursor at the error.
            const QSignalBlocker blocker(m_body);
            showBodyError(error, line, column);
            showMessage(QString());
        } else {
            showMessage(error, true);
        }
        return;
    }
    if (!anyway && m_operation) {
        BodyCheckRunner *runner = m_checkPanel->runner();
        if (!runner->isCurrent()) {
            // Checked first (off the GUI thread); sent once the check is done.
            m_sendWhenChecked = true;
            runner->runNow();
            showMessage([] { return tr("Checking the body…"); });
            return;
        }
        if (!runner->problems().isEmpty()) {
            askToSendAnyway();
            return;
        }
    }
    m_sendWhenChecked = false;
    m_responseFlag->clearFlag();
    // The environment's values (`{{baseUrl}}`, `{{corpId}}`, ...) are the variables it knows.
    CallPipeline *pipeline = m_workspace->pipeline();
    CallTicket *call = pipeline->send(*request, pipeline->environmentVariables());
    m_call = call;
    connect(call, &CallTicket::finished, this,
        [this](const CallResult &result) { onCallFinished(result.record); });
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_response->showPending(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request->method), request->target));
    showMessage([] { return tr("Press Esc to cancel."); });
}

void ApiConsoleWidget::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ApiConsoleWidget::onCallFinished(const CallRecord &record)
{
    m_call = nullptr;
    m_send->setEnabled(true);
    m_cancel->setEnabled(false);
    m_response->showRecord(record);
    if (record.httpStatus > 0)
        m_responseFlag->check(record);
    // The response pane says what came back (its banner explains a failure): not again here.
    showMessage(QString());
    Q_EMIT callFinished(record);
}

void ApiConsoleWidget::formatBody()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    const JsonBodyValidator::Result check = JsonBodyValidator::validate(body);
    if (!check.valid) {
        showBodyError(tr("Cannot format: %1").arg(check.describe()), check.line, check.column);
        return;
    }
    if (!check.empty) {
        // Reformatting is not typing: the body is as edited (or not) as it was.
        const bool edited = m_bodyEdited;
        m_body->setPlainText(prettyText(body));
        m_bodyEdited = edited;
    }
}

QString ApiConsoleWidget::curlCommand() const
{
    QString error;
    const std::optional<ApiRequest> request = composedRequest(&error);
    if (!request) {
        const_cast<ApiConsoleWidget *>(this)->showMessage(error, true);
        return {};
    }
    CurlCodec::Options options;
    options.baseUrl = m_workspace->client()->environment().baseUrl;
    options.includeToken = m_includeToken->isChecked();
    options.accessToken = m_workspace->client()->session()->accessToken();
    return CurlCodec::toCurl(*request, options);
}

bool ApiConsoleWidget::pasteCurl(const QString &command)
{
    const CurlCodec::ParseResult parsed = CurlCodec::fromCurl(command);
    if (!parsed.request) {
        showMessage(tr("The clipboard does not hold a curl command this console can read: %1")
                        .arg(parsed.error),
            true);
        return false;
    }
    ApiRequest request = *parsed.request;
    const QByteArray token = request.header("Access-Token");
    request.removeHeader("Access-Token");
    loadRequest(request);
    // The command's own token is kept for this request, visibly, and never stored.
    m_pastedToken = token == CurlCodec::redactedToken ? QByteArray() : token;
    updateTarget();
    showMessage([withToken = !m_pastedToken.isEmpty(), ignored = parsed.ignoredOptions] {
        QString text = tr("Pasted the curl command into the composer.");
        if (withToken)
            text += u' '
                + tr("Its Access-Token is used for this request only: never stored, and "
                     "redacted in the history and the log.");
        if (!ignored.isEmpty())
            text += u' ' + tr("Ignored: %1").arg(ignored.join(u", "_s));
        return text;
    });
    return true;
}

void ApiConsoleWidget::reopenHistoryRow(const QModelIndex &index)
{
    const QModelIndex source = m_historyFilterModel->mapToSource(index);
    if (!source.isValid())
        return;
    reopenCall(m_historyModel->record(source.row()), ReopenedFrom::History);
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
    m_pastedToken.clear();
    ApiRequest request;
    request.method = record.method;
    request.target = reopenedTarget(record);
    request.headers = record.requestHeaders;
    request.body = record.requestBody;
    loadRequest(request);
    m_response->showRecord(record);
    showMessage([from, startedAt = record.startedAt] {
        const QString when = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
        return from == ReopenedFrom::History
            ? tr("Reopened from the history: below is the answer this call got at %1.").arg(when)
            : tr("Opened from the failure log: below is the answer this call got at %1.").arg(when);
    });
}

void ApiConsoleWidget::showMessage(std::function<QString()> words, bool isError)
{
    m_messageWords = std::move(words);
    m_message->setText(m_messageWords());
    m_message->setStyleSheet(isError ? u"color: #b01c1c;"_s : QString());
}

void ApiConsoleWidget::showMessage(const QString &text, bool isError)
{
    m_messageWords = nullptr;
    m_message->setText(text);
    m_message->setStyleSheet(isError ? u"color: #b01c1c;"_s : QString());
}

void ApiConsoleWidget::updateSessionNotice()
{
    QString text;
    switch (m_restoreOutcome.value_or(SessionVault::Outcome::NothingSaved)) {
    case SessionVault::Outcome::NothingSaved:
        break;
    case SessionVault::Outcome::Restored:
        text = tr("Resumed the session saved for this environment.");
        break;
    case SessionVault::Outcome::LoggingInAgain:
        text = tr("The saved session has expired: logging in again.");
        break;
    case SessionVault::Outcome::Expired:
        text = tr("The saved session has expired: log in again.");
        break;
    }
    m_sessionNotice->setText(text);
    m_sessionNotice->setVisible(!text.isEmpty());
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
    m_environmentLabel->setText(tr("E&nvironment:"));
    m_corpIdLabel->setText(tr("&Enterprise ID:"));
    // Built-in names are translated where they are shown, never stored translated.
    for (int i = 0; i < m_environment->count(); ++i) {
        const QString name = EnvironmentStore::builtInName(m_environment->itemData(i).toString());
        if (!name.isEmpty())
            m_environment->setItemText(i, name);
    }
    m_manageEnvironments->setText(tr("&Manage…"));
    m_manageEnvironments->setToolTip(tr("Add, edit, duplicate or delete environments"));
    m_login->setText(tr("Log &In"));
    m_logout->setText(tr("Log &Out"));
    m_sideTabs->setTabText(0, tr("Endpoints"));
    m_sideTabs->setTabText(1, tr("History"));
    m_historyFilter->setPlaceholderText(tr("Filter the calls of this session"));
    m_path->setPlaceholderText(tr("/v2/product/{pid}/device/{did}"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter). A body that does not fit the documented "
                          "call is sent only when you confirm; Ctrl+Shift+Enter sends anyway."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the call in flight (Esc)"));
    m_queryLabel->setText(tr("&Query parameters:"));
    m_query->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_addQuery->setText(tr("Add"));
    m_addQuery->setToolTip(tr("Add a query parameter"));
    m_removeQuery->setText(tr("Remove"));
    m_removeQuery->setToolTip(tr("Remove the selected query parameter"));
    m_headersLabel->setText(tr("Headers:"));
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_addHeader->setText(tr("Add"));
    m_removeHeader->setText(tr("Remove"));
    m_bodyLabel->setText(tr("&Body (JSON):"));
    m_format->setText(tr("Format"));
    m_includeToken->setText(tr("Include token"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_pasteCurl->setText(tr("Paste curl"));
    const std::optional<Environment> environment
        = m_workspace->environments()->find(m_environment->currentData().toString());
    updateLoginLabels(
        environment ? environment->loginKind : Environment::LoginKind::EnterpriseMember);
    updateSessionState();
    if (m_messageWords)
        m_message->setText(m_messageWords());
    if (!m_sessionNotice->isHidden())
        updateSessionNotice();
}

} // namespace xlink
