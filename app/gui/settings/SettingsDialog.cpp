#include "SettingsDialog.h"

#include "TeamLogSettingsBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr qint64 kib = 1024;
constexpr qint64 mib = 1024 * 1024;
constexpr int maxCount = 100'000'000;

QSpinBox *spinBox(QWidget *parent, const QString &name, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    m_consoleBox = new QGroupBox(this);
    m_timeoutLabel = new QLabel(m_consoleBox);
    m_timeout = spinBox(m_consoleBox, u"defaultTimeout"_s, 1, 600);
    m_maxResponseLabel = new QLabel(m_consoleBox);
    m_maxResponse = spinBox(m_consoleBox, u"maxResponse"_s, 1, 4096);
    m_displayLimitLabel = new QLabel(m_consoleBox);
    m_displayLimit = new QDoubleSpinBox(m_consoleBox);
    m_displayLimit->setObjectName(u"displayLimit"_s);
    m_displayLimit->setRange(0.1, 1024);
    m_displayLimit->setDecimals(1);
    m_displayLimit->setSingleStep(0.5);
    auto *consoleForm = new QFormLayout(m_consoleBox);
    consoleForm->addRow(m_timeoutLabel, m_timeout);
    consoleForm->addRow(m_maxResponseLabel, m_maxResponse);
    consoleForm->addRow(m_displayLimitLabel, m_displayLimit);
    m_recordOffSchema = new QCheckBox(m_consoleBox);
    m_recordOffSchema->setObjectName(u"recordOffSchema"_s);
    consoleForm->addRow(m_recordOffSchema);

    m_logBox = new QGroupBox(this);
    m_bodyCapLabel = new QLabel(m_logBox);
    m_bodyCap = spinBox(m_logBox, u"bodyCap"_s, 1, 1024 * 1024);
    m_maxFailuresLabel = new QLabel(m_logBox);
    m_maxFailures = spinBox(m_logBox, u"maxFailures"_s, 0, maxCount);
    m_failureDaysLabel = new QLabel(m_logBox);
    m_failureDays = spinBox(m_logBox, u"failureDays"_s, 0, 36500);
    m_maxSuccessesLabel = new QLabel(m_logBox);
    m_maxSuccesses = spinBox(m_logBox, u"maxSuccesses"_s, 0, maxCount);
    m_successDaysLabel = new QLabel(m_logBox);
    m_successDays = spinBox(m_logBox, u"successDays"_s, 0, 36500);
    auto *logForm = new QFormLayout(m_logBox);
    logForm->addRow(m_bodyCapLabel, m_bodyCap);
    logForm->addRow(m_maxFailuresLabel, m_maxFailures);
    logForm->addRow(m_failureDaysLabel, m_failureDays);
    logForm->addRow(m_maxSuccessesLabel, m_maxSuccesses);
    logForm->addRow(m_successDaysLabel, m_successDays);

    const QList<std::pair<QLabel *, QWidget *>> buddies { { m_timeoutLabel, m_timeout },
        { m_maxResponseLabel, m_maxResponse }, { m_displayLimitLabel, m_displayLimit },
        { m_bodyCapLabel, m_bodyCap }, { m_maxFailuresLabel, m_maxFailures },
        { m_failureDaysLabel, m_failureDays }, { m_maxSuccessesLabel, m_maxSuccesses },
        { m_successDaysLabel, m_successDays } };
    for (const auto &[label, field] : buddies)
        label->setBuddy(field);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setValues(CallSettings(), LogSettings()); });

    m_pages = new QTabWidget(this);
    auto *general = new QWidget(m_pages);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_consoleBox);
    generalLayout->addWidget(m_logBox);
    generalLayout->addWidget(m_note);
    generalLayout->addStretch();
    m_pages->addTab(general, QString());
    m_teamLog = new TeamLogSettingsBox(m_pages);
    m_pages->addTab(m_teamLog, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    retranslateUi();
    setValues(CallSettings(), LogSettings());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const CallSettings &console, const LogSettings &log)
{
    m_log = log;
    m_timeout->setValue(int((console.defaultTimeoutMs + 500) / 1000));
    m_maxResponse->setValue(clampToInt((console.maxResponseBytes + mib / 2) / mib));
    m_displayLimit->setValue(double(console.displayLimitBytes) / double(mib));
    m_recordOffSchema->setChecked(console.recordOffSchemaAnswers);
    m_bodyCap->setValue(clampToInt((log.bodyCapBytes + kib / 2) / kib));
    m_maxFailures->setValue(clampToInt(log.maxFailures));
    m_failureDays->setValue(log.failureDays);
    m_maxSuccesses->setValue(clampToInt(log.maxSuccesses));
    m_successDays->setValue(log.successDays);
}

CallSettings SettingsDialog::callSettings() const
{
    CallSettings settings;
    settings.defaultTimeoutMs = m_timeout->value() * 1000;
    settings.maxResponseBytes = qint64(m_maxResponse->value()) * mib;
    settings.displayLimitBytes = qint64(std::llround(m_displayLimit->value() * double(mib)));
    settings.recordOffSchemaAnswers = m_recordOffSchema->isChecked();
    return settings;
}

LogSettings SettingsDialog::logSettings() const
{
    LogSettings settings = m_log;
    settings.bodyCapBytes = qint64(m_bodyCap->value()) * kib;
    settings.maxFailures = m_maxFailures->value();
    settings.failureDays = m_failureDays->value();
    settings.maxSuccesses = m_maxSuccesses->value();
    settings.successDays = m_successDays->value();
    return settings;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_pages->setTabText(0, tr("&General"));
    m_pages->setTabText(1, tr("Team &Log"));
    m_consoleBox->setTitle(tr("API console"));
    m_timeoutLabel->setText(tr("Default &timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("For environments that do not set their own: a call that "
                             "receives no data for this long is ended."));
    m_maxResponseLabel->setText(tr("&Response size limit:"));
    m_maxResponse->setSuffix(tr(" MB"));
    m_maxResponse->setToolTip(tr("A larger response is cut off and the call reported as failed."));
    m_displayLimitLabel->setText(tr("&Display limit:"));
    m_displayLimit->setSuffix(tr(" MB"));
    m_displayLimit->setToolTip(
        tr("A larger body shows its first part until you ask for all of it."));
    m_recordOffSchema->setText(
        tr("Keep answers that do not &match the documented response as failures"));
    m_recordOffSchema->setToolTip(
        tr("A successful answer of a documented call whose body differs from the platform's "
           "documents (a missing field, a wrong type) goes into the failure log as its own "
           "kind. The response view flags such answers either way."));
    m_logBox->setTitle(tr("Failure log and history"));
    m_bodyCapLabel->setText(tr("Stored &body size:"));
    m_bodyCap->setSuffix(tr(" KB"));
    m_bodyCap->setToolTip(tr("Each stored request and response body is cut to this size."));
    m_maxFailuresLabel->setText(tr("Keep at most (&failures):"));
    m_failureDaysLabel->setText(tr("Keep failures f&or:"));
    m_maxSuccessesLabel->setText(tr("Keep at most (&successful calls):"));
    m_successDaysLabel->setText(tr("Keep successful ca&lls for:"));
    for (QSpinBox *count : { m_maxFailures, m_maxSuccesses }) {
        count->setSpecialValueText(tr("No limit"));
        count->setSuffix(tr(" calls"));
    }
    for (QSpinBox *days : { m_failureDays, m_successDays }) {
        days->setSpecialValueText(tr("Forever"));
        days->setSuffix(tr(" days"));
    }
    m_note->setText(tr("Changes apply at once, to calls made from now on."));
}

} // namespace xlink
