// RapidJSON before anything that includes it (see there).
#include "JsonSchemaCheck.h"

#include "JsonSchemaWalker.h"
#include "JsonTextPosition.h"
#include "RapidJson.h"

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

// The context without its root, brackets removed: member names and indexes.
QStringList namesOf(const std::vector<std::string> &context)
{
    QStringList steps;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context.at(i));
        if (part.startsWith(u'[') && part.endsWith(u']'))
            part = part.mid(1, part.size() - 2);
        steps.append(part);
    }
    return steps;
}

// The word at the end of a validator message ("... less than or equal to 5.000000"), a
// number as people write it ("5").
QString trailingNumber(const QString &message)
{
    QString text = message.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    const QString word = text.mid(text.lastIndexOf(u' ') + 1);
    bool isNumber = false;
    const double number = word.toDouble(&isNumber);
    return isNumber ? QString::number(number, 'g', 15) : word;
}

QString numberAfter(const QString &message, const QString &lead)
{
    const qsizetype at = message.indexOf(lead);
    if (at < 0)
        return {};
    const QString rest = message.mid(at + lead.size()).trimmed();
    return rest.section(u' ', 0, 0);
}

QString valuesText(const QJsonArray &values)
{
    QStringList texts;
    for (const QJsonValue &value : values) {
        texts.append(value.isString() ? value.toString()
                                      : QString::fromUtf8(QJsonDocument(QJsonArray { value })
                                                              .toJson(QJsonDocument::Compact)
                                                              .mid(1)
                                                              .chopped(1)));
    }
    return texts.join(u", "_s);
}

// A problem from the validator's words, with its kind and what the message needs to say it
// in another language (the types, values, limits the schema gives at that place).
template<typename Node>
SchemaProblem problemOf(const std::vector<std::string> &context, const std::string &description,
    const JsonSchemaWalker &walker, const Node &value)
{
    SchemaProblem problem;
    problem.path = pathOf(context);
    problem.message = QString::fromStdString(description);
    const QString &message = problem.message;
    const QList<JsonSchemaWalker::Step> steps = JsonSchemaWalker::stepsIn(value, namesOf(context));
    using Kind = SchemaProblem::Kind;
    if (message.contains(u"'not' constraint"_s)) {
        // SchemaTranslator checks integers with a `not` (see there); nothing else uses one.
        problem.message = u"Value should be an integer."_s;
        problem.kind = Kind::NotInteger;
    } else if (message.startsWith(u"Value type not permitted"_s)) {
        problem.kind = Kind::WrongType;
        problem.detail = walker.typesAt(steps).join(u',');
    } else if (message.startsWith(u"Missing required property '"_s)) {
        problem.kind = Kind::MissingField;
        problem.detail = message.section(u'\'', 1, 1);
    } else if (message.startsWith(u"Failed to match against any enum"_s)) {
        problem.kind = Kind::NotInEnum;
        problem.detail = valuesText(walker.enumAt(steps));
    } else if (message.startsWith(u"String should be no fewer than "_s)) {
        problem.kind = Kind::TooShort;
        problem.detail = numberAfter(message, u"no fewer than"_s);
    } else if (message.startsWith(u"String should be no more than "_s)) {
        problem.kind = Kind::TooLong;
        problem.detail = numberAfter(message, u"no more than"_s);
    } else if (message.startsWith(u"Array should contain no fewer than "_s)) {
        problem.kind = Kind::TooFewItems;
        problem.detail = numberAfter(message, u"no fewer than"_s);
    } else if (message.startsWith(u"Array should contain no more than "_s)) {
        problem.kind = Kind::TooManyItems;
        problem.detail = numberAfter(message, u"no more than"_s);
    } else if (message.startsWith(u"Expected number greater than"_s)) {
        problem.kind = Kind::BelowMinimum;
        problem.detail
            = (message.contains(u"or equal"_s) ? u">= "_s : u"> "_s) + trailingNumber(message);
    } else if (message.startsWith(u"Expected number less than"_s)) {
        problem.kind = Kind::AboveMaximum;
        problem.detail
            = (message.contains(u"or equal"_s) ? u"<= "_s : u"< "_s) + trailingNumber(message);
    } else if (message.contains(u"'pattern' constraint"_s)) {
        problem.kind = Kind::PatternMismatch;
        problem.detail = walker.patternAt(steps);
    } else if (message.startsWith(u"String should be a valid "_s)) {
        problem.kind = Kind::BadFormat;
        problem.detail = trailingNumber(message);
    } else if (message.contains(u"anyOf constraint"_s)
        || message.contains(u"exactly one child schema"_s)) {
        problem.kind = Kind::NoAlternativeFits;
    }
    return problem;
}

// valijson reports a failure on every level that contains it ("Failed to validate against
// schema associated with property name 'a'" above the real problem at $.a.b), and for a
// oneOf/anyOf the failure of every branch. Only the telling problems help:
// - a summary goes when a concrete problem at its place or below is reported;
// - a wrong type goes when another branch's problem at the same place is not about the type
//   (a nullable date-time given "yesterday" is a bad date-time, not "should be null").
bool isSummary(const SchemaProblem &problem)
{
    return problem.message.startsWith(u"Failed to validate"_s);
}

QList<SchemaProblem> innermost(const QList<SchemaProblem> &problems)
{
    QList<SchemaProblem> result;
    for (const SchemaProblem &problem : problems) {
        const bool summary = isSummary(problem);
        const bool isType = problem.kind == SchemaProblem::Kind::WrongType;
        bool superseded = false;
        for (const SchemaProblem &other : problems) {
            if (&other == &problem || isSummary(other) || !other.path.startsWith(problem.path))
                continue;
            const bool samePlace = other.path.size() == problem.path.size();
            if ((summary && (samePlace || other.path.size() > problem.path.size()))
                || (isType && samePlace && other.kind != SchemaProblem::Kind::WrongType)) {
                superseded = true;
                break;
            }
        }
        if (!superseded && !result.contains(problem))
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
    : m_jsonSchema(jsonSchema)
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

namespace {

// valijson with the adapter for the kind of value given. A schema without formats (see
// JsonSchemaCheck::m_withoutFormats) is tried when a format is met on a value of another type.
template<typename Adapter, typename Node>
QList<SchemaProblem> validated(const valijson::Schema &schema,
    const valijson::Schema *withoutFormats, const QJsonObject &jsonSchema, const Node &value)
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const Adapter target(value);
    try {
        if (validator.validate(schema, target, &results))
            return {};
    } catch (const std::exception &error) {
        valijson::ValidationResults typeResults;
        try {
            if (!withoutFormats || validator.validate(*withoutFormats, target, &typeResults))
                return { { u"$"_s, QString::fromStdString(error.what()), 0 } };
        } catch (const std::exception &) {
            return { { u"$"_s, QString::fromStdString(error.what()), 0 } };
        }
        results = std::move(typeResults);
    }
    QList<SchemaProblem> problems;
    valijson::ValidationResults::Error error;
    const JsonSchemaWalker walker(jsonSchema);
    while (results.popError(error))
        problems.append(problemOf(error.context, error.description, walker, value));
    problems = innermost(problems);
    if (problems.isEmpty())
        problems.append({ u"$"_s, u"The value does not match its schema."_s, 0 });
    return problems;
}

// QJsonDocument's nesting limit: a deeper text is refused here too, before the validator's
// recursion could exhaust the stack.
constexpr int maxNesting = 1024;

// Builds a RapidJSON document as Qt would read the text: no deeper than Qt's limit, numbers
// read as Qt reads them, and a whole number in the 32-bit range written as a fraction ("3.0")
// read as the integer it is (Qt keeps every number as a double, and the schemas' integer test
// follows Qt's reading).
class QtLikeHandler final : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, QtLikeHandler>
{
public:
    explicit QtLikeHandler(rapidjson::Document &document)
        : m_document(document)
    { }

    bool Null() { return m_document.Null(); }
    bool Bool(bool value) { return m_document.Bool(value); }
    bool Int(int value) { return m_document.Int(value); }
    bool Uint(unsigned value) { return m_document.Uint(value); }
    bool Int64(int64_t value) { return m_document.Int64(value); }
    bool Uint64(uint64_t value) { return m_document.Uint64(value); }
    bool Double(double value)
    {
        if (value >= -2147483648.0 && value <= 2147483647.0 && value == double(int(value)))
            return m_document.Int(int(value));
        return m_document.Double(value);
    }
    // Numbers arrive as text (kParseNumbersAsStringsFlag) so that one Qt refuses is refused
    // here too: Qt reads them with QByteArray::toDouble, which fails on a value beyond a
    // double's range either way ("1e400", "6e-99999"), where RapidJSON would give 0.
    bool RawNumber(const char *text, rapidjson::SizeType length, bool /*copy*/)
    {
        // Most numbers in a body are small whole ones: read without a conversion call.
        if (length > 0 && length <= 9) {
            const bool negative = text[0] == '-';
            int value = 0;
            rapidjson::SizeType i = negative ? 1 : 0;
            for (; i < length && text[i] >= '0' && text[i] <= '9'; ++i)
                value = value * 10 + (text[i] - '0');
            if (i == length && length > (negative ? 1u : 0u))
                return m_document.Int(negative ? -value : value);
        }
        bool ok = false;
        const double value = QByteArray::fromRawData(text, qsizetype(length)).toDouble(&ok);
        return ok && Double(value);
    }
    bool String(const char *text, rapidjson::SizeType length, bool copy)
    {
        return m_document.String(text, length, copy);
    }
    bool Key(const char *text, rapidjson::SizeType length, bool copy)
    {
        return m_document.Key(text, length, copy);
    }
    bool StartObject() { return ++m_depth <= maxNesting && m_document.StartObject(); }
    bool EndObject(rapidjson::SizeType members)
    {
        --m_depth;
        return m_document.EndObject(members);
    }
    bool StartArray() { return ++m_depth <= maxNesting && m_document.StartArray(); }
    bool EndArray(rapidjson::SizeType items)
    {
        --m_depth;
        return m_document.EndArray(items);
    }

private:
    rapidjson::Document &m_document;
    int m_depth = 0;
};

// True when `text` is one JSON value that RapidJSON read into `document`. Iterative, so a
// hostile nesting costs no stack; strict UTF-8, as Qt's parser is.
bool parsedFast(const QByteArray &text, rapidjson::Document *document)
{
    bool ok = false;
    auto generate = [&text, &ok](rapidjson::Document &target) {
        QtLikeHandler handler(target);
        rapidjson::MemoryStream stream(text.constData(), size_t(text.size()));
        rapidjson::Reader reader;
        // RapidJSON takes a NUL byte for the end of its input; Qt reads on and refuses what
        // follows, so the whole text must have been read.
        ok = !reader
                  .Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag
                      | rapidjson::kParseNumbersAsStringsFlag>(stream, handler)
                  .IsError()
            && stream.Tell() == size_t(text.size());
        return ok;
    };
    document->Populate(generate);
    // Qt takes only an object or an array as a document; a bare value is its error to say.
    return ok && (document->IsObject() || document->IsArray());
}

} // namespace

QList<SchemaProblem> JsonSchemaCheck::check(const QJsonValue &value) const
{
    if (!m_schema)
        return { { u"$"_s, u"The schema cannot be used: "_s + m_schemaError, 0 } };
    return validated<valijson::adapters::QtJsonAdapter>(
        *m_schema, m_withoutFormats.get(), m_jsonSchema, value);
}

QList<SchemaProblem> JsonSchemaCheck::checkText(const QByteArray &text, Members members) const
{
    if (!m_schema)
        return { { u"$"_s, u"The schema cannot be used: "_s + m_schemaError, 0 } };
    QList<SchemaProblem> problems;
    // RapidJSON reads a large body several times faster than Qt's JSON, and valijson walks
    // it without Qt's copies. Where RapidJSON refuses a text, Qt's parser has the last word:
    // it says why in the words the console shows for JSON everywhere, or reads what
    // RapidJSON did not (a number too large for it).
    rapidjson::Document document;
    if (parsedFast(text, &document)) {
        problems = validated<valijson::adapters::RapidJsonAdapter>(
            *m_schema, m_withoutFormats.get(), m_jsonSchema, document);
        if (members == Members::ReportUnknown)
            problems.append(JsonSchemaWalker(m_jsonSchema).unknownFields(document));
    } else {
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const JsonTextPosition::LineColumn where
                = JsonTextPosition::at(text, parseError.offset);
            SchemaProblem problem;
            problem.path = u"$"_s;
            problem.message = u"Not valid JSON (column %1): %2"_s.arg(where.column)
                                  .arg(parseError.errorString());
            problem.line = where.line;
            problem.kind = SchemaProblem::Kind::InvalidJson;
            problem.detail = u"%1 (column %2)"_s.arg(parseError.errorString()).arg(where.column);
            return { problem };
        }
        const QJsonValue value
            = parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object());
        problems = check(value);
        if (members == Members::ReportUnknown)
            problems.append(JsonSchemaWalker(m_jsonSchema).unknownFields(value));
    }
    if (problems.isEmpty())
        return problems;
    QStringList paths;
    for (const SchemaProblem &problem : std::as_const(problems))
        paths.append(problem.path);
    const QHash<QString, int> lines = JsonTextPosition::linesOf(text, paths);
    for (SchemaProblem &problem : problems)
        problem.line = lines.value(problem.path, 1);
    return problems;
}

} // namespace xlink
