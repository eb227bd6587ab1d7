#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

#include <QJsonObject>

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// What a device carries: extension properties, current datapoint values (v_device), datapoint
// commands, probes and snapshots.
class DeviceDataRoutes final : public RouteGroup
{
public:
    explicit DeviceDataRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    // The device of the route's {pid}/{did}, or the error to answer.
    QJsonObject *deviceOf(const RouteContext &context, int *errorCode) const;
    SandboxReply properties(const RouteContext &context) const;
    SandboxReply writeProperties(const RouteContext &context, bool create);
    SandboxReply deleteProperty(const RouteContext &context);
    SandboxReply command(const RouteContext &context);
    // A device's mirrored state: its datapoint values by index and its connection facts.
    QJsonObject mirror(const QJsonObject &device) const;
    SandboxReply status(const RouteContext &context) const;
    SandboxReply probe(const RouteContext &context) const;
    SandboxReply snapshots(const RouteContext &context) const;

    SandboxState &m_state;
};

} // namespace xlink::sandbox
