#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

#include <optional>

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// App users, their subscriptions, and device sharing between them.
class UserRoutes final : public RouteGroup
{
public:
    explicit UserRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    // The {uid} of the route if the caller may act on it, or the error to answer: an app user
    // may only act on itself.
    std::optional<qint64> userOf(const RouteContext &context, int *errorCode) const;
    SandboxReply query(const RouteContext &context) const;
    SandboxReply setStatus(const RouteContext &context);
    SandboxReply subscribedDevices(const RouteContext &context) const;
    SandboxReply unsubscribe(const RouteContext &context);
    SandboxReply share(const RouteContext &context);
    SandboxReply answerShare(const RouteContext &context, const QString &action);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
