#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET /agent/queue, POST /agent/subscriptions/{id}/decision, POST /agent/beneficiaries/{id}/decision,
// GET /agent/settings: the desk agents' side, limited to the communes each agent serves. Every
// decision is audited; of two decisions on one item only the first counts (409 already_decided).
class QueueRoutes
{
public:
    explicit QueueRoutes(const ServiceDeps& deps);
    QueueRoutes(const QueueRoutes&) = delete;
    QueueRoutes& operator=(const QueueRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse queue(const RequestContext& ctx) const;
    HttpResponse decideSubscription(const RequestContext& ctx) const;
    HttpResponse decideBeneficiary(const RequestContext& ctx) const;
    HttpResponse settings(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
