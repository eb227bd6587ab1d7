#include "JsonSchemaWalker.h"

#include "JsonTextPosition.h"

#include <QSet>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// Deeper than any document's schema; stops a `$ref` cycle or a hostile value.
constexpr int maxDepth = 64;

const QString definitionPrefix = u"#/definitions/"_s;

bool isComposite(const QJsonObject &schema)
{
    return schema.contains(u"anyOf"_s) || schema.contains(u"oneOf"_s)
        || schema.contains(u"allOf"_s);
}

// SchemaTranslator writes an integer as a number that must `not` be a fraction; the
// description's own schemas use no `not`.
bool isTranslatedInteger(const QJsonObject &schema)
{
    return schema.contains(u"not"_s);
}

QStringList typesOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(u"type"_s);
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue &each : type.toArray())
        types.append(each.toString());
    if (isTranslatedInteger(schema))
        types.replaceInStrings(u"number"_s, u"integer"_s);
    return types;
}

bool mayBeObject(const QJsonObject &schema)
{
    const QStringList types = typesOf(schema);
    return types.isEmpty() || types.contains(u"object"_s);
}

} // namespace

JsonSchemaWalker::JsonSchemaWalker(QJsonObject root)
    : m_root(std::move(root))
    , m_definitions(m_root.value(u"definitions"_s).toObject())
{ }

QList<QJsonObject> JsonSchemaWalker::expand(const QJsonObject &schema, int depth) const
{
    if (depth > maxDepth)
        return {};
    const QString ref = schema.value(u"$ref"_s).toString();
    if (!ref.isEmpty()) {
        if (!ref.startsWith(definitionPrefix))
            return {};
        return expand(m_definitions.value(ref.mid(definitionPrefix.size())).toObject(), depth + 1);
    }
    QList<QJsonObject> result { schema };
    for (const QString &keyword : { u"allOf"_s, u"anyOf"_s, u"oneOf"_s }) {
        for (const QJsonValue &branch : schema.value(keyword).toArray())
            result.append(expand(branch.toObject(), depth + 1));
    }
    return result;
}

QList<QJsonObject> JsonSchemaWalker::children(
    const QList<QJsonObject> &schemas, const QJsonValue &parent, const QString &step) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &schema : schemas) {
        if (parent.isArray()) {
            const QJsonValue items = schema.value(u"items"_s);
            if (items.isObject())
                result.append(expand(items.toObject()));
            continue;
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        if (properties.contains(step)) {
            result.append(expand(properties.value(step).toObject()));
            continue;
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        if (additional.isObject())
            result.append(expand(additional.toObject()));
    }
    return result;
}

QList<QJsonObject> JsonSchemaWalker::schemasAt(
    const QJsonValue &value, const QStringList &steps) const
{
    QList<QJsonObject> schemas = expand(m_root);
    QJsonValue here = value;
    for (const QString &step : steps) {
        schemas = children(schemas, here, step);
        here = here.isArray() ? here.toArray().at(step.toLongLong()) : here.toObject().value(step);
        if (schemas.isEmpty())
            break;
    }
    return schemas;
}

QStringList JsonSchemaWalker::typesAt(const QJsonValue &value, const QStringList &steps) const
{
    QStringList types;
    for (const QJsonObject &schema : schemasAt(value, steps)) {
        for (const QString &type : typesOf(schema)) {
            if (!types.contains(type))
                types.append(type);
        }
    }
    return types;
}

QJsonArray JsonSchemaWalker::enumAt(const QJsonValue &value, const QStringList &steps) const
{
    QJsonArray values;
    for (const QJsonObject &schema : schemasAt(value, steps)) {
        for (const QJsonValue &each : schema.value(u"enum"_s).toArray()) {
            if (!values.contains(each))
                values.append(each);
        }
    }
    return values;
}

QString JsonSchemaWalker::patternAt(const QJsonValue &value, const QStringList &steps) const
{
    for (const QJsonObject &schema : schemasAt(value, steps)) {
        const QString pattern = schema.value(u"pattern"_s).toString();
        if (!pattern.isEmpty())
            return pattern;
    }
    return {};
}

QList<SchemaProblem> JsonSchemaWalker::unknownFields(const QJsonValue &value) const
{
    QList<SchemaProblem> problems;
    collectUnknown(value, expand(m_root), u"$"_s, 0, &problems);
    return problems;
}

void JsonSchemaWalker::collectUnknown(const QJsonValue &value, const QList<QJsonObject> &schemas,
    const QString &path, int depth, QList<SchemaProblem> *problems) const
{
    if (depth > maxDepth || schemas.isEmpty())
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        // Every item has the same schemas: found once, not once per item of a long array.
        const QList<QJsonObject> items = children(schemas, value, {});
        for (qsizetype i = 0; i < array.size(); ++i)
            collectUnknown(
                array.at(i), items, JsonTextPosition::appendIndex(path, i), depth + 1, problems);
        return;
    }
    if (!value.isObject())
        return;
    // Closed when some schema lists members and none that may describe this object leaves it
    // open (no member list, or other members allowed). A schema that only combines others
    // (oneOf...) speaks through its branches.
    QSet<QString> known;
    bool listed = false;
    bool open = false;
    for (const QJsonObject &schema : schemas) {
        if (!mayBeObject(schema))
            continue;
        // An empty member list says nothing about the members (a free-form object).
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const bool hasProperties = !properties.isEmpty();
        if (hasProperties) {
            listed = true;
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
                known.insert(it.key());
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        if ((!hasProperties && !isComposite(schema) && !additional.isBool())
            || additional.isObject() || additional == QJsonValue(true)) {
            open = true;
        }
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString memberPath = JsonTextPosition::appendKey(path, it.key());
        if (listed && !open && !known.contains(it.key())) {
            SchemaProblem problem;
            problem.path = memberPath;
            problem.message = u"Unknown field '%1'."_s.arg(it.key());
            problem.kind = SchemaProblem::Kind::UnknownField;
            problem.detail = it.key();
            problems->append(problem);
            continue;
        }
        collectUnknown(
            it.value(), children(schemas, value, it.key()), memberPath, depth + 1, problems);
    }
}

} // namespace xlink
