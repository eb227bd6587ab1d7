#pragma once

#include "ApiOperation.h"
#include "JsonSchemaCheck.h"
#include "auth/Session.h"
#include "http/SandboxReply.h"
#include "http/SandboxRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xlink::sandbox {

// What the platform checks before it runs a call, as the API description states it: that the
// token's login is one the call accepts, and that the body matches the request schema.
class OperationCheck final
{
public:
    // `document` is the description's JSON: it says which bodies are JSON (not uploads).
    explicit OperationCheck(const QJsonObject &document);

    // The 403 code for a login the operation does not accept: "needs the enterprise's
    // permission" for a login outside the enterprise where an enterprise login would do,
    // "forbidden" otherwise (the documents name no 403 code for any call).
    static int forbiddenCode(const ApiOperation &operation, const Session &session);

    // Nothing when `session` may call `operation`, else the 403 reply.
    static std::optional<SandboxReply> checkLogin(
        const ApiOperation &operation, const Session &session);

    // Nothing when the body fits the request schema (or the operation has none), else a 400
    // reply whose message names the JSON path of the first problems.
    std::optional<SandboxReply> checkBody(
        const ApiOperation &operation, const SandboxRequest &request);

    // The operation's own object in the description's JSON (`paths.<path>.<method>`), for what
    // ApiOperation does not carry, such as the media types of its bodies.
    static QJsonObject operationNode(const QJsonObject &document, const ApiOperation &operation);

private:
    bool takesJson(const ApiOperation &operation) const;

    QJsonObject m_document;
    // Schemas are parsed once per operation, on its first call.
    QHash<QString, JsonSchemaCheck> m_checks;
};

} // namespace xlink::sandbox
