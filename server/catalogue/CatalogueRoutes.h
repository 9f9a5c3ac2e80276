#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET /communes (public), GET /beneficiary-options.
class CatalogueRoutes
{
public:
    explicit CatalogueRoutes(const ServiceDeps& deps);
    CatalogueRoutes(const CatalogueRoutes&) = delete;
    CatalogueRoutes& operator=(const CatalogueRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse communes(const RequestContext& ctx) const;
    HttpResponse beneficiaryOptions(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
