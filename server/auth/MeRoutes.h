#pragma once

#include "AuthServices.h"

#include "http/HttpResponse.h"

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
    HttpResponse getMe(const RequestContext& ctx) const;
    HttpResponse patchMe(const RequestContext& ctx) const;
    HttpResponse changePassword(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
