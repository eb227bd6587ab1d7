#include "query/JsonCompare.h"

namespace xlink::sandbox {

namespace {

bool isNumeric(const QJsonValue &value)
{
    return value.isDouble() || value.isBool();
}

double numberOf(const QJsonValue &value)
{
    return value.isBool() ? (value.toBool() ? 1.0 : 0.0) : value.toDouble();
}

int typeRank(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0;
    if (isNumeric(value))
        return 1;
    if (value.isString())
        return 2;
    return 3;
}

} // namespace

bool JsonCompare::equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

std::optional<int> JsonCompare::order(const QJsonValue &a, const QJsonValue &b)
{
    if (isNumeric(a) && isNumeric(b)) {
        const double x = numberOf(a);
        const double y = numberOf(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    return std::nullopt;
}

int JsonCompare::sortOrder(const QJsonValue &a, const QJsonValue &b)
{
    const int rankA = typeRank(a);
    const int rankB = typeRank(b);
    if (rankA != rankB)
        return rankA - rankB;
    return order(a, b).value_or(0);
}

} // namespace xlink::sandbox
