#pragma once

#include "auth/Session.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>

#include <optional>

namespace xlink::sandbox {

// Issues access and refresh tokens and answers what a presented token is worth: valid, unknown,
// expired, or superseded by a refresh (the platform tells these apart with distinct codes).
class TokenStore final
{
public:
    // `marker` (tests only) starts every token, before the random part.
    explicit TokenStore(int ttlSeconds, QString marker = {});

    struct Issued
    {
        QString accessToken;
        QString refreshToken; // empty for access keys, which cannot refresh
        int expireIn = 0;
    };

    enum class Status { Valid, Missing, Unknown, Expired, Superseded };
    struct Lookup
    {
        Status status = Status::Unknown;
        const Session *session = nullptr; // set when Valid
    };

    Issued issue(const Session &session, bool withRefreshToken = true);
    Lookup lookup(const QByteArray &accessToken) const;
    // Rotates the pair of a valid access token: the old access token becomes superseded, the
    // old refresh token invalid. Nothing when `refreshToken` is not this token's.
    std::optional<Issued> refresh(const QByteArray &accessToken, const QString &refreshToken);

    // The platform error code for a status other than Valid.
    static int errorCode(Status status);

private:
    struct Entry
    {
        Session session;
        QString refreshToken;
        QDeadlineTimer expiry;
        bool superseded = false;
    };

    QString randomToken() const;

    int m_ttlSeconds;
    QString m_marker;
    int m_purgeThreshold = 4096;
    QHash<QByteArray, Entry> m_tokens;
};

} // namespace xlink::sandbox
