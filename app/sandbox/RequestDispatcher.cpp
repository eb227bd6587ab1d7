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

RequestDispatcher::RequestDispatcher(const SandboxOptions &options)
    : m_state(SandboxState::seeded())
    , m_tokens(options.tokenTtlSeconds, options.tokenMarker)
    , m_throttle(options.maxFailedLogins, options.lockoutSeconds)
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

SandboxReply RequestDispatcher::dispatch(const SandboxRequest &request)
{
    const std::optional<Router::Match> match = m_router.match(request.method, request.pathSegments);
    if (!match)
        return SandboxReply::error(4041001);
    const Router::Route &route = *match->route;
    RouteContext context { request, match->params, nullptr };
    if (route.access != Access::Public) {
        const TokenStore::Lookup lookup = m_tokens.lookup(request.accessToken);
        if (lookup.status != TokenStore::Status::Valid)
            return SandboxReply::error(TokenStore::errorCode(lookup.status));
        if (route.access == Access::Enterprise && !lookup.session->isEnterprise())
            return SandboxReply::error(4031004);
        context.session = lookup.session;
    }
    return route.handler(context);
}

} // namespace xlink::sandbox
