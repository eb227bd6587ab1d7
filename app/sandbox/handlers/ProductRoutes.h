#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

#include <QJsonObject>
#include <QMap>

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
    // The datapoint of the route's {pid}/{id} and its product's datapoints, or null with the
    // error to answer.
    QJsonObject *datapointOf(
        const RouteContext &context, QMap<qint64, QJsonObject> **siblings, int *errorCode);
    SandboxReply updateDatapoint(const RouteContext &context);
    SandboxReply deleteDatapoint(const RouteContext &context);
    SandboxReply firmwares(const RouteContext &context) const;
    SandboxReply createFirmware(const RouteContext &context);
    SandboxReply deleteFirmware(const RouteContext &context);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
