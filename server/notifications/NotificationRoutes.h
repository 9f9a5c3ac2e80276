#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET /me/notifications, POST /me/notifications/{id}/read.
class NotificationRoutes
{
public:
    explicit NotificationRoutes(const ServiceDeps& deps);
    NotificationRoutes(const NotificationRoutes&) = delete;
    NotificationRoutes& operator=(const NotificationRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse markRead(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
