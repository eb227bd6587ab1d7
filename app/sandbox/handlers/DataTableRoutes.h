#pragma once

#include "handlers/RouteGroup.h"
#include "http/SandboxReply.h"

namespace xlink::sandbox {

struct RouteContext;
struct SandboxState;

// Data tables and their rows.
class DataTableRoutes final : public RouteGroup
{
public:
    explicit DataTableRoutes(SandboxState &state);
    void registerRoutes(Router &router) override;

private:
    SandboxReply createTable(const RouteContext &context);
    SandboxReply createRow(const RouteContext &context);
    SandboxReply queryRows(const RouteContext &context) const;
    SandboxReply row(const RouteContext &context) const;
    SandboxReply updateRow(const RouteContext &context);
    SandboxReply deleteRow(const RouteContext &context);

    SandboxState &m_state;
};

} // namespace xlink::sandbox
