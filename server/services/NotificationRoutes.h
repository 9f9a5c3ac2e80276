#pragma once

#include "ServiceDeps.h"

#include <QHttpServerResponse>

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
    QHttpServerResponse list(const RequestContext& ctx) const;
    QHttpServerResponse markRead(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
