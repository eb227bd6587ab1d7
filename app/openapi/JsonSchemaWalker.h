#pragma once

#include "SchemaProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <utility>

namespace xlink {

// Finds what a JSON Schema (as SchemaTranslator writes it: `$ref`s into `definitions`) says
// about one place in a value: the schemas that apply there, the types and values they allow,
// and the members of an object they do not name.
class JsonSchemaWalker final
{
public:
    explicit JsonSchemaWalker(QJsonObject root);

    // The schemas that may apply at `steps` (member names and array indexes as text, from the
    // root) inside `value`: `$ref`s followed, oneOf/anyOf/allOf branches included.
    QList<QJsonObject> schemasAt(const QJsonValue &value, const QStringList &steps) const;

    // The JSON types allowed there ("integer" for the translated integer form), without
    // repeats, in the schemas' order.
    QStringList typesAt(const QJsonValue &value, const QStringList &steps) const;
    QJsonArray enumAt(const QJsonValue &value, const QStringList &steps) const;
    QString patternAt(const QJsonValue &value, const QStringList &steps) const;

    // Members of objects in `value` that no schema of their object names, where the schema
    // lists its members and does not allow others (additionalProperties absent counts as
    // "not allowed" here: the documents list every field a call takes, so an unlisted one is
    // most likely a typo). Each problem's path is the member's own.
    QList<SchemaProblem> unknownFields(const QJsonValue &value) const;

private:
    QList<QJsonObject> expand(const QJsonObject &schema, int depth = 0) const;
    QList<QJsonObject> children(
        const QList<QJsonObject> &schemas, const QJsonValue &parent, const QString &step) const;
    struct Place;
    // `steps`: the member names (index -1) and array indexes (null name) down to `value`.
    void collectUnknown(const QJsonValue &value, Place &place,
        QList<std::pair<QString, qsizetype>> *steps, QList<SchemaProblem> *problems) const;

    QJsonObject m_root;
    QJsonObject m_definitions;
};

} // namespace xlink
