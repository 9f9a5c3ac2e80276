#pragma once

#include "AuthServices.h"

#include "http/HttpResponse.h"
#include <QJsonObject>

namespace citoyens::server {

class ApiRouter;
struct IssuedTokens;
struct RequestContext;
struct StoredAccount;

// /auth/register, /auth/register/verify, /auth/login, /auth/refresh, /auth/logout.
class AuthRoutes
{
public:
    explicit AuthRoutes(const AuthServices& services);
    AuthRoutes(const AuthRoutes&) = delete;
    AuthRoutes& operator=(const AuthRoutes&) = delete;

    void registerOn(ApiRouter& router);

    // The Tokens object of the API.
    static QJsonObject tokensJson(const IssuedTokens& tokens, const StoredAccount& account,
                                  const AuthSettings& settings);

private:
    HttpResponse registerAccount(const RequestContext& ctx) const;
    HttpResponse verifyRegistration(const RequestContext& ctx) const;
    HttpResponse login(const RequestContext& ctx) const;
    HttpResponse refresh(const RequestContext& ctx) const;
    HttpResponse logout(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
