#pragma once

#include <QString>

namespace xlink::sandbox {

// Who a token was issued to.
struct Session
{
    enum class Kind { Member, AccessKey, User };

    Kind kind = Kind::Member;
    QString corpId;
    QString memberId; // Kind::Member
    QString accessKeyId; // Kind::AccessKey
    qint64 userId = 0; // Kind::User

    bool isEnterprise() const { return kind != Kind::User; }
};

} // namespace xlink::sandbox
