#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// Products, their datapoints and their firmware.
class ProductRoutes final : public RouteGroup
{
public:
    explicit ProductRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    SandboxReply createProduct(const RouteContext &context);
    SandboxReply updateProduct(const RouteContext &context);
    SandboxReply deleteProduct(const RouteContext &context);
    SandboxReply createDatapoint(const RouteContext &context);
    SandboxReply updateDatapoint(const RouteContext &context);
    SandboxReply deleteDatapoint(const RouteContext &context);
    SandboxReply firmwares(const RouteContext &context) const;
    SandboxReply createFirmware(const RouteContext &context);
    SandboxReply deleteFirmware(const RouteContext &context);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
