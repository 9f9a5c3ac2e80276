#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// The administrators' routes: GET /admin/audit (the audit log, newest first, filtered by
// agent, citizen and period), GET/PUT /admin/settings (the agents' lock delay, audited).
// Citizens and agents get 403 administrators_only.
class AdminRoutes
{
public:
    static constexpr int MaxAuditEntries = 500;

    explicit AdminRoutes(const ServiceDeps& deps);
    AdminRoutes(const AdminRoutes&) = delete;
    AdminRoutes& operator=(const AdminRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse audit(const RequestContext& ctx) const;
    HttpResponse getSettings(const RequestContext& ctx) const;
    HttpResponse putSettings(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
