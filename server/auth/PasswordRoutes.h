#pragma once

#include "AuthServices.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// /auth/password/forgot and /auth/password/reset.
class PasswordRoutes
{
public:
    explicit PasswordRoutes(const AuthServices& services);
    PasswordRoutes(const PasswordRoutes&) = delete;
    PasswordRoutes& operator=(const PasswordRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse forgot(const RequestContext& ctx) const;
    HttpResponse reset(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
