#include "JsonSchemaWalker.h"

#include "JsonTextPosition.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <utility>

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

// What the schemas at one place say about an object there, worked out once for every value
// met at that place (each item of an array, each object of a list of lists).
struct JsonSchemaWalker::Place
{
    QList<QJsonObject> schemas;
    bool analysed = false;
    bool closed = false; // some schema lists members, none leaves the object open
    QSet<QString> known;
    QHash<QString, std::shared_ptr<Place>> members;
    std::shared_ptr<Place> items;
};

QList<SchemaProblem> JsonSchemaWalker::unknownFields(const QJsonValue &value) const
{
    QList<SchemaProblem> problems;
    Place root;
    root.schemas = expand(m_root);
    QList<std::pair<QString, qsizetype>> steps;
    collectUnknown(value, root, &steps, &problems);
    return problems;
}

void JsonSchemaWalker::collectUnknown(const QJsonValue &value, Place &place,
    QList<std::pair<QString, qsizetype>> *steps, QList<SchemaProblem> *problems) const
{
    if (steps->size() > maxDepth || place.schemas.isEmpty())
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        // Every item has the same schemas: found once, not once per item of a long array.
        if (!place.items) {
            place.items = std::make_shared<Place>();
            place.items->schemas = children(place.schemas, value, {});
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            steps->append({ QString(), i });
            collectUnknown(array.at(i), *place.items, steps, problems);
            steps->removeLast();
        }
        return;
    }
    if (!value.isObject())
        return;
    if (!place.analysed) {
        // Closed when some schema lists members and none that may describe this object leaves
        // it open (no member list, or other members allowed). A schema that only combines
        // others (oneOf...) speaks through its branches.
        bool listed = false;
        bool open = false;
        for (const QJsonObject &schema : std::as_const(place.schemas)) {
            if (!mayBeObject(schema))
                continue;
            // An empty member list says nothing about the members (a free-form object).
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            const bool hasProperties = !properties.isEmpty();
            if (hasProperties) {
                listed = true;
                for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
                    place.known.insert(it.key());
            }
            const QJsonValue additional = schema.value(u"additionalProperties"_s);
            if ((!hasProperties && !isComposite(schema) && !additional.isBool())
                || additional.isObject() || additional == QJsonValue(true)) {
                open = true;
            }
        }
        place.closed = listed && !open;
        place.analysed = true;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (place.closed && !place.known.contains(key)) {
            QString path = u"$"_s;
            for (const auto &[name, index] : std::as_const(*steps))
                path = name.isNull() ? JsonTextPosition::appendIndex(path, index)
                                     : JsonTextPosition::appendKey(path, name);
            SchemaProblem problem;
            problem.path = JsonTextPosition::appendKey(path, key);
            problem.message = u"Unknown field '%1'."_s.arg(key);
            problem.kind = SchemaProblem::Kind::UnknownField;
            problem.detail = key;
            problems->append(problem);
            continue;
        }
        std::shared_ptr<Place> &member = place.members[key];
        if (!member) {
            member = std::make_shared<Place>();
            member->schemas = children(place.schemas, value, key);
        }
        steps->append({ key, -1 });
        collectUnknown(it.value(), *member, steps, problems);
        steps->removeLast();
    }
}

} // namespace xlink
