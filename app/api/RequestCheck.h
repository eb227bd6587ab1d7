#pragma once

#include "ApiOperation.h"
#include "Environment.h"
#include "SchemaProblem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

// Whether the session's login may make a call, as the call's document says.
struct LoginFit
{
    bool fits = true;
    QStringList accepted; // the scheme names the call accepts (corpToken, appUserToken, ...)
    // The accepted logins in the current language: "an app-user login or a dealer login".
    QString acceptedText;
};

// What the console and `xlink-cli call` check before they send a request of a documented
// operation, and after its answer: the body against the request schema (including members
// the call does not take), the login against the call's security, the success body against
// the response schema. Schemas are compiled once per operation; every function is
// thread-safe, so a large body can be checked off the GUI thread.
class RequestCheck final
{
public:
    // The documented operation a request is for: its method and path (the query and an
    // absolute URL's origin are ignored), or nullptr when the document has none.
    static const ApiOperation *operationFor(const QString &method, const QString &target);

    static QString schemeOf(Environment::LoginKind kind);
    // "an enterprise member login", in the current language.
    static QString schemeTitle(const QString &scheme);
    static LoginFit loginFit(const ApiOperation &operation, Environment::LoginKind kind);

    // Problems of a request body (with their lines); none for an operation without a JSON
    // body schema. An empty body is a problem only when the operation requires one.
    static QList<SchemaProblem> checkBody(const ApiOperation &operation, const QByteArray &body);

    // Problems of an answer that is the documented success (its status, a JSON body) against
    // the response schema; none for any other answer.
    static QList<SchemaProblem> checkResponse(
        const ApiOperation &operation, int httpStatus, const QByteArray &body);
};

} // namespace xlink
