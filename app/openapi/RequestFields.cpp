#include "RequestFields.h"

#include "ApiDescription.h"
#include "JsonTextPosition.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

const QString componentPrefix = u"#/components/schemas/"_s;

class Flattener final
{
public:
    explicit Flattener(const QJsonObject &schemas)
        : m_schemas(schemas)
    { }

    void walk(const QJsonObject &schema, const QString &path, int depth)
    {
        if (depth > 12)
            return;
        const QString ref = schema.value(u"$ref"_s).toString();
        if (!ref.isEmpty()) {
            if (!ref.startsWith(componentPrefix) || m_following.contains(ref))
                return;
            m_following.insert(ref);
            walk(m_schemas.value(ref.mid(componentPrefix.size())).toObject(), path, depth + 1);
            m_following.remove(ref);
            return;
        }
        for (const QString &key : { u"allOf"_s, u"oneOf"_s, u"anyOf"_s }) {
            for (const QJsonValue &part : schema.value(key).toArray())
                walk(part.toObject(), path, depth + 1);
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonArray required = schema.value(u"required"_s).toArray();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QString fieldPath = JsonTextPosition::appendKey(path, it.key());
            const QJsonObject property = it.value().toObject();
            add(fieldPath, property, required.contains(it.key()));
            walk(property, fieldPath, depth + 1);
        }
        const QJsonObject items = resolved(schema.value(u"items"_s).toObject());
        if (!items.isEmpty())
            walk(schema.value(u"items"_s).toObject(), path + u"[]"_s, depth + 1);
    }

    QList<ApiField> fields;

private:
    QJsonObject resolved(QJsonObject schema) const
    {
        for (int hops = 0; hops < 16 && schema.contains(u"$ref"_s); ++hops) {
            const QString ref = schema.value(u"$ref"_s).toString();
            if (!ref.startsWith(componentPrefix))
                break;
            schema = m_schemas.value(ref.mid(componentPrefix.size())).toObject();
        }
        return schema;
    }

    void add(const QString &path, const QJsonObject &declared, bool required)
    {
        // The property's own words (a description beside a $ref is the property's) over the
        // referenced schema's.
        const QJsonObject schema = resolved(declared);
        const auto value = [&](const QString &key) {
            return declared.value(key).isUndefined() ? schema.value(key) : declared.value(key);
        };
        for (ApiField &field : fields) {
            if (field.path == path) { // listed by another alternative: required if any says so
                field.required = field.required || required;
                return;
            }
        }
        ApiField field;
        field.path = path;
        field.type = value(u"type"_s).toString();
        if (field.type.isEmpty() && !schema.value(u"properties"_s).toObject().isEmpty())
            field.type = u"object"_s;
        if (field.type == u"array")
            field.itemType
                = resolved(schema.value(u"items"_s).toObject()).value(u"type"_s).toString();
        field.format = value(u"format"_s).toString();
        field.required = required;
        field.nullable = value(u"nullable"_s).toBool();
        field.secret = field.format == u"password" || value(u"x-xlink-secret"_s).toBool();
        field.enumValues = value(u"enum"_s).toArray();
        if (value(u"minimum"_s).isDouble())
            field.minimum = value(u"minimum"_s).toDouble();
        if (value(u"maximum"_s).isDouble())
            field.maximum = value(u"maximum"_s).toDouble();
        field.exclusiveMinimum = value(u"exclusiveMinimum"_s).toBool();
        field.exclusiveMaximum = value(u"exclusiveMaximum"_s).toBool();
        const auto count = [&](const QString &key) -> std::optional<qint64> {
            const QJsonValue v = value(key);
            return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
        };
        field.minLength = count(u"minLength"_s);
        field.maxLength = count(u"maxLength"_s);
        field.minItems = count(u"minItems"_s);
        field.maxItems = count(u"maxItems"_s);
        field.pattern = value(u"pattern"_s).toString();
        field.description
            = { value(u"x-description-zh"_s).toString(), value(u"description"_s).toString() };
        fields.append(std::move(field));
    }

    const QJsonObject &m_schemas;
    QSet<QString> m_following;
};

} // namespace

QList<ApiField> RequestFields::of(const ApiDescription &description, const ApiOperation &operation)
{
    if (operation.openApiRequestSchema.isEmpty())
        return {};
    const QJsonObject schemas
        = description.document().value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    Flattener flattener(schemas);
    flattener.walk(operation.openApiRequestSchema, u"$"_s, 0);
    return flattener.fields;
}

QString RequestFields::fieldPath(const QString &valuePath)
{
    static const QRegularExpression index(u"\\[[0-9]+\\]"_s);
    QString path = valuePath;
    return path.replace(index, u"[]"_s);
}

} // namespace xlink
