#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

namespace xlink::sandbox {

class LoginThrottle;
class TokenStore;
struct RouteContext;
struct SandboxState;

// Logins (member, access key, app user) and token refresh with rotation.
class AuthRoutes final : public RouteGroup
{
public:
    AuthRoutes(SandboxState &state, TokenStore &tokens, LoginThrottle &throttle);
    void registerRoutes(Router &router) override;

private:
    SandboxReply corpAuth(const RouteContext &context);
    SandboxReply accessKeyAuth(const RouteContext &context);
    SandboxReply userAuth(const RouteContext &context);
    SandboxReply refresh(const RouteContext &context, bool user);
    // Checks a password against an account, counting failures: 0 when it matches, else the
    // platform's code (4001007 wrong, 4001061 locked).
    int checkPassword(const QString &throttleKey, const QString &expected, const QString &given);

    SandboxState &m_state;
    TokenStore &m_tokens;
    LoginThrottle &m_throttle;
};

} // namespace xlink::sandbox
