#include "handlers/Paging.h"

#include <QJsonArray>

namespace xlink::sandbox {

std::optional<Paging> Paging::fromQuery(const QUrlQuery &query, qint64 defaultLimit)
{
    Paging paging { 0, defaultLimit };
    const auto read = [&query](const QString &key, qint64 *out) {
        if (!query.hasQueryItem(key))
            return true;
        bool ok = false;
        const qint64 value = query.queryItemValue(key).toLongLong(&ok);
        if (!ok || value < 0)
            return false;
        *out = value;
        return true;
    };
    if (!read(QStringLiteral("offset"), &paging.offset)
        || !read(QStringLiteral("limit"), &paging.limit) || paging.limit > maxLimit)
        return std::nullopt;
    return paging;
}

QList<QJsonObject> Paging::page(const QList<QJsonObject> &all) const
{
    if (offset >= all.size())
        return {};
    return all.mid(offset, limit);
}

QJsonObject Paging::countList(const QList<QJsonObject> &all) const
{
    QJsonArray list;
    for (const QJsonObject &item : page(all))
        list.append(item);
    return { { QStringLiteral("count"), all.size() }, { QStringLiteral("list"), list } };
}

} // namespace xlink::sandbox
