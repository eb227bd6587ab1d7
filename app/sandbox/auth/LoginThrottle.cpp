#include "auth/LoginThrottle.h"

namespace xlink::sandbox {

LoginThrottle::LoginThrottle(int maxFailures, int lockoutSeconds)
    : m_maxFailures(maxFailures)
    , m_lockoutSeconds(lockoutSeconds)
{ }

bool LoginThrottle::isLocked(const QString &account)
{
    const auto it = m_accounts.find(account);
    if (it == m_accounts.end() || !it->locked)
        return false;
    if (it->lockedUntil.hasExpired()) {
        m_accounts.erase(it);
        return false;
    }
    return true;
}

void LoginThrottle::recordFailure(const QString &account)
{
    State &state = m_accounts[account];
    if (++state.failures >= m_maxFailures) {
        state.locked = true;
        state.lockedUntil = QDeadlineTimer(qint64(m_lockoutSeconds) * 1000);
    }
}

void LoginThrottle::recordSuccess(const QString &account)
{
    m_accounts.remove(account);
}

} // namespace xlink::sandbox
