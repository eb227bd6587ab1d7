#include "RequestCheck.h"

#include "ApiDescription.h"
#include "JsonSchemaCheck.h"
#include "JsonSchemaWalker.h"
#include "JsonTextPosition.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QUrl>

#include <memory>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

enum class Direction { Request, Response };

// One compiled check per operation and direction, made on first use.
std::shared_ptr<const JsonSchemaCheck> checkFor(const ApiOperation &operation, Direction direction)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const JsonSchemaCheck>> checks;
    const QString key = (direction == Direction::Request ? u"request "_s : u"response "_s)
        + operation.method + u' ' + operation.path;
    QMutexLocker lock(&mutex);
    auto it = checks.constFind(key);
    if (it != checks.constEnd())
        return it.value();
    auto check = std::make_shared<const JsonSchemaCheck>(
        direction == Direction::Request ? operation.requestSchema : operation.responseSchema);
    checks.insert(key, check);
    return check;
}

QString pathOf(const QString &target)
{
    QString path = target.trimmed();
    if (path.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || path.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        path = QUrl(path).path();
    }
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    const qsizetype fragment = path.indexOf(u'#');
    if (fragment >= 0)
        path.truncate(fragment);
    return path;
}

} // namespace

const ApiOperation *RequestCheck::operationFor(const QString &method, const QString &target)
{
    const QString path = pathOf(target);
    if (path.isEmpty())
        return nullptr;
    return ApiDescription::builtin().find(method.trimmed(), path);
}

QString RequestCheck::schemeOf(Environment::LoginKind kind)
{
    switch (kind) {
    case Environment::LoginKind::EnterpriseMember:
        return u"corpToken"_s;
    case Environment::LoginKind::AccessKey:
        return u"accessKeyToken"_s;
    case Environment::LoginKind::AppUser:
        return u"appUserToken"_s;
    }
    return {};
}

QString RequestCheck::schemeTitle(const QString &scheme)
{
    if (scheme == u"corpToken")
        return QCoreApplication::translate("xlink::RequestCheck", "an enterprise member login");
    if (scheme == u"accessKeyToken")
        return QCoreApplication::translate("xlink::RequestCheck", "an access-key login");
    if (scheme == u"appUserToken")
        return QCoreApplication::translate("xlink::RequestCheck", "an app-user login");
    if (scheme == u"dealerToken")
        return QCoreApplication::translate("xlink::RequestCheck", "a dealer login");
    if (scheme == u"heavyBuyerToken")
        return QCoreApplication::translate("xlink::RequestCheck", "a heavy-buyer login");
    if (scheme == u"deviceToken")
        return QCoreApplication::translate("xlink::RequestCheck", "a device login");
    return scheme;
}

LoginFit RequestCheck::loginFit(const ApiOperation &operation, Environment::LoginKind kind)
{
    LoginFit fit;
    fit.accepted = operation.logins();
    if (!operation.tokenQueryLogin.isEmpty() && !fit.accepted.contains(operation.tokenQueryLogin))
        fit.accepted.append(operation.tokenQueryLogin);
    // A call without a login (a login call itself) fits any session.
    fit.fits = fit.accepted.isEmpty() || fit.accepted.contains(schemeOf(kind));
    QStringList titles;
    for (const QString &scheme : std::as_const(fit.accepted))
        titles.append(schemeTitle(scheme));
    fit.acceptedText
        = titles.join(QCoreApplication::translate("xlink::RequestCheck", " or ", "between logins"));
    return fit;
}

QList<SchemaProblem> RequestCheck::checkBody(const ApiOperation &operation, const QByteArray &body)
{
    if (!operation.hasRequestBody || !operation.requestIsJson || operation.requestSchema.isEmpty())
        return {};
    if (body.trimmed().isEmpty()) {
        if (!operation.requestBodyRequired)
            return {};
        SchemaProblem problem;
        problem.path = u"$"_s;
        problem.message = u"This call needs a JSON body."_s;
        problem.line = 1;
        problem.kind = SchemaProblem::Kind::MissingBody;
        return { problem };
    }
    const std::shared_ptr<const JsonSchemaCheck> check = checkFor(operation, Direction::Request);
    if (!check->isUsable())
        return {};
    // Members the call does not take: the schema leaves them open (the platform ignores
    // them), but one is most often a misspelt field whose value is then never sent.
    return check->checkText(body, JsonSchemaCheck::Members::ReportUnknown);
}

QList<SchemaProblem> RequestCheck::checkResponse(
    const ApiOperation &operation, int httpStatus, const QByteArray &body)
{
    if (httpStatus != operation.successStatus || operation.responseSchema.isEmpty()
        || body.trimmed().isEmpty()) {
        return {};
    }
    const std::shared_ptr<const JsonSchemaCheck> check = checkFor(operation, Direction::Response);
    if (!check->isUsable())
        return {};
    if (!operation.responseIsJson)
        return check->check(QString::fromUtf8(body));
    return check->checkText(body);
}

} // namespace xlink
