#pragma once

#include "Environment.h"
#include "SchemaProblem.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace xlink {

struct ApiOperation;
class BodyCheckRunner;

// Under the body: what the request check found before sending. A notice when the session's
// login cannot make the call (naming the logins that can), and the body's problems against the
// operation's schema, each with its JSON path and line in the interface language; activating
// one asks to move the cursor to its line. The body is checked off the GUI thread, a moment
// after the typing pauses.
class RequestCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestCheckPanel)

public:
    explicit RequestCheckPanel(QWidget *parent = nullptr);
    ~RequestCheckPanel() override;

    // The request as composed now: its operation (nullptr when it is none of the description's).
    // The login notice follows at once, the body's problems after the check; call it again
    // when the body changes. The body is read from `runner()`'s source when the check starts.
    void setRequest(const ApiOperation *operation);
    void setLoginKind(Environment::LoginKind kind);

    BodyCheckRunner *runner() const { return m_runner; }
    QLabel *loginNotice() const { return m_loginNotice; }
    QListWidget *problemList() const { return m_problems; }
    // The problems as lines of text ("line 3, $.name: should be a string").
    QStringList problemLines() const;

Q_SIGNALS:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProblems();
    void updateLoginNotice();

    BodyCheckRunner *m_runner;
    const ApiOperation *m_operation = nullptr;
    Environment::LoginKind m_kind = Environment::LoginKind::EnterpriseMember;
    QLabel *m_loginNotice;
    QLabel *m_summary;
    QListWidget *m_problems;
};

} // namespace xlink
