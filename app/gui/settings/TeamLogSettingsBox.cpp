#include "TeamLogSettingsBox.h"

#include "TeamConnectionCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
// The combo's items after the first ("the host's default"), as libpq names them.
const QStringList sslModes
    = { u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };
} // namespace

TeamLogSettingsBox::TeamLogSettingsBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(u"teamLogSettings"_s);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"teamLogEnabled"_s);
    auto line = [this](const QString &name) {
        auto *field = new QLineEdit(this);
        field->setObjectName(name);
        return field;
    };
    m_hostLabel = new QLabel(this);
    m_host = line(u"teamLogHost"_s);
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"teamLogPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_databaseLabel = new QLabel(this);
    m_database = line(u"teamLogDatabase"_s);
    m_userLabel = new QLabel(this);
    m_user = line(u"teamLogUser"_s);
    m_passwordLabel = new QLabel(this);
    m_password = line(u"teamLogPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslModeLabel = new QLabel(this);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"teamLogSslMode"_s);
    m_sslMode->addItem(QString());
    for (const QString &mode : sslModes)
        m_sslMode->addItem(mode, mode);
    m_caFileLabel = new QLabel(this);
    m_caFile = line(u"teamLogCaFile"_s);
    m_browse = new QPushButton(this);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"),
            m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(m_browse);
    m_senderLabel = new QLabel(this);
    m_sender = line(u"teamLogSender"_s);
    m_sender->setPlaceholderText(TeamLogSettings::defaultSender());
    m_test = new QPushButton(this);
    m_test->setObjectName(u"teamLogTest"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"teamLogTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &TeamLogSettingsBox::testConnection);
    connect(&m_watcher, &QFutureWatcher<TeamConnectionError>::finished, this,
        [this] { showResult(m_watcher.result()); });

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_sslModeLabel, m_sslMode);
    form->addRow(m_caFileLabel, caRow);
    form->addRow(m_senderLabel, m_sender);
    form->addRow(m_test, m_result);
    for (const auto &[label, field] : { std::pair<QLabel *, QWidget *> { m_hostLabel, m_host },
             { m_portLabel, m_port }, { m_databaseLabel, m_database }, { m_userLabel, m_user },
             { m_passwordLabel, m_password }, { m_sslModeLabel, m_sslMode },
             { m_caFileLabel, m_caFile }, { m_senderLabel, m_sender } })
        label->setBuddy(field);
    retranslateUi();
}

TeamLogSettingsBox::~TeamLogSettingsBox()
{
    // A test still connecting finishes on its own thread; its answer is not wanted.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void TeamLogSettingsBox::setValues(
    const TeamConnectionSettings &connection, const TeamLogSettings &team, bool passwordKept)
{
    m_enabled->setChecked(team.enabled);
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_database->setText(connection.database);
    m_user->setText(connection.user);
    m_password->clear();
    m_passwordKept = passwordKept;
    const int mode = m_sslMode->findData(connection.sslMode);
    m_sslMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_caFile->setText(connection.caFile);
    m_sender->setText(team.sender);
    m_result->clear();
    retranslateUi();
}

TeamConnectionSettings TeamLogSettingsBox::connection() const
{
    TeamConnectionSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.database = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.sslMode = m_sslMode->currentData().toString();
    settings.caFile = m_caFile->text().trimmed();
    return settings;
}

TeamLogSettings TeamLogSettingsBox::teamSettings() const
{
    TeamLogSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.sender = m_sender->text().trimmed();
    return settings;
}

QString TeamLogSettingsBox::typedPassword() const
{
    return m_password->text();
}

void TeamLogSettingsBox::testConnection()
{
    if (m_watcher.isRunning())
        return;
    TeamConnectionSettings settings = connection();
    settings.password = m_password->text().isEmpty() ? m_keptPassword : m_password->text();
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(settings.displayName()));
    m_watcher.setFuture(QtConcurrent::run(&TeamConnectionCheck::run, settings));
}

void TeamLogSettingsBox::showResult(const TeamConnectionError &result)
{
    m_test->setEnabled(true);
    m_result->setText(result.ok() ? tr("Connected: this console can send records to the team "
                                       "log.")
                                  : result.message());
    Q_EMIT tested(result);
}

void TeamLogSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void TeamLogSettingsBox::retranslateUi()
{
    setTitle(tr("Team log (PostgreSQL)"));
    m_enabled->setText(tr("&Send this console's records to the team log"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("Po&rt:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(
        m_passwordKept ? tr("(kept in the keychain; type to change)") : QString());
    m_sslModeLabel->setText(tr("&TLS:"));
    m_sslMode->setItemText(0, tr("Default (verify-full; prefer on this machine)"));
    m_caFileLabel->setText(tr("&CA file:"));
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_browse->setText(tr("Browse…"));
    m_senderLabel->setText(tr("Se&nder name:"));
    m_test->setText(tr("Test &Connection"));
}

} // namespace xlink
