#pragma once

#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"
#include "TeamLogSettings.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace xlink {

// Settings › Team log: the PostgreSQL connection (host, port, database, user, password, TLS
// mode, CA file), the sender name and whether to send at all, and "Test connection", which
// checks on a worker thread (TeamConnectionCheck) and says what is wrong in the user's words.
// Edits values only; the password typed here goes to the keychain when the dialog is accepted.
class TeamLogSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamLogSettingsBox)

public:
    explicit TeamLogSettingsBox(QWidget *parent = nullptr);
    ~TeamLogSettingsBox() override;

    // `passwordKept`: a password is in the keychain (the field then stays empty and says so).
    void setValues(
        const TeamConnectionSettings &connection, const TeamLogSettings &team, bool passwordKept);
    TeamConnectionSettings connection() const; // without the password
    TeamLogSettings teamSettings() const;
    // What was typed; empty: keep the one in the keychain.
    QString typedPassword() const;
    // The password a test uses when none is typed (the one in the keychain, if read).
    void setKeptPassword(const QString &password) { m_keptPassword = password; }

    QCheckBox *enabledField() const { return m_enabled; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *sslModeField() const { return m_sslMode; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLineEdit *senderField() const { return m_sender; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }

Q_SIGNALS:
    void tested(const xlink::TeamConnectionError &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void testConnection();
    void showResult(const TeamConnectionError &result);

    QCheckBox *m_enabled = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_sslModeLabel = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_caFileLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_senderLabel = nullptr;
    QLineEdit *m_sender = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    bool m_passwordKept = false;
    QString m_keptPassword;
    QFutureWatcher<TeamConnectionError> m_watcher;
};

} // namespace xlink
