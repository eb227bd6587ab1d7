#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

namespace xlink {

// A path into a JSON value, as chaining and assertions write it: `$.list[0].id` (the REST
// Client's JSONPath subset), `list[0].id` and `[0].id` (httpyac), `error["msg"]`, `a['b c']`.
// Keys, indexes and quoted keys only: no wildcards, filters or scripts.
class JsonPath final
{
public:
    using Segment = std::variant<QString, qsizetype>; // a key or an array index

    // The segments of `path`, or nothing when it is not a path of that form.
    static std::optional<QList<Segment>> parse(QStringView path);
    // The value at `segments` under `root`, or nothing when it is not there.
    static std::optional<QJsonValue> evaluate(
        const QJsonValue &root, const QList<Segment> &segments);
    // `segments` as JavaScript member accesses (`["list"][0]["id"]`), for Postman scripts.
    static QString toJavaScript(const QList<Segment> &segments);
    // A value as text in a request: strings as they are, numbers and booleans as JSON writes
    // them, objects and arrays as compact JSON.
    static QString toText(const QJsonValue &value);
};

} // namespace xlink
