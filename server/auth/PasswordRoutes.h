#pragma once

#include "AuthServices.h"

#include <QHttpServerResponse>

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
    QHttpServerResponse forgot(const RequestContext& ctx) const;
    QHttpServerResponse reset(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
