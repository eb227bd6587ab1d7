#include "RequestComposer.h"

#include "ApiClient.h"
#include "BodyCheckRunner.h"
#include "BodyEditor.h"
#include "CallWorkspace.h"
#include "ComposerTables.h"
#include "CurlCodec.h"
#include "EditorText.h"
#include "EnvironmentStore.h"
#include "FieldHelpWidget.h"
#include "JsonBodyValidator.h"
#include "JsonHighlighter.h"
#include "MessageLine.h"
#include "PathTemplate.h"
#include "QueryParameters.h"
#include "QueryParametersTable.h"
#include "RequestCheck.h"
#include "RequestCheckPanel.h"
#include "RequestHeadersTable.h"
#include "Session.h"
#include "call/EnvironmentNames.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

const QByteArrayList &methods()
{
    static const QByteArrayList list { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
    return list;
}

} // namespace

RequestComposer::RequestComposer(CallWorkspace *workspace, MessageLine *messages, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(u"method"_s);
    for (const QByteArray &method : methods())
        m_method->addItem(QString::fromLatin1(method));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"path"_s);
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_send = new QPushButton(this);
    m_send->setObjectName(u"send"_s);
    m_send->setDefault(false);
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::updatePlaceholders);
    connect(m_send, &QPushButton::clicked, this, &RequestComposer::sendRequested);
    // Enter in the path sends, as in the API clients people already use (Ctrl+Enter sends from
    // anywhere on the page).
    connect(m_path, &QLineEdit::returnPressed, this, &RequestComposer::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestComposer::cancelRequested);
    auto *requestLine = new QHBoxLayout;
    requestLine->addWidget(m_method);
    requestLine->addWidget(m_path, 1);
    requestLine->addWidget(m_send);
    requestLine->addWidget(m_cancel);

    m_target = new QLabel(this);
    m_target->setObjectName(u"requestTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_switchEnvironment = new QPushButton(this);
    m_switchEnvironment->setObjectName(u"switchEnvironment"_s);
    m_switchEnvironment->hide();
    connect(m_switchEnvironment, &QPushButton::clicked, this, [this] {
        const QUrl url(m_path->text().trimmed());
        const std::optional<Environment> match = environmentFor(url);
        if (!match)
            return;
        const QByteArray pasted = m_pastedToken; // still this request's, in the new place
        Q_EMIT switchEnvironmentRequested(match->id);
        m_pastedToken = pasted;
        // Now the environment's own: back to a path, so its session's token applies.
        m_path->setText(url.path(QUrl::FullyEncoded)
            + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString()));
    });
    auto *targetLine = new QHBoxLayout;
    targetLine->addWidget(m_target, 1);
    targetLine->addWidget(m_switchEnvironment);
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::updateTarget);

    m_placeholderBox = new QWidget(this);
    m_placeholderForm = new QFormLayout(m_placeholderBox);
    m_placeholderForm->setContentsMargins(0, 0, 0, 0);

    m_query = new QueryParametersTable(this);
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::queryFromPath);
    connect(m_query, &QueryParametersTable::edited, this, &RequestComposer::pathFromQuery);

    m_headers = new RequestHeadersTable(this);
    connect(m_headers, &RequestHeadersTable::tokenRowRemoveRequested, this, [this] {
        if (m_pastedToken.isEmpty())
            return;
        m_pastedToken.clear();
        updateTarget();
        m_messages->say(
            [] { return tr("Dropped the pasted token: calls use the session's token again."); });
    });
    // Side by side: three rows of each stay visible without pushing the body out of sight.
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_query, 2);
    tables->addWidget(m_headers, 3);

    m_bodyLabel = new QLabel(this);
    m_body = new BodyEditor(this);
    m_body->setObjectName(u"body"_s);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_bodyHighlighter = new JsonHighlighter(m_body->document());
    m_fieldHelp = new FieldHelpWidget(this);
    m_fieldHelp->attachTo(m_body);
    m_fieldHelp->hide(); // until an operation with a body is named
    auto *bodySplitter = new QSplitter(Qt::Horizontal, this);
    bodySplitter->setChildrenCollapsible(false);
    bodySplitter->addWidget(m_body);
    bodySplitter->addWidget(m_fieldHelp);
    bodySplitter->setStretchFactor(0, 3);
    bodySplitter->setStretchFactor(1, 2);
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::updateOperation);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestComposer::updateOperation);
    m_checkPanel = new RequestCheckPanel(this);
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
            Q_EMIT sendRequested();
    });
    m_bodyLabel->setBuddy(m_body);
    m_format = new QPushButton(this);
    connect(m_format, &QPushButton::clicked, this, &RequestComposer::formatBody);
    m_bodyStatus = new QLabel(this);
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

    m_includeToken = new QCheckBox(this);
    m_copyCurl = new QPushButton(this);
    m_pasteCurl = new QPushButton(this);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString command = curlCommand();
        if (command.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(command);
        m_messages->say([withToken = m_includeToken->isChecked()] {
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(requestLine);
    layout->addLayout(targetLine);
    layout->addWidget(m_placeholderBox);
    layout->addLayout(tables);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(bodySplitter, 1);
    layout->addWidget(m_checkPanel);
    layout->addLayout(bodyButtons);
    retranslateUi();
    updatePlaceholders();
}

RequestComposer::~RequestComposer() = default;

QPlainTextEdit *RequestComposer::bodyEditor() const
{
    return m_body;
}

std::optional<Environment> RequestComposer::environmentFor(const QUrl &url) const
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

void RequestComposer::updateTarget()
{
    ApiRequest request;
    request.target = m_path->text().trimmed();
    const ApiClient *client = m_workspace->client();
    const QUrl url = client->resolve(request);
    const bool foreign = request.hasAbsoluteTarget() && !client->isEnvironmentOrigin(url);
    const QString &environment = m_environmentName;
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

void RequestComposer::updateTokenRow()
{
    const ApiClient *client = m_workspace->client();
    const bool loggedIn = client->session()->isLoggedIn();
    ApiRequest request;
    request.target = m_path->text().trimmed();
    const QUrl url = client->resolve(request);
    const bool foreign = request.hasAbsoluteTarget() && !client->isEnvironmentOrigin(url);
    using Source = RequestHeadersTable::TokenSource;
    if (!m_pastedToken.isEmpty())
        m_headers->showTokenSource(Source::Pasted);
    else if (foreign)
        m_headers->showTokenSource(Source::OtherHost, ApiClient::hostLabel(url));
    else
        m_headers->showTokenSource(loggedIn ? Source::Session : Source::NotLoggedIn);
}

void RequestComposer::updatePlaceholders()
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

void RequestComposer::updateOperation()
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

void RequestComposer::loadOperation(const ApiOperation &operation)
{
    if (!m_bodyEdited || m_body->toPlainText().trimmed().isEmpty()
        || m_body->toPlainText() == EditorText::example(operation)) {
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

void RequestComposer::fillFromOperation(const ApiOperation &operation, bool keepBody)
{
    m_pastedToken.clear();
    m_method->setCurrentText(operation.method);
    // Required query parameters go into the path (to be filled in); optional ones are offered
    // in the query table and join the path once they have a value.
    QList<QueryParameters::Pair> required;
    QList<ApiParameter> hints;
    for (const ApiParameter &parameter : operation.parameters) {
        if (parameter.in != u"query")
            continue;
        if (parameter.required)
            required.append({ parameter.name, QString() });
        hints.append(parameter);
    }
    m_query->setHints(std::move(hints), operation.path);
    m_path->setText(QueryParameters::withQuery(operation.path, required));
    queryFromPath(); // the hints, also when the path was already this one
    for (const ApiParameter &parameter : operation.parameters) {
        if (QLineEdit *field = m_placeholderFields.value(parameter.name);
            field && parameter.in == u"path")
            field->setToolTip(parameter.description.in(Translations::current()));
    }
    // Headers belong to the request they were added for (a fault header would otherwise ride
    // along into the next one): back to the session's own.
    m_headers->setUserHeaders({});
    if (!keepBody)
        setBodyText(EditorText::example(operation));
    m_messages->say(operation.summary.zh + u" · "_s + operation.summary.en);
}

void RequestComposer::setBodyText(const QString &text)
{
    m_settingBody = true;
    m_body->setPlainText(text);
    m_settingBody = false;
    m_bodyEdited = false;
}

void RequestComposer::loadRequest(const ApiRequest &request)
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
    m_headers->setUserHeaders(request.headers);
    setBodyText(EditorText::pretty(request.body));
}

std::optional<ApiRequest> RequestComposer::composedRequest(
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
    request.headers = m_headers->userHeaders();
    if (!m_pastedToken.isEmpty())
        request.headers.append({ "Access-Token", m_pastedToken });
    if (!check.empty)
        request.body = body;
    return request;
}

void RequestComposer::showBodyError(const QString &message, int line, int column)
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

void RequestComposer::askToSendAnyway()
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
            Q_EMIT sendAnywayConfirmed();
    });
    question->open();
}

void RequestComposer::formatBody()
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
        m_body->setPlainText(EditorText::pretty(body));
        m_bodyEdited = edited;
    }
}

QString RequestComposer::curlCommand() const
{
    QString error;
    const std::optional<ApiRequest> request = composedRequest(&error);
    if (!request) {
        m_messages->say(error, true);
        return {};
    }
    CurlCodec::Options options;
    options.baseUrl = m_workspace->client()->environment().baseUrl;
    options.includeToken = m_includeToken->isChecked();
    options.accessToken = m_workspace->client()->session()->accessToken();
    return CurlCodec::toCurl(*request, options);
}

bool RequestComposer::pasteCurl(const QString &command)
{
    const CurlCodec::ParseResult parsed = CurlCodec::fromCurl(command);
    if (!parsed.request) {
        m_messages->say(tr("The clipboard does not hold a curl command this console can read: %1")
                            .arg(parsed.error),
            true);
        return false;
    }
    ApiRequest request = *parsed.request;
    const QByteArray token = request.header("Access-Token");
    request.removeHeader("Access-Token");
    loadRequest(request);
    // The command's own token is kept for this request, visibly, and never stored.
    m_pastedToken = token == Redactor::placeholder() ? QByteArray() : token;
    updateTarget();
    m_messages->say([withToken = !m_pastedToken.isEmpty(), ignored = parsed.ignoredOptions] {
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

void RequestComposer::queryFromPath()
{
    if (!m_syncingQuery)
        m_query->showQueryOf(m_path->text());
}

void RequestComposer::pathFromQuery()
{
    const QString target = m_query->pathWithQuery(m_path->text());
    if (target == m_path->text())
        return;
    m_syncingQuery = true;
    m_path->setText(target);
    m_syncingQuery = false;
}

void RequestComposer::setEnvironmentName(const QString &name)
{
    m_environmentName = name;
}

void RequestComposer::setCallRunning(bool running)
{
    m_send->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void RequestComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestComposer::retranslateUi()
{
    m_path->setPlaceholderText(tr("/v2/product/{pid}/device/{did}"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter). A body that does not fit the documented "
                          "call is sent only when you confirm; Ctrl+Shift+Enter sends anyway."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the call in flight (Esc)"));
    m_bodyLabel->setText(tr("&Body (JSON):"));
    m_format->setText(tr("Format"));
    m_includeToken->setText(tr("Include token"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_pasteCurl->setText(tr("Paste curl"));
    updateTarget();
}

} // namespace xlink
