#pragma once

#include "SchemaProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace valijson {
class Schema;
}

namespace xlink {

// Checks JSON against one JSON Schema (draft 4, as SchemaTranslator writes it) with valijson.
// The schema is parsed once; check() may then run any number of times, from any thread.
class JsonSchemaCheck final
{
public:
    explicit JsonSchemaCheck(const QJsonObject &jsonSchema);
    ~JsonSchemaCheck();
    JsonSchemaCheck(const JsonSchemaCheck &) = default;
    JsonSchemaCheck &operator=(const JsonSchemaCheck &) = default;

    // False when the schema itself could not be read; schemaError() says why.
    bool isUsable() const;
    QString schemaError() const;

    // Whether members that the schema does not name are problems too (see
    // JsonSchemaWalker::unknownFields): a request's misspelt field is worth a word, an
    // answer's extra field is not.
    enum class Members { AsSchemaSays, ReportUnknown };

    QList<SchemaProblem> check(const QJsonValue &value) const;
    // Parses `text` first (invalid JSON is one problem at `$` with its line), and gives each
    // problem the line where its value starts. Made for large texts: a 10 MB body is read
    // and checked in a fraction of the time Qt's JSON would take.
    QList<SchemaProblem> checkText(
        const QByteArray &text, Members members = Members::AsSchemaSays) const;

private:
    QJsonObject m_jsonSchema; // to say what a failed place expects (JsonSchemaWalker)
    std::shared_ptr<const valijson::Schema> m_schema;
    // The same schema without `format`: valijson checks a format by reading the value as a
    // string and throws (no path) on any other type, so a wrong-typed value of a field with a
    // format is found again with this one, at its path.
    std::shared_ptr<const valijson::Schema> m_withoutFormats;
    QString m_schemaError;
};

} // namespace xlink
