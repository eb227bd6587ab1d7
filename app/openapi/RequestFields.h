#pragma once

#include "ApiOperation.h"
#include "catalogue/LocalizedText.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace xlink {

class ApiDescription;

// One field of a request body, as the field help lists it.
struct ApiField
{
    // `$.name`; nested objects follow with dots, array items with `[]` (`$.list[].name`).
    QString path;
    QString type; // "string", "integer", "array", "object"... as the document says
    QString itemType; // for an array: its items' type
    QString format;
    bool required = false;
    bool nullable = false;
    bool secret = false; // format: password or x-xlink-secret
    QJsonArray enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    QString pattern;
    LocalizedText description;
};

// The fields of an operation's request body, flattened in the order of the schema (nested
// objects and array items right after their parent), read from the OpenAPI schema as the
// document writes it: with both languages' descriptions, which the JSON Schema translation
// leaves out. `$ref`s are followed, `allOf` parts merged, `oneOf`/`anyOf` alternatives listed
// together; a schema that refers to itself is not followed again.
class RequestFields final
{
public:
    static QList<ApiField> of(const ApiDescription &description, const ApiOperation &operation);

    // `$.list[3].name` -> `$.list[].name`: the field a value at a concrete path belongs to.
    static QString fieldPath(const QString &valuePath);
};

} // namespace xlink
