#pragma once

#include "SandboxOptions.h"
#include "auth/LoginThrottle.h"
#include "auth/TokenStore.h"
#include "http/Router.h"
#include "state/SandboxState.h"

#include <memory>
#include <vector>

namespace xlink::sandbox {

class RouteGroup;

// The sandbox's logic without any networking: finds the route of a request, checks its token
// the way the platform does, and runs the handler against the in-memory state.
class RequestDispatcher final
{
public:
    explicit RequestDispatcher(const SandboxOptions &options);
    ~RequestDispatcher();
    Q_DISABLE_COPY_MOVE(RequestDispatcher)

    SandboxReply dispatch(const SandboxRequest &request);
    SandboxState &state() { return m_state; }

private:
    SandboxState m_state;
    TokenStore m_tokens;
    LoginThrottle m_throttle;
    Router m_router;
    std::vector<std::unique_ptr<RouteGroup>> m_groups;
};

} // namespace xlink::sandbox
