#include "http/Router.h"

#include <algorithm>

namespace xlink::sandbox {

std::optional<qint64> RouteContext::intParam(const QString &name) const
{
    // ASCII digits only: toLongLong() also takes a sign and surrounding blanks ("%201").
    const QString text = params.value(name);
    if (text.isEmpty()
        || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void Router::add(
    const QByteArray &method, const QString &pattern, Access access, RouteHandler handler)
{
    const QStringList segments = pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes[segments.size()].append(Route { method, segments, access, std::move(handler) });
}

std::optional<Router::Match> Router::match(
    const QByteArray &method, const QStringList &segments) const
{
    const auto candidates = m_routes.constFind(segments.size());
    if (candidates == m_routes.constEnd())
        return std::nullopt;
    for (const Route &route : *candidates) {
        if (route.method != method)
            continue;
        Match match { &route, {} };
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &pattern = route.segments.at(i);
            if (pattern.startsWith(u'{') && pattern.endsWith(u'}'))
                match.params.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
            else
                matches = pattern == segments.at(i);
        }
        if (matches)
            return match;
    }
    return std::nullopt;
}

} // namespace xlink::sandbox
