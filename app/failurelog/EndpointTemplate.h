#pragma once

#include <QString>
#include <QUrl>

namespace xlink {

// The endpoint a URL calls, with ids folded so calls group by endpoint:
// /v2/product/0a1b…(32 hex)/device/123 -> /v2/product/{id}/device/{id}.
class EndpointTemplate final
{
public:
    static QString of(const QUrl &url);
    static QString ofPath(const QString &path);
    // Path and query as sent ("/v2/users?offset=0"), what the log's text search reads.
    static QString target(const QUrl &url);
    // The same for a caller that has the path already (`url.path(QUrl::FullyDecoded)`, which
    // ofPath() folds): the log's inserter decodes it once for both.
    static QString target(const QUrl &url, const QString &decodedPath);
};

} // namespace xlink
