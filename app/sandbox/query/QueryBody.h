#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace xlink::sandbox {

// The platform's generic query body for list and search calls:
//   {"offset":0,"limit":10,"filter":["id","mac"],
//    "query":{"mac":{"$like":"AABB"},"is_online":{"$in":[true]},"firmware_version":{"$gte":2}},
//    "order":{"id":"asc"}}
// `query` selects items (operators $in $nin $ne $lt $lte $gt $gte $like, $all for array fields
// such as tags, or a bare value for equality),
// `order` sorts by one or more fields in the order given, offset/limit page, and `filter` lists
// the fields each returned item carries.
class QueryBody final
{
public:
    // Nothing, with `errorCode` 4001001, when the body is not such a query. An empty body is
    // the default query.
    static std::optional<QueryBody> parse(const QByteArray &body, int *errorCode);

    bool matches(const QJsonObject &item) const;
    // {"count": matching items, "list": the requested page of them, sorted and filtered}.
    QJsonObject apply(const QList<QJsonObject> &items) const;
    // Fields every returned item carries even when `filter` leaves them out (a data table's
    // reserved fields).
    void alwaysInclude(const QStringList &fields);

    static constexpr qint64 maxLimit = 1000;

private:
    enum class Operator {
        Equal,
        In,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Like,
        All,
        NotIn,
        NotEqual
    };
    struct Condition
    {
        QString field;
        Operator op = Operator::Equal;
        QJsonValue operand;
    };
    struct SortKey
    {
        QString field;
        bool ascending = true;
    };

    static bool test(const QJsonValue &value, const Condition &condition);

    qint64 m_offset = 0;
    qint64 m_limit = 10;
    QStringList m_filter;
    QList<Condition> m_conditions;
    QList<SortKey> m_order;
};

} // namespace xlink::sandbox
