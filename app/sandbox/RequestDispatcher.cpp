#include "RequestDispatcher.h"

#include "handlers/AlarmRoutes.h"
#include "handlers/AuthRoutes.h"
#include "handlers/CorpRoutes.h"
#include "handlers/DataTableRoutes.h"
#include "handlers/DeviceDataRoutes.h"
#include "handlers/DeviceRoutes.h"
#include "handlers/ProductRoutes.h"
#include "handlers/UserRoutes.h"
#include "state/DemoIdentities.h"

namespace xlink::sandbox {

using namespace Qt::StringLiterals;

RequestDispatcher::RequestDispatcher(const SandboxOptions &options)
    : m_state(SandboxState::seeded())
    , m_tokens(options.tokenTtlSeconds, options.tokenMarker)
    , m_throttle(options.maxFailedLogins, options.lockoutSeconds)
    , m_api(ApiDescription::builtin())
    , m_checks(m_api.document())
    , m_answers(m_api.document(), m_state, m_tokens)
{
    if (!options.memberPassword.isEmpty()) {
        for (const char16_t *account : { demo::memberAccount, demo::memberPhone })
            m_state.memberAccounts[QString::fromUtf16(account)].password = options.memberPassword;
    }
    m_groups.push_back(std::make_unique<AuthRoutes>(m_state, m_tokens, m_throttle));
    m_groups.push_back(std::make_unique<CorpRoutes>(m_state));
    m_groups.push_back(std::make_unique<ProductRoutes>(m_state));
    m_groups.push_back(std::make_unique<DeviceRoutes>(m_state));
    m_groups.push_back(std::make_unique<DeviceDataRoutes>(m_state));
    m_groups.push_back(std::make_unique<AlarmRoutes>(m_state));
    m_groups.push_back(std::make_unique<DataTableRoutes>(m_state));
    m_groups.push_back(std::make_unique<UserRoutes>(m_state));
    for (const auto &group : m_groups)
        group->registerRoutes(m_router);
}

RequestDispatcher::~RequestDispatcher() = default;

namespace {

// The values of an operation's {parameters} in a request's path.
QHash<QString, QString> pathValues(const ApiOperation &operation, const QStringList &segments)
{
    QHash<QString, QString> values;
    const QStringList pattern = operation.path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < pattern.size() && i < segments.size(); ++i) {
        const QString &name = pattern.at(i);
        if (name.startsWith(u'{') && name.endsWith(u'}'))
            values.insert(name.mid(1, name.size() - 2), segments.at(i));
    }
    return values;
}

} // namespace

SandboxReply RequestDispatcher::dispatch(const SandboxRequest &request)
{
    const ApiOperation *operation
        = m_api.find(QString::fromLatin1(request.method), u'/' + request.pathSegments.join(u'/'));
    const std::optional<Router::Match> match = m_router.match(request.method, request.pathSegments);
    if (!match && !operation)
        return SandboxReply::error(4041001);
    const Router::Route *route = match ? match->route : nullptr;
    RouteContext context { request, match ? match->params : QHash<QString, QString> {}, nullptr };
    const bool needsToken
        = (route && route->access != Access::Public) || (operation && operation->needsLogin());
    if (needsToken) {
        const TokenStore::Lookup lookup = m_tokens.lookup(request.accessToken);
        if (lookup.status != TokenStore::Status::Valid)
            return SandboxReply::error(TokenStore::errorCode(lookup.status));
        // The description says which logins may call it; a route the description lacks keeps
        // its own rule.
        if (operation && operation->needsLogin()) {
            if (auto refused = OperationCheck::checkLogin(*operation, *lookup.session))
                return *refused;
        } else if (route->access == Access::Enterprise && !lookup.session->isEnterprise()) {
            return SandboxReply::error(4031004);
        }
        context.session = lookup.session;
    }
    // The WeChat gateway's calls take an app user's token in the query string instead.
    if (operation && !operation->tokenQueryLogin.isEmpty()) {
        const TokenStore::Lookup lookup = m_tokens.lookup(
            request.query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded).toLatin1());
        if (lookup.status != TokenStore::Status::Valid)
            return SandboxReply::error(TokenStore::errorCode(lookup.status));
        if (lookup.session->schemeName() != operation->tokenQueryLogin)
            return SandboxReply::error(OperationCheck::forbiddenCode(*operation, *lookup.session),
                u"this call takes %1 in access_token, not %2"_s.arg(
                    operation->tokenQueryLogin, lookup.session->schemeName()));
        context.session = lookup.session;
    }
    if (route) {
        SandboxReply reply = route->handler(context);
        // A handler that refuses a field says which one the way the description's check does.
        if (operation && reply.status == 400 && reply.errorDetail.isEmpty()
            && (reply.errorCode == 4001001 || reply.errorCode == 4001002)) {
            if (auto invalid = m_checks.checkBody(*operation, request))
                reply.errorDetail = invalid->errorDetail;
        }
        return reply;
    }
    // A body the description's schema refuses gets the JSON path of what is wrong.
    if (auto invalid = m_checks.checkBody(*operation, request))
        return *invalid;
    return m_answers.answer(
        *operation, pathValues(*operation, request.pathSegments), context.session);
}

} // namespace xlink::sandbox
