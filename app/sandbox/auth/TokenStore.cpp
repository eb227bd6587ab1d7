#include "auth/TokenStore.h"

#include <QRandomGenerator>

namespace xlink::sandbox {

TokenStore::TokenStore(int ttlSeconds, QString marker)
    : m_ttlSeconds(ttlSeconds)
    , m_marker(std::move(marker))
{ }

QString TokenStore::randomToken() const
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return m_marker
        + QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex().toUpper());
}

TokenStore::Issued TokenStore::issue(const Session &session, bool withRefreshToken)
{
    // A long-running sandbox forgets tokens that expired: afterwards they read as unknown.
    if (m_tokens.size() >= m_purgeThreshold) {
        m_tokens.removeIf([](const auto &entry) { return entry.value().expiry.hasExpired(); });
        if (m_tokens.size() >= m_purgeThreshold / 2)
            m_purgeThreshold = int(m_tokens.size()) * 2;
    }
    Issued issued { randomToken(), withRefreshToken ? randomToken() : QString(), m_ttlSeconds };
    m_tokens.insert(issued.accessToken.toLatin1(),
        Entry { session, issued.refreshToken, QDeadlineTimer(qint64(m_ttlSeconds) * 1000), false });
    return issued;
}

TokenStore::Lookup TokenStore::lookup(const QByteArray &accessToken) const
{
    if (accessToken.isEmpty())
        return { Status::Missing, nullptr };
    const auto it = m_tokens.constFind(accessToken);
    if (it == m_tokens.constEnd())
        return { Status::Unknown, nullptr };
    if (it->superseded)
        return { Status::Superseded, nullptr };
    if (it->expiry.hasExpired())
        return { Status::Expired, nullptr };
    return { Status::Valid, &it->session };
}

std::optional<TokenStore::Issued> TokenStore::refresh(
    const QByteArray &accessToken, const QString &refreshToken)
{
    const auto it = m_tokens.find(accessToken);
    if (it == m_tokens.end() || it->superseded || it->expiry.hasExpired()
        || it->refreshToken.isEmpty() || it->refreshToken != refreshToken)
        return std::nullopt;
    it->superseded = true;
    it->refreshToken.clear();
    const Session session = it->session;
    return issue(session);
}

int TokenStore::errorCode(Status status)
{
    switch (status) {
    case Status::Missing:
        return 4031002;
    case Status::Unknown:
        return 4031003;
    case Status::Expired:
        return 4031021;
    case Status::Superseded:
        return 4031022;
    case Status::Valid:
        break;
    }
    return 0;
}

} // namespace xlink::sandbox
