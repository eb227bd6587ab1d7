#include "JsonSchemaCheck.h"

#include "JsonTextPosition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <exception>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// valijson's context is {"<root>", "[name]", "[0]", ...}; a bracketed number is an array index
// unless the parent is an object, which the context does not say: a property named "0" is
// shown as an index.
QString pathOf(const std::vector<std::string> &context)
{
    QString path = u"$"_s;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context.at(i));
        if (part.startsWith(u'[') && part.endsWith(u']'))
            part = part.mid(1, part.size() - 2);
        bool isIndex = false;
        const qlonglong index = part.toLongLong(&isIndex);
        path = isIndex ? JsonTextPosition::appendIndex(path, index)
                       : JsonTextPosition::appendKey(path, part);
    }
    return path;
}

QString messageOf(const std::string &description)
{
    QString message = QString::fromStdString(description);
    // SchemaTranslator checks integers with a `not` (see there); nothing else uses one.
    if (message.contains(u"'not' constraint"_s))
        return u"Value should be an integer."_s;
    return message;
}

// valijson reports a failure on every level that contains it ("Failed to validate against
// schema associated with property name 'a'" above the real problem at $.a.b). Only the
// innermost problems help: a summary is dropped when a problem below it is reported.
QList<SchemaProblem> innermost(QList<SchemaProblem> problems)
{
    QList<SchemaProblem> result;
    for (const SchemaProblem &problem : problems) {
        const bool isSummary = problem.message.startsWith(u"Failed to validate"_s);
        bool hasDeeper = false;
        if (isSummary) {
            for (const SchemaProblem &other : problems) {
                if (&other != &problem && other.path.size() > problem.path.size()
                    && other.path.startsWith(problem.path)) {
                    hasDeeper = true;
                    break;
                }
            }
        }
        if (!hasDeeper && !result.contains(problem))
            result.append(problem);
    }
    return result;
}

QJsonValue withoutFormats(const QJsonValue &node, int depth = 0);

// The schemas of a keyword whose value is a name -> schema map.
QJsonObject eachWithoutFormats(const QJsonObject &map, int depth)
{
    QJsonObject result;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        result.insert(it.key(), withoutFormats(it.value(), depth + 1));
    return result;
}

// `node` as a schema with every `format` keyword removed (a property *named* format stays).
QJsonValue withoutFormats(const QJsonValue &node, int depth)
{
    if (depth > 64)
        return node;
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withoutFormats(array.at(i), depth + 1);
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject schema = node.toObject();
    if (schema.value(u"format"_s).isString())
        schema.remove(u"format"_s);
    for (const QString &keyword : { u"properties"_s, u"patternProperties"_s, u"definitions"_s }) {
        if (schema.value(keyword).isObject())
            schema.insert(keyword, eachWithoutFormats(schema.value(keyword).toObject(), depth));
    }
    for (const QString &keyword : { u"items"_s, u"additionalProperties"_s, u"additionalItems"_s,
             u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"not"_s }) {
        if (schema.contains(keyword))
            schema.insert(keyword, withoutFormats(schema.value(keyword), depth + 1));
    }
    return schema;
}

std::shared_ptr<const valijson::Schema> parsed(const QJsonObject &jsonSchema)
{
    auto schema = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    const valijson::adapters::QtJsonAdapter adapter(jsonSchema);
    parser.populateSchema(adapter, *schema);
    return schema;
}

} // namespace

JsonSchemaCheck::JsonSchemaCheck(const QJsonObject &jsonSchema)
{
    try {
        m_schema = parsed(jsonSchema);
        m_withoutFormats = parsed(withoutFormats(jsonSchema).toObject());
    } catch (const std::exception &error) {
        m_schema.reset();
        m_schemaError = QString::fromStdString(error.what());
    }
}

JsonSchemaCheck::~JsonSchemaCheck() = default;

bool JsonSchemaCheck::isUsable() const
{
    return m_schema != nullptr;
}

QString JsonSchemaCheck::schemaError() const
{
    return m_schemaError;
}

QList<SchemaProblem> JsonSchemaCheck::check(const QJsonValue &value) const
{
    if (!m_schema)
        return { { u"$"_s, u"The schema cannot be used: "_s + m_schemaError, 0 } };
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    QList<SchemaProblem> problems;
    try {
        if (validator.validate(*m_schema, target, &results))
            return {};
    } catch (const std::exception &error) {
        // A format on a value of another type (see m_withoutFormats): its type is the problem.
        valijson::ValidationResults typeResults;
        try {
            if (!m_withoutFormats || validator.validate(*m_withoutFormats, target, &typeResults))
                return { { u"$"_s, QString::fromStdString(error.what()), 0 } };
        } catch (const std::exception &) {
            return { { u"$"_s, QString::fromStdString(error.what()), 0 } };
        }
        results = std::move(typeResults);
    }
    valijson::ValidationResults::Error error;
    while (results.popError(error))
        problems.append({ pathOf(error.context), messageOf(error.description), 0 });
    problems = innermost(problems);
    if (problems.isEmpty())
        problems.append({ u"$"_s, u"The value does not match its schema."_s, 0 });
    return problems;
}

QList<SchemaProblem> JsonSchemaCheck::checkText(const QByteArray &text) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonTextPosition::LineColumn where = JsonTextPosition::at(text, parseError.offset);
        return { { u"$"_s,
            u"Not valid JSON (column %1): %2"_s.arg(where.column).arg(parseError.errorString()),
            where.line } };
    }
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QList<SchemaProblem> problems = check(value);
    QStringList paths;
    for (const SchemaProblem &problem : std::as_const(problems))
        paths.append(problem.path);
    const QHash<QString, int> lines = JsonTextPosition::linesOf(text, paths);
    for (SchemaProblem &problem : problems)
        problem.line = lines.value(problem.path, 1);
    return problems;
}

} // namespace xlink
