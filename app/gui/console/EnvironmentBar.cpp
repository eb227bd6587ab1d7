#include "EnvironmentBar.h"

#include "ApiClient.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "MessageLine.h"
#include "SecretStore.h"
#include "Session.h"
#include "environments/EnvironmentsDialog.h"
#include "environments/LoginFields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

EnvironmentBar::EnvironmentBar(
    CallWorkspace *workspace, MessageLineSource messages, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(std::move(messages))
{
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"environment"_s);
    // The whole name, in either language ("Local san…" told nothing), where the pane has the
    // room; a name longer than the pane is elided, never below a few characters, and said
    // whole in the tooltip (and the list), rather than widening the pane past the window.
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environment->setMinimumContentsLength(8);
    connect(m_environment, &QComboBox::currentTextChanged, m_environment, &QWidget::setToolTip);
    m_environmentLabel->setBuddy(m_environment);
    m_manageEnvironments = new QPushButton(this);
    m_manageEnvironments->setObjectName(u"manageEnvironments"_s);
    connect(
        m_manageEnvironments, &QPushButton::clicked, this, &EnvironmentBar::openEnvironmentsDialog);
    m_environmentUrl = new QLabel(this);
    m_environmentUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, clipped in a narrow pane (the tooltip has it whole): a URL broken after
    // "http://" reads as two things.
    m_environmentUrl->setWordWrap(false);
    m_environmentUrl->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(
        m_environment, &QComboBox::currentIndexChanged, this, &EnvironmentBar::onEnvironmentChosen);

    // Created here, so that Tab goes from the environment to these fields to the button.
    m_loginFields.emplace(this);
    m_login = new QPushButton(this);
    m_logout = new QPushButton(this);
    connect(m_login, &QPushButton::clicked, this, &EnvironmentBar::login);
    connect(m_loginFields->secret(), &QLineEdit::returnPressed, this, &EnvironmentBar::login);
    connect(m_logout, &QPushButton::clicked, this, [this] {
        m_workspace->logOut();
        updateSessionState();
    });
    m_sessionState = new QLabel(this);
    m_sessionState->setObjectName(u"sessionState"_s);
    m_sessionState->setWordWrap(true);
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(u"expiry"_s);
    m_keychainNotice = new QLabel(this);
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setStyleSheet(u"color: #8a5a00;"_s);
    m_keychainNotice->hide();
    m_sessionStorage = new QLabel(this);
    m_sessionStorage->setObjectName(u"sessionStorage"_s);
    m_sessionStorage->setWordWrap(true);
    m_sessionStorage->hide();
    m_sessionNotice = new QLabel(this);
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
    m_loginFields->addRowsTo(m_loginForm);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_loginForm);

    Session *session = m_workspace->client()->session();
    connect(session, &Session::stateChanged, this, &EnvironmentBar::updateSessionState);
    connect(session, &Session::tokenChanged, this, &EnvironmentBar::updateSessionState);
    connect(session, &Session::loginFinished, this, [this](bool ok, const CallRecord &record) {
        if (ok) {
            // The session line says who is logged in; the message line and the response pane
            // still describe the last response.
            m_sessionNotice->hide();
        } else {
            Q_EMIT loginFailed(record);
        }
    });
    connect(m_workspace->client(), &ApiClient::environmentChanged, this,
        &EnvironmentBar::updateSessionState);
    connect(m_workspace->secrets(), &SecretStore::keychainAvailabilityChanged, this,
        &EnvironmentBar::updateKeychainNotices);
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
        if (secret && *secret != m_loginFields->secret()->text())
            m_loginFields->secret()->setText(*secret);
    });
    EnvironmentStore *store = m_workspace->environments();
    connect(store, &EnvironmentStore::environmentAdded, this, &EnvironmentBar::fillEnvironments);
    connect(store, &EnvironmentStore::environmentRemoved, this, &EnvironmentBar::fillEnvironments);
    connect(
        store, &EnvironmentStore::environmentChanged, this, &EnvironmentBar::onEnvironmentEdited);

    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &EnvironmentBar::updateExpiry);

    retranslateUi();
    fillEnvironments();
}

EnvironmentBar::~EnvironmentBar() = default;

void EnvironmentBar::fillEnvironments()
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

void EnvironmentBar::onEnvironmentEdited(const QString &id)
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
    if (environment->loginKind != m_shownKind
        || environment->account != m_loginFields->account()->text().trimmed()
        || environment->corpId != m_loginFields->corpId()->text().trimmed())
        updateLoginFields(*environment);
    updateSessionState();
}

EnvironmentsDialog *EnvironmentBar::openEnvironmentsDialog()
{
    auto *dialog = new EnvironmentsDialog(
        m_workspace->environments(), m_workspace->secrets(), this, m_workspace->userVariables());
    dialog->setDefaultTimeoutMs(m_workspace->settings().defaultTimeoutMs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->selectEnvironment(m_environment->currentData().toString());
    dialog->open();
    return dialog;
}

void EnvironmentBar::selectEnvironment(const QString &id)
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

void EnvironmentBar::onEnvironmentChosen()
{
    if (!m_activated)
        return;
    const QString id = m_environment->currentData().toString();
    if (id.isEmpty())
        return;
    m_sessionNotice->hide();
    Q_EMIT environmentChosen();
    QString error;
    if (!m_workspace->activate(id, &error)) {
        m_messages()->say(error, true);
        return;
    }
    const std::optional<Environment> environment = m_workspace->environments()->find(id);
    if (environment)
        updateLoginFields(*environment);
    updateSessionState();
}

void EnvironmentBar::updateLoginLabels(Environment::LoginKind kind)
{
    m_loginFields->showKind(kind);
}

void EnvironmentBar::updateLoginFields(const Environment &environment)
{
    m_shownKind = environment.loginKind;
    updateLoginLabels(environment.loginKind);
    m_loginFields->corpId()->setText(environment.corpId);
    m_loginFields->account()->setText(environment.account);
    m_loginFields->secret()->clear();
    m_environmentUrl->setText(environment.baseUrl.toDisplayString());
    m_environmentUrl->setToolTip(m_environmentUrl->text());
    // The secret is filled in when the keychain (or this run's memory) has one for this account.
    const QString id = environment.id;
    m_workspace->secrets()->read(environment.secretKey(environment.loginSecret()), this,
        [this, id](const std::optional<QString> &secret) {
            if (secret && m_environment->currentData().toString() == id
                && m_loginFields->secret()->text().isEmpty())
                m_loginFields->secret()->setText(*secret);
        });
}

void EnvironmentBar::updateSessionState()
{
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
    updateKeychainNotices();
    Q_EMIT sessionChanged();
}

void EnvironmentBar::updateKeychainNotices()
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

void EnvironmentBar::updateExpiry()
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

void EnvironmentBar::updateSessionNotice()
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

void EnvironmentBar::activate()
{
    if (!m_activated) {
        m_activated = true;
        onEnvironmentChosen();
    }
}

QString EnvironmentBar::currentName() const
{
    return m_environment->currentText();
}

void EnvironmentBar::login()
{
    Session::Credentials credentials;
    credentials.account = m_loginFields->account()->text();
    credentials.secret = m_loginFields->secret()->text();
    credentials.corpId = m_loginFields->corpId()->text();
    switch (m_workspace->logIn(m_environment->currentData().toString(), credentials)) {
    case CallWorkspace::LoginStart::NoEnvironment:
        return;
    case CallWorkspace::LoginStart::MissingCredentials:
        m_messages()->say(
            [] { return tr("Enter both the account and its secret to log in."); }, true);
        return;
    case CallWorkspace::LoginStart::Started:
        updateSessionState();
        return;
    }
}

void EnvironmentBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EnvironmentBar::retranslateUi()
{
    m_environmentLabel->setText(tr("E&nvironment:"));
    m_loginFields->retranslate();
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
    const std::optional<Environment> environment
        = m_workspace->environments()->find(m_environment->currentData().toString());
    updateLoginLabels(
        environment ? environment->loginKind : Environment::LoginKind::EnterpriseMember);
    updateSessionState();
    if (!m_sessionNotice->isHidden())
        updateSessionNotice();
}

} // namespace xlink
