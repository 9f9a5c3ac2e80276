#pragma once

#include "AuthServices.h"

#include "http/HttpResponse.h"

#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// Accounts created for someone else (at a town-hall desk, by an operator) have no password:
// their owner sets one with a one-time activation code, valid 48 hours, mailed or handed
// over on a sheet. POST /auth/activate {email, code, password} → 204; the code works once,
// wrong codes are counted and throttled as every mailed code is (CodeCheck), and an unknown
// address, an account already activated and a wrong code all answer 400 invalid_code.
class ActivationRoutes
{
public:
    static constexpr qint64 CodeLifetimeMs = 48LL * 3600 * 1000;
    // The stored hash of an account that has no password yet: no password verifies against it.
    static inline const QString NoPassword = QStringLiteral("!");

    explicit ActivationRoutes(const AuthServices& services);
    ActivationRoutes(const ActivationRoutes&) = delete;
    ActivationRoutes& operator=(const ActivationRoutes&) = delete;

    void registerOn(ApiRouter& router);

    // A new activation code for the account of `email`, stored hashed in the caller's
    // transaction; returns the code.
    static QString issue(const AuthServices& services, const QSqlDatabase& db, const QString& email, qint64 now);

private:
    HttpResponse activate(const RequestContext& ctx) const;

    AuthServices m_services;
};

} // namespace citoyens::server
