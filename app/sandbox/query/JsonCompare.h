#pragma once

#include <QJsonValue>

#include <optional>

namespace xlink::sandbox {

// Comparisons between JSON values for queries: numbers by value, strings by code point (which
// orders ISO-8601 timestamps by time), booleans as 0 and 1.
class JsonCompare final
{
public:
    static bool equal(const QJsonValue &a, const QJsonValue &b);
    // <0, 0, >0 when both are numbers (or booleans) or both strings; nothing otherwise.
    static std::optional<int> order(const QJsonValue &a, const QJsonValue &b);
    // A total order for sorting: missing and null first, then booleans, numbers, strings, others.
    static int sortOrder(const QJsonValue &a, const QJsonValue &b);
};

} // namespace xlink::sandbox
