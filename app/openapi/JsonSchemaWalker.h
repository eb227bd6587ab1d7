#pragma once

#include "SchemaProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <rapidjson/fwd.h>
#include <utility>

namespace xlink {

// Finds what a JSON Schema (as SchemaTranslator writes it: `$ref`s into `definitions`) says
// about one place in a value: the schemas that apply there, the types and values they allow,
// and the members of an object they do not name. The value may be Qt's (a body already
// parsed) or RapidJSON's (JsonSchemaCheck::checkText's fast path for large bodies).
class JsonSchemaWalker final
{
public:
    explicit JsonSchemaWalker(QJsonObject root);

    // One step down from the root: into an array's item or an object's member. Which of the
    // two a step is depends on the value, not on its text (a member may be named "0").
    struct Step
    {
        QString name;
        bool intoArray = false;
    };
    // `names` (member names and array indexes as text, from the root) as steps in `value`.
    static QList<Step> stepsIn(const QJsonValue &value, const QStringList &names);
    static QList<Step> stepsIn(const rapidjson::Value &value, const QStringList &names);

    // The schemas that may apply at `steps`: `$ref`s followed, oneOf/anyOf/allOf branches
    // included.
    QList<QJsonObject> schemasAt(const QList<Step> &steps) const;

    // The JSON types allowed there ("integer" for the translated integer form), without
    // repeats, in the schemas' order.
    QStringList typesAt(const QList<Step> &steps) const;
    QJsonArray enumAt(const QList<Step> &steps) const;
    QString patternAt(const QList<Step> &steps) const;

    // Members of objects in `value` that no schema of their object names, where the schema
    // lists its members and does not allow others (additionalProperties absent counts as
    // "not allowed" here: the documents list every field a call takes, so an unlisted one is
    // most likely a typo). Each problem's path is the member's own.
    QList<SchemaProblem> unknownFields(const QJsonValue &value) const;
    QList<SchemaProblem> unknownFields(const rapidjson::Value &value) const;

private:
    template<typename Node>
    friend class UnknownFieldSearch;
    QList<QJsonObject> expand(const QJsonObject &schema, int depth = 0) const;
    QList<QJsonObject> children(
        const QList<QJsonObject> &schemas, bool intoArray, const QString &name) const;

    QJsonObject m_root;
    QJsonObject m_definitions;
};

} // namespace xlink
