#include "Environment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xlink {

QString Environment::secretKey(Secret secret) const
{
    switch (secret) {
    case Secret::Password:
        return id + u"/password"_s;
    case Secret::AccessKeySecret:
        return id + u"/accesskey-secret"_s;
    case Secret::AccessToken:
        return id + u"/access-token"_s;
    case Secret::RefreshToken:
        return id + u"/refresh-token"_s;
    case Secret::Session:
        return id + u"/session"_s;
    }
    return {};
}

Environment::Secret Environment::loginSecret() const
{
    return loginKind == LoginKind::AccessKey ? Secret::AccessKeySecret : Secret::Password;
}

QString Environment::loginKindName(LoginKind kind)
{
    switch (kind) {
    case LoginKind::EnterpriseMember:
        return u"member"_s;
    case LoginKind::AccessKey:
        return u"accesskey"_s;
    case LoginKind::AppUser:
        return u"user"_s;
    }
    return {};
}

std::optional<Environment::LoginKind> Environment::loginKindFromName(QStringView name)
{
    for (const LoginKind kind :
        { LoginKind::EnterpriseMember, LoginKind::AccessKey, LoginKind::AppUser }) {
        if (name == loginKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString Environment::loginKindTitle(LoginKind kind)
{
    switch (kind) {
    case LoginKind::EnterpriseMember:
        return QCoreApplication::translate("xlink::Environment", "Enterprise member");
    case LoginKind::AccessKey:
        return QCoreApplication::translate("xlink::Environment", "Access key");
    case LoginKind::AppUser:
        return QCoreApplication::translate("xlink::Environment", "App user");
    }
    return {};
}

} // namespace xlink
