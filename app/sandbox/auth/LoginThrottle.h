#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace xlink::sandbox {

// Counts wrong passwords per account: after `maxFailures` in a row the account is locked for
// `lockoutSeconds`, and every attempt meanwhile is refused (4001061) whatever the password.
class LoginThrottle final
{
public:
    LoginThrottle(int maxFailures, int lockoutSeconds);

    bool isLocked(const QString &account);
    void recordFailure(const QString &account);
    void recordSuccess(const QString &account);

private:
    struct State
    {
        int failures = 0;
        QDeadlineTimer lockedUntil { QDeadlineTimer::Forever };
        bool locked = false;
    };

    int m_maxFailures;
    int m_lockoutSeconds;
    QHash<QString, State> m_accounts;
};

} // namespace xlink::sandbox
