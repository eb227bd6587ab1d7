// RapidJSON before anything that includes it (see there).
#include "JsonSchemaWalker.h"

#include "JsonTextPosition.h"
#include "RapidJson.h"

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

QList<JsonSchemaWalker::Step> JsonSchemaWalker::stepsIn(
    const QJsonValue &value, const QStringList &names)
{
    QList<Step> steps;
    QJsonValue here = value;
    for (const QString &name : names) {
        steps.append({ name, here.isArray() });
        here = here.isArray() ? here.toArray().at(name.toLongLong()) : here.toObject().value(name);
    }
    return steps;
}

QList<JsonSchemaWalker::Step> JsonSchemaWalker::stepsIn(
    const rapidjson::Value &value, const QStringList &names)
{
    QList<Step> steps;
    const rapidjson::Value *here = &value;
    for (const QString &name : names) {
        const bool intoArray = here && here->IsArray();
        steps.append({ name, intoArray });
        if (intoArray) {
            const qlonglong index = name.toLongLong();
            here = index >= 0 && index < qlonglong(here->Size())
                ? &(*here)[rapidjson::SizeType(index)]
                : nullptr;
        } else if (here && here->IsObject()) {
            const QByteArray key = name.toUtf8();
            const rapidjson::Value keyValue(
                rapidjson::StringRef(key.constData(), rapidjson::SizeType(key.size())));
            const auto member = here->FindMember(keyValue);
            here = member != here->MemberEnd() ? &member->value : nullptr;
        } else {
            here = nullptr;
        }
    }
    return steps;
}

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
    const QList<QJsonObject> &schemas, bool intoArray, const QString &name) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &schema : schemas) {
        if (intoArray) {
            const QJsonValue items = schema.value(u"items"_s);
            if (items.isObject())
                result.append(expand(items.toObject()));
            continue;
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        if (properties.contains(name)) {
            result.append(expand(properties.value(name).toObject()));
            continue;
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        if (additional.isObject())
            result.append(expand(additional.toObject()));
    }
    return result;
}

QList<QJsonObject> JsonSchemaWalker::schemasAt(const QList<Step> &steps) const
{
    QList<QJsonObject> schemas = expand(m_root);
    for (const Step &step : steps) {
        schemas = children(schemas, step.intoArray, step.name);
        if (schemas.isEmpty())
            break;
    }
    return schemas;
}

QStringList JsonSchemaWalker::typesAt(const QList<Step> &steps) const
{
    QStringList types;
    for (const QJsonObject &schema : schemasAt(steps)) {
        for (const QString &type : typesOf(schema)) {
            if (!types.contains(type))
                types.append(type);
        }
    }
    return types;
}

QJsonArray JsonSchemaWalker::enumAt(const QList<Step> &steps) const
{
    QJsonArray values;
    for (const QJsonObject &schema : schemasAt(steps)) {
        for (const QJsonValue &each : schema.value(u"enum"_s).toArray()) {
            if (!values.contains(each))
                values.append(each);
        }
    }
    return values;
}

QString JsonSchemaWalker::patternAt(const QList<Step> &steps) const
{
    for (const QJsonObject &schema : schemasAt(steps)) {
        const QString pattern = schema.value(u"pattern"_s).toString();
        if (!pattern.isEmpty())
            return pattern;
    }
    return {};
}

namespace {

// The two kinds of value the search walks, seen the same way.
bool isArray(const QJsonValue &value)
{
    return value.isArray();
}

bool isArray(const rapidjson::Value &value)
{
    return value.IsArray();
}

bool isObject(const QJsonValue &value)
{
    return value.isObject();
}

bool isObject(const rapidjson::Value &value)
{
    return value.IsObject();
}

template<typename Visit>
void forEachItem(const QJsonValue &value, Visit visit)
{
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        visit(i, array.at(i));
}

template<typename Visit>
void forEachItem(const rapidjson::Value &value, Visit visit)
{
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
        visit(qsizetype(i), value[i]);
}

template<typename Visit>
void forEachMember(const QJsonValue &value, Visit visit)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        visit(it.key(), it.value());
}

template<typename Visit>
void forEachMember(const rapidjson::Value &value, Visit visit)
{
    for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
        visit(QString::fromUtf8(it->name.GetString(), it->name.GetStringLength()), it->value);
}

// What the schemas at one place say about an object there, worked out once for every value
// met at that place (each item of an array, each object of a list of lists).
struct Place
{
    QList<QJsonObject> schemas;
    bool analysed = false;
    bool closed = false; // some schema lists members, none leaves the object open
    QSet<QString> known;
    QHash<QString, std::shared_ptr<Place>> members;
    std::shared_ptr<Place> items;
};

} // namespace

template<typename Node>
class UnknownFieldSearch final
{
public:
    explicit UnknownFieldSearch(const JsonSchemaWalker &walker)
        : m_walker(walker)
    { }

    QList<SchemaProblem> run(const Node &value)
    {
        Place root;
        root.schemas = m_walker.expand(m_walker.m_root);
        collect(value, root);
        return m_problems;
    }

private:
    void collect(const Node &value, Place &place)
    {
        if (m_steps.size() > maxDepth || place.schemas.isEmpty())
            return;
        if (isArray(value)) {
            // Every item has the same schemas: found once, not once per item of a long array.
            if (!place.items) {
                place.items = std::make_shared<Place>();
                place.items->schemas = m_walker.children(place.schemas, true, {});
            }
            forEachItem(value, [&](qsizetype index, const Node &item) {
                m_steps.append({ QString(), index });
                collect(item, *place.items);
                m_steps.removeLast();
            });
            return;
        }
        if (!isObject(value))
            return;
        if (!place.analysed)
            analyse(place);
        forEachMember(value, [&](const QString &key, const Node &member) {
            if (place.closed && !place.known.contains(key)) {
                report(key);
                return;
            }
            std::shared_ptr<Place> &next = place.members[key];
            if (!next) {
                next = std::make_shared<Place>();
                next->schemas = m_walker.children(place.schemas, false, key);
            }
            m_steps.append({ key, -1 });
            collect(member, *next);
            m_steps.removeLast();
        });
    }

    // Closed when some schema lists members and none that may describe this object leaves it
    // open (no member list, or other members allowed). A schema that only combines others
    // (oneOf...) speaks through its branches.
    static void analyse(Place &place)
    {
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

    void report(const QString &key)
    {
        QString path = u"$"_s;
        for (const auto &[name, index] : std::as_const(m_steps))
            path = name.isNull() ? JsonTextPosition::appendIndex(path, index)
                                 : JsonTextPosition::appendKey(path, name);
        SchemaProblem problem;
        problem.path = JsonTextPosition::appendKey(path, key);
        problem.message = u"Unknown field '%1'."_s.arg(key);
        problem.kind = SchemaProblem::Kind::UnknownField;
        problem.detail = key;
        m_problems.append(problem);
    }

    const JsonSchemaWalker &m_walker;
    // The member names (index -1) and array indexes (null name) down to the current value.
    QList<std::pair<QString, qsizetype>> m_steps;
    QList<SchemaProblem> m_problems;
};

QList<SchemaProblem> JsonSchemaWalker::unknownFields(const QJsonValue &value) const
{
    return UnknownFieldSearch<QJsonValue>(*this).run(value);
}

QList<SchemaProblem> JsonSchemaWalker::unknownFields(const rapidjson::Value &value) const
{
    return UnknownFieldSearch<rapidjson::Value>(*this).run(value);
}

} // namespace xlink
