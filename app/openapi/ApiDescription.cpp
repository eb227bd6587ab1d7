#include "ApiDescription.h"

#include "OpenApiBundler.h"
#include "SchemaTranslator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

const QString builtinPath = u":/xlink/api/openapi.json"_s;

// Follows a local $ref (`#/components/...`) in `document`; other values come back unchanged.
QJsonObject resolved(const QJsonObject &document, QJsonObject object)
{
    for (int hops = 0; hops < 16 && object.contains(u"$ref"_s); ++hops) {
        const QString ref = object.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"))
            break;
        QJsonValue current = document;
        for (const QString &token : ref.mid(2).split(u'/'))
            current = current.toObject().value(token);
        object = current.toObject();
    }
    return object;
}

LocalizedText localized(const QJsonObject &object, const QString &english, const QString &chinese)
{
    return { object.value(chinese).toString(), object.value(english).toString() };
}

void collectSecrets(const QJsonObject &document, const QJsonObject &schema, QSet<QString> *seen,
    QStringList *names, int depth = 0)
{
    if (depth > 32)
        return;
    if (schema.contains(u"$ref"_s)) {
        const QString ref = schema.value(u"$ref"_s).toString();
        if (seen->contains(ref))
            return;
        seen->insert(ref);
        collectSecrets(document, resolved(document, schema), seen, names, depth + 1);
        return;
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonObject property = resolved(document, it.value().toObject());
        if ((property.value(u"format"_s) == u"password"_s
                || property.value(u"x-xlink-secret"_s).toBool())
            && !names->contains(it.key()))
            names->append(it.key());
        collectSecrets(document, it.value().toObject(), seen, names, depth + 1);
    }
    for (const QString &key : { u"items"_s, u"additionalProperties"_s, u"not"_s }) {
        if (schema.value(key).isObject())
            collectSecrets(document, schema.value(key).toObject(), seen, names, depth + 1);
    }
    for (const QString &key : { u"allOf"_s, u"anyOf"_s, u"oneOf"_s }) {
        for (const QJsonValue &child : schema.value(key).toArray())
            collectSecrets(document, child.toObject(), seen, names, depth + 1);
    }
}

// The JSON media type's schema and example of a request body or response.
struct Media
{
    bool present = false;
    bool json = false; // application/json (not an upload or a form)
    QJsonObject schema;
    QJsonValue example = QJsonValue::Undefined;
};

Media mediaOf(const QJsonObject &document, const QJsonObject &holder)
{
    const QJsonObject content = holder.value(u"content"_s).toObject();
    if (content.isEmpty())
        return {};
    QJsonObject media = content.value(u"application/json"_s).toObject();
    Media result;
    result.json = content.contains(u"application/json"_s);
    if (!result.json)
        media = content.constBegin().value().toObject();
    result.present = true;
    result.schema = media.value(u"schema"_s).toObject();
    if (media.contains(u"example"_s)) {
        result.example = media.value(u"example"_s);
    } else if (!media.value(u"examples"_s).toObject().isEmpty()) {
        const QJsonObject first = resolved(
            document, media.value(u"examples"_s).toObject().constBegin().value().toObject());
        result.example = first.value(u"value"_s);
    } else {
        const QJsonObject schema = resolved(document, result.schema);
        if (schema.contains(u"example"_s))
            result.example = schema.value(u"example"_s);
    }
    return result;
}

QList<QStringList> securityOf(const QJsonValue &value)
{
    QList<QStringList> security;
    for (const QJsonValue &requirement : value.toArray()) {
        const QJsonObject object = requirement.toObject();
        if (!object.isEmpty())
            security.append(object.keys());
    }
    return security;
}

ApiOperation operationOf(const QJsonObject &document, const SchemaTranslator &translator,
    const QString &method, const QString &path, const QJsonObject &pathItem,
    const QJsonObject &operation)
{
    ApiOperation result;
    result.method = method.toUpper();
    result.path = path;
    result.operationId = operation.value(u"operationId"_s).toString();
    result.summary = localized(operation, u"summary"_s, u"x-summary-zh"_s);
    result.description = operation.value(u"description"_s).toString();
    result.tag = operation.value(u"tags"_s).toArray().at(0).toString();
    result.security = operation.contains(u"security"_s) ? securityOf(operation.value(u"security"_s))
                                                        : securityOf(document.value(u"security"_s));
    result.source = operation.value(u"x-xlink-source"_s).toString();
    result.tokenQueryLogin = operation.value(u"x-xlink-token-query"_s).toString();

    // Path-level parameters apply unless the operation redefines them (same name and place).
    QList<QJsonObject> parameters;
    for (const QJsonValue &value : operation.value(u"parameters"_s).toArray())
        parameters.append(resolved(document, value.toObject()));
    for (const QJsonValue &value : pathItem.value(u"parameters"_s).toArray()) {
        const QJsonObject parameter = resolved(document, value.toObject());
        const bool redefined
            = std::any_of(parameters.cbegin(), parameters.cend(), [&](const QJsonObject &p) {
                  return p.value(u"name"_s) == parameter.value(u"name"_s)
                      && p.value(u"in"_s) == parameter.value(u"in"_s);
              });
        if (!redefined)
            parameters.append(parameter);
    }
    for (const QJsonObject &parameter : std::as_const(parameters)) {
        result.parameters.append({ parameter.value(u"name"_s).toString(),
            parameter.value(u"in"_s).toString(), parameter.value(u"required"_s).toBool(),
            translator.translate(
                parameter.value(u"schema"_s).toObject(), SchemaTranslator::Direction::Request),
            localized(parameter, u"description"_s, u"x-description-zh"_s) });
    }

    QSet<QString> seen;
    if (operation.contains(u"requestBody"_s)) {
        const QJsonObject body = resolved(document, operation.value(u"requestBody"_s).toObject());
        const Media media = mediaOf(document, body);
        result.hasRequestBody = media.present;
        result.requestIsJson = media.json;
        result.requestBodyRequired = body.value(u"required"_s).toBool();
        if (media.present) {
            result.requestSchema
                = translator.translate(media.schema, SchemaTranslator::Direction::Request);
            result.requestExample = media.example;
            result.openApiRequestSchema = media.schema;
            collectSecrets(document, media.schema, &seen, &result.secretFields);
        }
    }

    const QJsonObject responses = operation.value(u"responses"_s).toObject();
    QString success;
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
        if (it.key().startsWith(u'2') && (success.isEmpty() || it.key() < success))
            success = it.key();
    }
    if (!success.isEmpty()) {
        result.successStatus = success.toInt();
        const Media media
            = mediaOf(document, resolved(document, responses.value(success).toObject()));
        if (media.present) {
            result.responseIsJson = media.json;
            result.responseSchema
                = translator.translate(media.schema, SchemaTranslator::Direction::Response);
            result.responseExample = media.example;
            seen.clear();
            collectSecrets(document, media.schema, &seen, &result.secretFields);
        }
    }

    for (const QJsonValue &code : operation.value(u"x-xlink-error-codes"_s).toArray())
        result.errorCodes.append(code.toInt());
    for (const QJsonValue &text : operation.value(u"x-xlink-doc-contradictions"_s).toArray())
        result.contradictions.append(text.toString());
    return result;
}

QList<QStringView> segments(QStringView path)
{
    QList<QStringView> result;
    for (const QStringView part : path.split(u'/', Qt::SkipEmptyParts))
        result.append(part);
    return result;
}

// A path template's segments, split once at load instead of at every find() (the sandbox finds
// the operation of every request it answers); a parameter (`{id}`) is an empty segment.
QStringList patternOf(QStringView path)
{
    QStringList result;
    for (const QStringView part : segments(path)) {
        const bool parameter = part.startsWith(u'{') && part.endsWith(u'}');
        result.append(parameter ? QString() : part.toString());
    }
    return result;
}

} // namespace

QStringList ApiOperation::logins() const
{
    QStringList names;
    for (const QStringList &requirement : security) {
        for (const QString &name : requirement) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

const ApiDescription &ApiDescription::builtin()
{
    // A function-local static: read on first use, once, thread-safe.
    static const ApiDescription description = [] {
        QString error;
        ApiDescription loaded = fromDocument(builtinDocument(), &error);
        if (!error.isEmpty())
            qWarning("The built-in API description cannot be read: %s", qPrintable(error));
        return loaded;
    }();
    return description;
}

QByteArray ApiDescription::builtinDocument()
{
    QFile file(builtinPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ApiDescription ApiDescription::fromDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : u"the document is not a JSON object"_s;
        }
        return {};
    }
    return fromDocument(document.object());
}

ApiDescription ApiDescription::fromDocument(const QJsonObject &document)
{
    ApiDescription description;
    description.m_document = document;
    const QJsonObject components = document.value(u"components"_s).toObject();
    const SchemaTranslator translator(components.value(u"schemas"_s).toObject());

    const QJsonObject schemes = components.value(u"securitySchemes"_s).toObject();
    for (auto it = schemes.constBegin(); it != schemes.constEnd(); ++it)
        description.m_schemes.insert(
            it.key(), it.value().toObject().value(u"description"_s).toString());

    for (const QJsonValue &value : document.value(u"tags"_s).toArray()) {
        const QJsonObject tag = value.toObject();
        description.m_tags.append({ tag.value(u"name"_s).toString(),
            localized(tag, u"description"_s, u"x-description-zh"_s) });
    }

    const QJsonObject paths = document.value(u"paths"_s).toObject();
    for (auto pathIt = paths.constBegin(); pathIt != paths.constEnd(); ++pathIt) {
        const QJsonObject item = pathIt.value().toObject();
        for (const QString &method : OpenApiBundler::methods()) {
            if (!item.contains(method))
                continue;
            ApiOperation operation = operationOf(
                document, translator, method, pathIt.key(), item, item.value(method).toObject());
            const qsizetype index = description.m_operations.size();
            description.m_byId.insert(operation.operationId, index);
            description.m_byShape.insert(
                operation.method + u' ' + OpenApiBundler::pathShape(operation.path), index);
            description.m_patterns.append(patternOf(operation.path));
            description.m_operations.append(std::move(operation));
        }
    }
    return description;
}

const ApiOperation *ApiDescription::byOperationId(const QString &operationId) const
{
    const auto it = m_byId.constFind(operationId);
    return it == m_byId.cend() ? nullptr : &m_operations.at(*it);
}

const ApiOperation *ApiDescription::find(const QString &method, const QString &path) const
{
    const QString upper = method.toUpper();
    QString bare = path.section(u'?', 0, 0);
    const auto exact = m_byShape.constFind(upper + u' ' + OpenApiBundler::pathShape(bare));
    if (exact != m_byShape.cend())
        return &m_operations.at(*exact);
    // Values in place of parameters: the template whose literal segments all match, the one
    // with most literal segments first (`/v2/product/list` before `/v2/product/{id}`).
    const QList<QStringView> wanted = segments(bare);
    const ApiOperation *best = nullptr;
    int bestLiterals = -1;
    for (qsizetype index = 0; index < m_operations.size(); ++index) {
        const QStringList &pattern = m_patterns.at(index);
        const ApiOperation &operation = m_operations.at(index);
        if (pattern.size() != wanted.size() || operation.method != upper)
            continue;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (pattern.at(i).isEmpty()) // a parameter
                continue;
            matches = pattern.at(i) == wanted.at(i);
            ++literals;
        }
        if (matches && literals > bestLiterals) {
            best = &operation;
            bestLiterals = literals;
        }
    }
    return best;
}

} // namespace xlink
