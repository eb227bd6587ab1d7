#pragma once

#include <QString>

namespace xlink::sandbox {

// Who a token was issued to. The kind is the login that made the token, so that a call can be
// refused to a login its document does not allow.
struct Session
{
    enum class Kind { Member, AccessKey, User, Dealer, HeavyBuyer, Device };

    Kind kind = Kind::Member;
    QString corpId;
    QString memberId; // Kind::Member
    QString accessKeyId; // Kind::AccessKey
    qint64 userId = 0; // Kind::User

    bool isEnterprise() const { return kind == Kind::Member || kind == Kind::AccessKey; }

    // The OpenAPI security scheme this login's tokens satisfy (corpToken, appUserToken, ...).
    static QString schemeName(Kind kind)
    {
        switch (kind) {
        case Kind::Member:
            return QStringLiteral("corpToken");
        case Kind::AccessKey:
            return QStringLiteral("accessKeyToken");
        case Kind::User:
            return QStringLiteral("appUserToken");
        case Kind::Dealer:
            return QStringLiteral("dealerToken");
        case Kind::HeavyBuyer:
            return QStringLiteral("heavyBuyerToken");
        case Kind::Device:
            return QStringLiteral("deviceToken");
        }
        return {};
    }
    QString schemeName() const { return schemeName(kind); }
};

} // namespace xlink::sandbox
