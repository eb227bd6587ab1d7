#include "documented/OperationCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace xlink::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr int invalidField = 4001001;
// How many problems the message lists: enough to fix a body, short enough to read.
constexpr qsizetype problemsShown = 3;

} // namespace

OperationCheck::OperationCheck(const QJsonObject &document)
    : m_document(document)
{ }

QJsonObject OperationCheck::operationNode(
    const QJsonObject &document, const ApiOperation &operation)
{
    return document.value(u"paths"_s)
        .toObject()
        .value(operation.path)
        .toObject()
        .value(operation.method.toLower())
        .toObject();
}

bool OperationCheck::takesJson(const ApiOperation &operation) const
{
    if (!operation.hasRequestBody || operation.requestSchema.isEmpty())
        return false;
    const QJsonObject content = operationNode(m_document, operation)
                                    .value(u"requestBody"_s)
                                    .toObject()
                                    .value(u"content"_s)
                                    .toObject();
    return content.isEmpty() || content.contains(u"application/json"_s);
}

int OperationCheck::forbiddenCode(const ApiOperation &operation, const Session &session)
{
    const QStringList logins = operation.logins();
    if (!session.isEnterprise()
        && (logins.contains(u"corpToken"_s) || logins.contains(u"accessKeyToken"_s)))
        return 4031004;
    return 4031001;
}

std::optional<SandboxReply> OperationCheck::checkLogin(
    const ApiOperation &operation, const Session &session)
{
    if (!operation.needsLogin() || operation.logins().contains(session.schemeName()))
        return std::nullopt;
    return SandboxReply::error(forbiddenCode(operation, session),
        u"this call accepts %1, not %2"_s.arg(
            operation.logins().join(u", "_s), session.schemeName()));
}

std::optional<SandboxReply> OperationCheck::checkBody(
    const ApiOperation &operation, const SandboxRequest &request)
{
    if (!takesJson(operation))
        return std::nullopt;
    if (request.body.trimmed().isEmpty()) {
        if (!operation.requestBodyRequired)
            return std::nullopt;
        return SandboxReply::error(invalidField, u"$: a JSON body is required"_s);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return SandboxReply::error(invalidField,
            u"$: not JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                .arg(parseError.offset));
    }
    auto check = m_checks.find(operation.operationId);
    if (check == m_checks.end())
        check = m_checks.insert(operation.operationId, JsonSchemaCheck(operation.requestSchema));
    if (!check->isUsable())
        return std::nullopt;
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QList<SchemaProblem> problems = check->check(value);
    if (problems.isEmpty())
        return std::nullopt;
    QStringList shown;
    for (qsizetype i = 0; i < problems.size() && i < problemsShown; ++i)
        shown.append(problems.at(i).path + u": "_s + problems.at(i).message);
    if (problems.size() > problemsShown)
        shown.append(u"and %1 more"_s.arg(problems.size() - problemsShown));
    return SandboxReply::error(invalidField, shown.join(u"; "_s));
}

} // namespace xlink::sandbox
