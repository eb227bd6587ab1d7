#pragma once

#include "Environment.h"
#include "SessionVault.h"
#include "call/CallRecord.h"
#include "environments/LoginFields.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xlink {

class CallWorkspace;
class EnvironmentsDialog;
class MessageLine;

// The API console's environment and session bar: which environment calls go to (the local
// sandbox by default), its login fields, Log In / Log Out, and what the session is (who, until
// when, where it is kept). The rules (logging in, remembering the account, starting the sandbox)
// are CallWorkspace's; this shows them and takes the user's input.
class EnvironmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBar)

public:
    // What the bar has to say goes to the message line `messages` gives at the time (the
    // current request tab's).
    using MessageLineSource = std::function<MessageLine *()>;
    EnvironmentBar(CallWorkspace *workspace, MessageLineSource messages, QWidget *parent = nullptr);
    ~EnvironmentBar() override;

    // Makes the environment current (starting the sandbox for the local one).
    void selectEnvironment(const QString &id);
    // Makes the chosen environment current the first time (the page is shown): the sandbox
    // starts then, not when the window is built.
    void activate();
    // Opens the environments editor (window-modal) on the current environment.
    EnvironmentsDialog *openEnvironmentsDialog();
    // The name of the environment chosen, as the list shows it.
    QString currentName() const;

    QComboBox *environmentCombo() const { return m_environment; }
    QPushButton *manageEnvironmentsButton() const { return m_manageEnvironments; }
    QLineEdit *corpIdField() const { return m_loginFields->corpId(); }
    QLineEdit *accountField() const { return m_loginFields->account(); }
    QLineEdit *secretField() const { return m_loginFields->secret(); }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *logoutButton() const { return m_logout; }
    QLabel *sessionLabel() const { return m_sessionState; }
    QLabel *expiryLabel() const { return m_expiry; }
    QLabel *sessionStorageLabel() const { return m_sessionStorage; }
    QLabel *keychainNotice() const { return m_keychainNotice; }
    QLabel *sessionNoticeLabel() const { return m_sessionNotice; }

Q_SIGNALS:
    // An environment was chosen: it becomes the current one unless it cannot (the sandbox
    // does not start; the message line says why).
    void environmentChosen();
    // The session changed (logged in or out, a new token, another environment).
    void sessionChanged();
    // A login the user asked for failed; `record` is its answer.
    void loginFailed(const xlink::CallRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillEnvironments();
    void onEnvironmentEdited(const QString &id);
    void onEnvironmentChosen();
    void updateLoginLabels(Environment::LoginKind kind);
    void updateLoginFields(const Environment &environment);
    void login();
    void updateSessionState();
    void updateExpiry();
    void updateKeychainNotices();
    void updateSessionNotice();

    CallWorkspace *m_workspace;
    MessageLineSource m_messages;
    bool m_activated = false;
    Environment::LoginKind m_shownKind = Environment::LoginKind::EnterpriseMember;
    QTimer m_expiryTimer;
    std::optional<SessionVault::Outcome> m_restoreOutcome;

    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_manageEnvironments = nullptr;
    QLabel *m_environmentUrl = nullptr;
    QFormLayout *m_loginForm = nullptr;
    std::optional<LoginFields> m_loginFields;
    QPushButton *m_login = nullptr;
    QPushButton *m_logout = nullptr;
    QLabel *m_sessionState = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLabel *m_sessionStorage = nullptr;
    QLabel *m_sessionNotice = nullptr;
};

} // namespace xlink
