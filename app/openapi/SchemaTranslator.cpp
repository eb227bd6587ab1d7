#include "SchemaTranslator.h"

#include <QJsonArray>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

const QString componentPrefix = u"#/components/schemas/"_s;

bool isDropped(const QString &key)
{
    static const QSet<QString> dropped { u"example"_s, u"discriminator"_s, u"xml"_s,
        u"externalDocs"_s, u"deprecated"_s, u"nullable"_s, u"readOnly"_s, u"writeOnly"_s };
    return dropped.contains(key) || key.startsWith(u"x-");
}

} // namespace

SchemaTranslator::SchemaTranslator(QJsonObject schemas)
    : m_schemas(std::move(schemas))
{ }

QJsonValue SchemaTranslator::node(
    const QJsonValue &value, Direction direction, QSet<QString> *needed) const
{
    if (!value.isObject())
        return value;
    const QJsonObject in = value.toObject();
    if (in.contains(u"$ref"_s)) {
        // In OpenAPI 3.0 a $ref's siblings are ignored.
        const QString ref = in.value(u"$ref"_s).toString();
        if (ref.startsWith(componentPrefix)) {
            const QString name = ref.mid(componentPrefix.size());
            needed->insert(name);
            return QJsonObject { { u"$ref"_s, QString(u"#/definitions/"_s + name) } };
        }
        return in;
    }

    QJsonObject out;
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QString &key = it.key();
        if (isDropped(key))
            continue;
        if (key == u"properties") {
            const QJsonObject properties = it.value().toObject();
            QJsonObject translated;
            for (auto p = properties.constBegin(); p != properties.constEnd(); ++p)
                translated.insert(p.key(), node(p.value(), direction, needed));
            out.insert(key, translated);
        } else if (key == u"items" || key == u"not"
            || (key == u"additionalProperties" && it.value().isObject())) {
            out.insert(key, node(it.value(), direction, needed));
        } else if (key == u"allOf" || key == u"anyOf" || key == u"oneOf") {
            QJsonArray translated;
            for (const QJsonValue &child : it.value().toArray())
                translated.append(node(child, direction, needed));
            out.insert(key, translated);
        } else {
            out.insert(key, it.value());
        }
    }

    // Server-set fields are not required from a client, nor client-only fields in an answer.
    if (out.contains(u"required"_s)) {
        const QJsonObject properties = in.value(u"properties"_s).toObject();
        const QString skip = direction == Direction::Request ? u"readOnly"_s : u"writeOnly"_s;
        QJsonArray required;
        for (const QJsonValue &name : out.value(u"required"_s).toArray()) {
            if (!properties.value(name.toString()).toObject().value(skip).toBool())
                required.append(name);
        }
        if (required.isEmpty())
            out.remove(u"required"_s);
        else
            out.insert(u"required"_s, required);
    }

    if (out.value(u"type"_s) == u"integer"_s) {
        // A number that is not a fraction in the 32-bit range the adapter can tell integers
        // in; beyond it every number passes (fractions that large do not occur in practice).
        static const QJsonObject fraction { { u"allOf"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"number"_s } },
                QJsonObject { { u"not"_s, QJsonObject { { u"type"_s, u"integer"_s } } } },
                QJsonObject {
                    { u"minimum"_s, -2147483648.0 }, { u"maximum"_s, 2147483647.0 } } } } };
        out.insert(u"type"_s, u"number"_s);
        if (out.contains(u"not"_s)) {
            QJsonArray all = out.value(u"allOf"_s).toArray();
            all.append(QJsonObject { { u"not"_s, fraction } });
            out.insert(u"allOf"_s, all);
        } else {
            out.insert(u"not"_s, fraction);
        }
    }

    if (in.value(u"nullable"_s).toBool()) {
        if (out.contains(u"enum"_s)) {
            QJsonArray values = out.value(u"enum"_s).toArray();
            if (!values.contains(QJsonValue::Null))
                values.append(QJsonValue::Null);
            out.insert(u"enum"_s, values);
        }
        if (out.contains(u"type"_s) && !out.contains(u"format"_s)) {
            out.insert(u"type"_s, QJsonArray { out.value(u"type"_s), u"null"_s });
            // The other keywords only apply to their own type: null passes them.
        } else {
            // valijson applies `format` to any value, null included: keep it away from null.
            out = QJsonObject { { u"anyOf"_s,
                QJsonArray { out, QJsonObject { { u"type"_s, u"null"_s } } } } };
        }
    }
    return out;
}

QJsonObject SchemaTranslator::translate(const QJsonObject &schema, Direction direction) const
{
    QSet<QString> needed;
    QJsonObject root = node(schema, direction, &needed).toObject();
    if (root.contains(u"$ref"_s)) {
        // A $ref's siblings (our definitions) would be ignored beside it.
        root = QJsonObject { { u"allOf"_s, QJsonArray { root } } };
    }
    QJsonObject definitions;
    QSet<QString> done;
    while (true) {
        QSet<QString> pending = needed - done;
        if (pending.isEmpty())
            break;
        for (const QString &name : std::as_const(pending)) {
            done.insert(name);
            definitions.insert(name, node(m_schemas.value(name).toObject(), direction, &needed));
        }
    }
    if (!definitions.isEmpty())
        root.insert(u"definitions"_s, definitions);
    return root;
}

} // namespace xlink
