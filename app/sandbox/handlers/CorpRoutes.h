#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// The enterprise, its members, and its access keys.
class CorpRoutes final : public RouteGroup
{
public:
    explicit CorpRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    SandboxReply corp(const RouteContext &context) const;
    SandboxReply members(const RouteContext &context) const;
    SandboxReply createAccessKey(const RouteContext &context);
    SandboxReply setAccessKeyStatus(const RouteContext &context);
    SandboxReply deleteAccessKey(const RouteContext &context);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
