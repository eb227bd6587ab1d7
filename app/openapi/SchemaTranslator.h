#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace xlink {

// Turns an OpenAPI 3.0 schema object into a self-contained JSON Schema (draft 4) that a
// validator understands, once, when the description is loaded:
// - `nullable: true` becomes "type or null" (and adds null to an `enum`);
// - annotations a validator does not know are dropped: `example`, `discriminator`, `xml`,
//   `externalDocs`, `deprecated`, and `x-` extensions;
// - `readOnly` properties are not required in a request, `writeOnly` ones not in a response;
// - `$ref: #/components/schemas/X` points at `#/definitions/X`, and every definition reached
//   is carried along under `definitions`;
// - `type: integer` becomes `type: number` that must `not` be a fraction within the 32-bit
//   range: the validator's adapter for Qt's JSON only recognises integers that fit in 32 bits
//   (and `multipleOf: 1` truncates before it checks), and the platform sends 13-digit
//   millisecond times. The description's own schemas therefore do not use `not`, so that
//   JsonSchemaCheck can report a failed `not` as "should be an integer".
class SchemaTranslator final
{
public:
    enum class Direction { Request, Response };

    // `schemas` is the document's components.schemas.
    explicit SchemaTranslator(QJsonObject schemas);

    QJsonObject translate(const QJsonObject &schema, Direction direction) const;

private:
    QJsonValue node(const QJsonValue &value, Direction direction, QSet<QString> *needed) const;

    QJsonObject m_schemas;
};

} // namespace xlink
