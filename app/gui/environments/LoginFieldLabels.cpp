#include "environments/LoginFieldLabels.h"

namespace xlink {

QString LoginFieldLabels::account(Environment::LoginKind kind)
{
    switch (kind) {
    case Environment::LoginKind::EnterpriseMember:
        return tr("&Account:");
    case Environment::LoginKind::AccessKey:
        return tr("Access key &ID:");
    case Environment::LoginKind::AppUser:
        return tr("Email or p&hone:");
    }
    return {};
}

QString LoginFieldLabels::secret(Environment::LoginKind kind)
{
    return kind == Environment::LoginKind::AccessKey ? tr("Access key &secret:") : tr("&Password:");
}

} // namespace xlink
