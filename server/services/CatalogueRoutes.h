#pragma once

#include "ServiceDeps.h"

#include <QHttpServerResponse>

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
    QHttpServerResponse communes(const RequestContext& ctx) const;
    QHttpServerResponse beneficiaryOptions(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
