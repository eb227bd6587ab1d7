#pragma once

#include "catalogue/LocalizedText.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

struct ApiParameter
{
    QString name;
    QString in; // path, query, header
    bool required = false;
    QJsonObject schema; // JSON Schema (translated)
    LocalizedText description;
};

struct ApiTag
{
    QString name;
    LocalizedText description;
};

// One operation of the platform's API, as the OpenAPI description gives it, with its schemas
// already translated to JSON Schema (SchemaTranslator) for the checks.
struct ApiOperation
{
    QString method; // upper case: GET, POST, ...
    QString path; // as in the document: /v2/product/{product_id}
    QString operationId;
    LocalizedText summary;
    QString description;
    QString tag;
    // Each entry is one way to call it: the scheme names that must all be present (in practice
    // one). An empty list means no login at all (a login or token call).
    QList<QStringList> security;
    // A call that takes its token in the `access_token` query parameter instead of the
    // Access-Token header (the WeChat gateway): the scheme the token must come from.
    QString tokenQueryLogin;
    QList<ApiParameter> parameters;
    bool hasRequestBody = false;
    bool requestBodyRequired = false;
    bool requestIsJson = false; // the body is JSON (not an upload)
    QJsonObject requestSchema; // JSON Schema for a request body; empty without one
    // The request body's schema as the document writes it (OpenAPI, with the descriptions in
    // both languages that the JSON Schema leaves out), for the field help.
    QJsonObject openApiRequestSchema;
    QJsonValue requestExample; // Undefined without one
    int successStatus = 200;
    QJsonObject responseSchema; // JSON Schema of the success body; empty for a body-less one
    QJsonValue responseExample;
    bool responseIsJson = false;
    QList<int> errorCodes;
    // Names of the properties marked as secrets (format: password or x-xlink-secret), in the
    // request or the response.
    QStringList secretFields;
    QStringList contradictions;
    QString source; // the document page, e.g. 物联平台管理接口文档/产品与设备管理接口.md

    // The scheme names of every way to call it, without repeats.
    QStringList logins() const;
    bool needsLogin() const { return !security.isEmpty(); }
};

} // namespace xlink
