#pragma once

namespace xlink::sandbox {

class Router;

// A set of related endpoints (auth, enterprise, products, ...) that registers its routes.
class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    virtual void registerRoutes(Router &router) = 0;
};

} // namespace xlink::sandbox
