#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace xlink {

// The query string of a request target ("/v2/corp/members?offset=0&limit=20") as an ordered
// list of decoded name/value pairs, and back. What the composer's query table shows and edits:
// values are shown decoded, written back percent-encoded where needed, with {placeholders} kept
// as they are so the path's fields still fill them.
class QueryParameters final
{
public:
    using Pair = std::pair<QString, QString>;

    // The pairs of `target`'s query (after the first '?', before any '#'); empty segments are
    // skipped, a segment without '=' is a name with an empty value.
    static QList<Pair> parse(const QString &target);
    // `target` with its query replaced by `pairs` (no '?' at all when there are none, or when
    // every name is empty); the path and any fragment stay as they are.
    static QString withQuery(const QString &target, const QList<Pair> &pairs);
    static QString encode(const QString &text);
};

} // namespace xlink
