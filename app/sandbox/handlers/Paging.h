#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace xlink::sandbox {

// offset/limit paging of list replies, from a query string (?offset=0&limit=20).
struct Paging
{
    qint64 offset = 0;
    qint64 limit = 10;

    static constexpr qint64 maxLimit = 1000;

    // Nothing when offset or limit is not a non-negative integer (the caller answers 4001001).
    static std::optional<Paging> fromQuery(const QUrlQuery &query, qint64 defaultLimit);
    // {"count": all.size(), "list": [the page]}.
    QJsonObject countList(const QList<QJsonObject> &all) const;
    QList<QJsonObject> page(const QList<QJsonObject> &all) const;
};

} // namespace xlink::sandbox
