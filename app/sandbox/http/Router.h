#pragma once

#include "auth/Session.h"
#include "http/SandboxReply.h"
#include "http/SandboxRequest.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace xlink::sandbox {

// What a handler gets: the request, the values of the path's {placeholders}, and the session
// of the token it carried (null on routes that need no token).
struct RouteContext
{
    const SandboxRequest &request;
    QHash<QString, QString> params;
    const Session *session = nullptr;

    QString param(const QString &name) const { return params.value(name); }
    // A numeric path id; nothing for "abc", "", "12x" (the caller answers "not found").
    std::optional<qint64> intParam(const QString &name) const;
};

using RouteHandler = std::function<SandboxReply(const RouteContext &)>;

// Who may call a route.
enum class Access {
    Public, // login calls: no token
    AnyToken, // any valid token
    Enterprise, // a member's or an access key's token; an app user's token is 4031004
};

// Matches METHOD + path against patterns such as "/v2/product/{pid}/device/{did}".
class Router final
{
public:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access = Access::Enterprise;
        RouteHandler handler;
    };
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
    };

    void add(const QByteArray &method, const QString &pattern, Access access, RouteHandler handler);
    std::optional<Match> match(const QByteArray &method, const QStringList &segments) const;

private:
    // Routes by number of segments: a request only scans routes of its own length.
    QHash<qsizetype, QList<Route>> m_routes;
};

} // namespace xlink::sandbox
