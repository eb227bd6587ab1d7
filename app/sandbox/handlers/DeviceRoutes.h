#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// Devices of a product: query, CRUD, batch import; statistics summary.
class DeviceRoutes final : public RouteGroup
{
public:
    explicit DeviceRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    SandboxReply query(const RouteContext &context) const;
    SandboxReply create(const RouteContext &context);
    SandboxReply createBatch(const RouteContext &context);
    SandboxReply update(const RouteContext &context);
    SandboxReply remove(const RouteContext &context);
    SandboxReply summary() const;
    // 0, or the code when `mac` is malformed (4001001) or taken in the product (4001021).
    int checkMac(const QString &productId, const QString &mac) const;
    // A new, never activated device with the next id; the caller stores it.
    QJsonObject newDevice(const QString &productId, const QString &mac);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
