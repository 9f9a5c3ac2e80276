#pragma once

#include "AuthServices.h"

#include <QHttpServerResponse>
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
    QHttpServerResponse registerAccount(const RequestContext& ctx) const;
    QHttpServerResponse verifyRegistration(const RequestContext& ctx) const;
    QHttpServerResponse login(const RequestContext& ctx) const;
    QHttpServerResponse refresh(const RequestContext& ctx) const;
    QHttpServerResponse logout(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
