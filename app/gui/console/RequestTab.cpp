#include "RequestTab.h"

#include "BodyCheckRunner.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "CallWorkspace.h"
#include "MessageLine.h"
#include "RequestCheckPanel.h"
#include "RequestComposer.h"
#include "ResponseCheckFlag.h"
#include "ResponseViewWidget.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr int kFirstUserHeaderRow = 1; // the headers table's first row is the session's token
constexpr qsizetype kLongestTitle = 40;

} // namespace

RequestTab::RequestTab(CallWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"requestTab"_s);
    // The message line takes no focus; it is made first so that the composer can say things
    // on it. Tab then goes from the composer to the response, as they read.
    m_messages = new MessageLine(this);
    auto *composerPane = new QWidget(this);
    m_composer = new RequestComposer(m_workspace, m_messages, composerPane);
    auto *composerLayout = new QVBoxLayout(composerPane);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(m_composer, 1);
    composerLayout->addWidget(m_messages);

    // The response check's flag sits on top of the answer it is about.
    auto *responsePane = new QWidget(this);
    m_responseFlag = new ResponseCheckFlag(responsePane);
    m_response = new ResponseViewWidget(responsePane);
    m_response->setDisplayLimit(m_workspace->displayLimitBytes());
    connect(
        m_workspace, &CallWorkspace::settingsChanged, this, [this](const CallSettings &settings) {
            m_response->setDisplayLimit(settings.displayLimitBytes);
        });
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_responseFlag);
    responseLayout->addWidget(m_response, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(composerPane);
    splitter->addWidget(responsePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_response, &ResponseViewWidget::codeActivated, this, &RequestTab::codeActivated);
    connect(m_composer, &RequestComposer::sendRequested, this, [this] { send(false); });
    connect(m_composer, &RequestComposer::sendAnywayConfirmed, this, [this] { send(true); });
    connect(m_composer, &RequestComposer::cancelRequested, this, &RequestTab::cancel);
    m_opened = request();
    watchComposer();
}

RequestTab::~RequestTab()
{
    // A tab closed while its call runs: the call is cancelled (recorded as such in the history
    // and the log); its answer has nowhere to go.
    if (CallTicket *call = m_call.data()) {
        call->disconnect(this);
        call->cancel();
    }
}

void RequestTab::watchComposer()
{
    // Edits come in bursts (a paste, a table row, a loaded request): the comparison with what the
    // tab was opened with is made once per burst.
    const auto edited = [this] {
        if (std::exchange(m_updateQueued, true))
            return;
        QMetaObject::invokeMethod(this, &RequestTab::updateModified, Qt::QueuedConnection);
    };
    connect(m_composer->methodCombo(), &QComboBox::currentTextChanged, this, edited);
    connect(m_composer->pathField(), &QLineEdit::textChanged, this, edited);
    connect(m_composer->bodyEditor(), &QPlainTextEdit::textChanged, this, edited);
    QAbstractItemModel *headers = m_composer->headersTable()->model();
    connect(headers, &QAbstractItemModel::dataChanged, this, edited);
    connect(headers, &QAbstractItemModel::rowsInserted, this, edited);
    connect(headers, &QAbstractItemModel::rowsRemoved, this, edited);
}

void RequestTab::updateModified()
{
    m_updateQueued = false;
    m_modified = request() != m_opened;
    Q_EMIT changed();
}

ApiRequest RequestTab::request() const
{
    ApiRequest request;
    request.method = m_composer->methodCombo()->currentText().toLatin1();
    request.target = m_composer->pathField()->text();
    const QTableWidget *table = m_composer->headersTable();
    for (int row = kFirstUserHeaderRow; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            request.headers.append({ name->text().trimmed().toLatin1(),
                value ? value->text().toUtf8() : QByteArray() });
    }
    request.body = m_composer->bodyEditor()->toPlainText().toUtf8();
    return request;
}

bool RequestTab::isEmpty() const
{
    const ApiRequest current = request();
    return current.target.trimmed().isEmpty() && current.headers.isEmpty()
        && current.body.trimmed().isEmpty();
}

void RequestTab::open(const ApiRequest &request, const QString &name, const QString &saveTarget)
{
    m_composer->dropPastedToken();
    m_composer->loadRequest(request);
    m_responseFlag->clearFlag();
    m_response->clear();
    m_messages->say(QString());
    m_name = name;
    m_saveTarget = saveTarget;
    // As the composer shows it (a body pretty-printed, the automatic headers left to the
    // session), so that opening is not an edit.
    m_opened = this->request();
    updateModified();
}

void RequestTab::openOperation(const ApiOperation &operation)
{
    m_composer->loadOperation(operation);
    m_responseFlag->clearFlag();
    m_response->clear();
    m_name.clear();
    m_saveTarget.clear();
    m_opened = request();
    updateModified();
}

void RequestTab::showRecord(const CallRecord &record)
{
    m_responseFlag->clearFlag();
    m_response->showRecord(record);
}

void RequestTab::markSaved(const QString &name, const QString &saveTarget)
{
    m_name = name;
    m_saveTarget = saveTarget;
    m_opened = request();
    updateModified();
}

QString RequestTab::title() const
{
    QString title = m_name;
    if (title.isEmpty()) {
        const ApiRequest current = request();
        const QString target = current.target.trimmed().section(u'?', 0, 0);
        title = target.isEmpty() ? tr("New Request")
                                 : QString::fromLatin1(current.method) + u' ' + target;
    }
    if (title.size() > kLongestTitle)
        title = title.left(kLongestTitle - 1) + u'…';
    // The mark editors use for a document with unsaved changes.
    return m_modified ? title + u" •"_s : title;
}

QString RequestTab::toolTip() const
{
    const ApiRequest current = request();
    QString tip = current.target.trimmed().isEmpty()
        ? tr("A new request")
        : QString::fromLatin1(current.method) + u' ' + current.target.trimmed();
    if (!m_name.isEmpty())
        tip = m_name + u'\n' + tip;
    if (m_modified)
        tip += u'\n' + tr("Edited since it was opened or saved.");
    return tip;
}

RequestTabState RequestTab::state() const
{
    return { request(), m_opened, m_name, m_saveTarget };
}

void RequestTab::restore(const RequestTabState &state)
{
    ApiRequest request = state.request;
    m_composer->loadRequest(request);
    // The body as it was typed, not as the composer would lay it out.
    const QString body = QString::fromUtf8(request.body);
    if (m_composer->bodyEditor()->toPlainText() != body)
        m_composer->bodyEditor()->setPlainText(body);
    // The headers the composer leaves to the session when it loads a request (Access-Token,
    // Content-Type) are still the user's own here: kept as typed.
    QTableWidget *table = m_composer->headersTable();
    const HeaderList shown = this->request().headers;
    for (const auto &header : request.headers) {
        if (shown.contains(header))
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(header.first)));
        table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(header.second)));
    }
    m_name = state.name;
    m_saveTarget = state.saveTarget;
    m_opened = state.opened;
    updateModified();
}

void RequestTab::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_response->setCatalogue(std::move(catalogue));
}

void RequestTab::send(bool anyway)
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
    // The environment's values (`{{baseUrl}}`, `{{corpId}}`, ...) and the user's own variables
    // of it (`{{pid}}`...) are the variables it knows.
    CallTicket *call = m_workspace->pipeline()->send(*request, m_workspace->requestVariables());
    m_call = call;
    connect(call, &CallTicket::finished, this,
        [this](const CallResult &result) { onCallFinished(result.record); });
    m_composer->setCallRunning(true);
    m_response->showPending(
        tr("Sending %1 %2…").arg(QString::fromLatin1(request->method), request->target));
    m_messages->say([] { return tr("Press Esc to cancel."); });
}

void RequestTab::cancel()
{
    if (m_call)
        m_call->cancel();
}

void RequestTab::onCallFinished(const CallRecord &record)
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

} // namespace xlink
