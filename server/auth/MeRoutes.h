#pragma once

#include "AuthServices.h"

#include <QHttpServerResponse>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET /me, PATCH /me, POST /me/password.
class MeRoutes
{
public:
    explicit MeRoutes(const AuthServices& services);
    MeRoutes(const MeRoutes&) = delete;
    MeRoutes& operator=(const MeRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse getMe(const RequestContext& ctx) const;
    QHttpServerResponse patchMe(const RequestContext& ctx) const;
    QHttpServerResponse changePassword(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
