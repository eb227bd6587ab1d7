#pragma once

#include "ApiDescription.h"
#include "SandboxOptions.h"
#include "auth/LoginThrottle.h"
#include "auth/TokenStore.h"
#include "documented/DocumentedAnswer.h"
#include "documented/OperationCheck.h"
#include "http/Router.h"
#include "state/SandboxState.h"

#include <memory>
#include <vector>

namespace xlink::sandbox {

class RouteGroup;

// The sandbox's logic without any networking: finds the operation of a request in the API
// description and the route that models it, checks its token and login kind the way the
// description says, and runs the route's handler against the in-memory state, or answers a
// call it keeps no state for from the description (DocumentedAnswer).
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
    const ApiDescription &m_api;
    OperationCheck m_checks;
    DocumentedAnswer m_answers;
};

} // namespace xlink::sandbox
