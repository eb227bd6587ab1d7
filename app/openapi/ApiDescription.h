#pragma once

#include "ApiOperation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

// The platform's API as the OpenAPI description the console ships
// (resources/api/openapi/, bundled at build time): its operations, tags and login schemes.
class ApiDescription final
{
public:
    ApiDescription() = default;

    // The built-in description, read and translated on first use (not at start-up).
    static const ApiDescription &builtin();
    // The built-in document exactly as bundled (compact JSON).
    static QByteArray builtinDocument();

    // Reads a bundled document; `error` says why it could not be read (then the result is
    // empty).
    static ApiDescription fromDocument(const QByteArray &json, QString *error = nullptr);
    static ApiDescription fromDocument(const QJsonObject &document);

    bool isEmpty() const { return m_operations.isEmpty(); }
    const QJsonObject &document() const { return m_document; }
    const QList<ApiOperation> &operations() const { return m_operations; }
    const QList<ApiTag> &tags() const { return m_tags; }
    // Scheme name -> its description.
    const QHash<QString, QString> &securitySchemes() const { return m_schemes; }

    const ApiOperation *byOperationId(const QString &operationId) const;
    // `METHOD` (any case) and a path written as in the document, with any parameter names
    // (`/v2/product/{id}`), or with values in their place (`/v2/product/160fa2af...`).
    const ApiOperation *find(const QString &method, const QString &path) const;

private:
    QJsonObject m_document;
    QList<ApiOperation> m_operations;
    QList<QStringList> m_patterns; // each operation's path segments, a parameter as ""
    QList<ApiTag> m_tags;
    QHash<QString, QString> m_schemes;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byShape; // "GET /v2/product/{}"
};

} // namespace xlink
