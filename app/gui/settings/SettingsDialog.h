#pragma once

#include "CallSettings.h"
#include "LogSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace xlink {

class TeamLogSettingsBox;

// The console's limits in one place: the default timeout, the response size limit and the
// display limit of the API console, and how much the failure log keeps (body cap, retention);
// on a page of its own, the team log (TeamLogSettingsBox).
// Edits values only; whoever opens it saves and applies them when it is accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const CallSettings &console, const LogSettings &log);
    CallSettings callSettings() const;
    LogSettings logSettings() const;

    QSpinBox *timeoutField() const { return m_timeout; }
    QSpinBox *maxResponseField() const { return m_maxResponse; }
    QDoubleSpinBox *displayLimitField() const { return m_displayLimit; }
    QCheckBox *recordOffSchemaField() const { return m_recordOffSchema; }
    QSpinBox *bodyCapField() const { return m_bodyCap; }
    QSpinBox *maxFailuresField() const { return m_maxFailures; }
    QSpinBox *failureDaysField() const { return m_failureDays; }
    QSpinBox *maxSuccessesField() const { return m_maxSuccesses; }
    QSpinBox *successDaysField() const { return m_successDays; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    TeamLogSettingsBox *teamLog() const { return m_teamLog; }
    QTabWidget *pages() const { return m_pages; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LogSettings m_log; // keeps what the dialog does not show
    QGroupBox *m_consoleBox = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_maxResponseLabel = nullptr;
    QSpinBox *m_maxResponse = nullptr;
    QLabel *m_displayLimitLabel = nullptr;
    QDoubleSpinBox *m_displayLimit = nullptr;
    QCheckBox *m_recordOffSchema = nullptr;
    QGroupBox *m_logBox = nullptr;
    QLabel *m_bodyCapLabel = nullptr;
    QSpinBox *m_bodyCap = nullptr;
    QLabel *m_maxFailuresLabel = nullptr;
    QSpinBox *m_maxFailures = nullptr;
    QLabel *m_failureDaysLabel = nullptr;
    QSpinBox *m_failureDays = nullptr;
    QLabel *m_maxSuccessesLabel = nullptr;
    QSpinBox *m_maxSuccesses = nullptr;
    QLabel *m_successDaysLabel = nullptr;
    QSpinBox *m_successDays = nullptr;
    QLabel *m_note = nullptr;
    QTabWidget *m_pages = nullptr;
    TeamLogSettingsBox *m_teamLog = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xlink
