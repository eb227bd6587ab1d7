#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

#include <QJsonObject>

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
    SandboxReply rules(const RouteContext &context) const;
    SandboxReply createRule(const RouteContext &context);
    SandboxReply updateRule(const RouteContext &context);
    SandboxReply deleteRule(const RouteContext &context);
    SandboxReply messages(const RouteContext &context) const;
    SandboxReply createTask(const RouteContext &context);
    SandboxReply tasks(const RouteContext &context) const;
    SandboxReply setTaskStatus(const RouteContext &context);
    // Reads the rule fields of `body` into `rule`: 0 or the error code.
    int applyRuleFields(FieldReader &body, QJsonObject &rule, qint64 ownId) const;

    SandboxState &m_state;
};

} // namespace xlink::sandbox
