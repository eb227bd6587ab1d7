#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

#include <QJsonObject>
#include <QMap>

namespace xlink::sandbox {

class FieldReader;
struct RouteContext;
struct SandboxState;

// Alarm rules, the enterprise's messages, and firmware upgrade tasks.
class AlarmRoutes final : public RouteGroup
{
public:
    explicit AlarmRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    // The bare array of `items` whose product_id is the ?product_id= of the request.
    SandboxReply ofProduct(
        const RouteContext &context, const QMap<qint64, QJsonObject> &items) const;
    SandboxReply createRule(const RouteContext &context);
    SandboxReply updateRule(const RouteContext &context);
    SandboxReply deleteRule(const RouteContext &context);
    SandboxReply messages(const RouteContext &context) const;
    SandboxReply createTask(const RouteContext &context);
    SandboxReply setTaskStatus(const RouteContext &context);
    // Reads the rule fields of `body` into `rule`: 0 or the error code.
    int applyRuleFields(FieldReader &body, QJsonObject &rule, qint64 ownId) const;

    SandboxState &m_state;
};

} // namespace xlink::sandbox
