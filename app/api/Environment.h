#pragma once

#include "CallSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace xlink {

// A named place to send calls to, and how to log in there. Holds no secret: passwords, access key
// secrets and tokens live in SecretStore, keyed by secretKey().
struct Environment
{
    enum class LoginKind {
        EnterpriseMember, // POST /v2/corp_auth {account, password}
        AccessKey, // POST /v2/accesskey_auth {id, secret}
        AppUser, // POST /v2/user_auth {corp_id, email|phone, password}
    };

    QString id; // stable key in the store; built-ins use fixed ids
    QString name;
    QUrl baseUrl; // e.g. https://api2.xlink.cn; empty for the sandbox until it has started
    LoginKind loginKind = LoginKind::EnterpriseMember;
    QString account; // member account, access key id, or the app user's email or phone
    QString corpId; // app users only: the enterprise they belong to
    // No data for this long ends a call; 0 takes the console's default timeout (a setting,
    // CallSettings::defaultTimeout unless changed).
    int timeoutMs = 0;
    QList<QByteArray> trustedCertificatesPem; // extra CA or server certificates to trust
    bool builtIn = false;

    // Which secret the login kind needs, and the SecretStore key it lives under.
    enum class Secret {
        Password,
        AccessKeySecret,
        AccessToken,
        RefreshToken,
        Session, // the saved session: tokens, expiry and identity, as one entry
    };
    QString secretKey(Secret secret) const;
    Secret loginSecret() const;

    static QString loginKindName(LoginKind kind); // "member", "accesskey", "user"
    static std::optional<LoginKind> loginKindFromName(QStringView name);
    static QString loginKindTitle(LoginKind kind); // translated, for the UI

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace xlink
