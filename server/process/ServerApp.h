#pragma once

#include "ServerConfig.h"
#include "auth/AuthSettings.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace citoyens::server {

class ApiRouter;
class HttpServer;
class AccessPolicy;
class ApiParticulierClient;
class Clock;
class AuthGuard;
class Database;
class Mailer;
class PasswordHasher;
class FileStore;
class Janitor;
class PaymentRoutes;
class RouteAreas;
class PayFipProvider;
class SandboxPaymentProvider;
class TopUpSettlement;
class OrderPaymentSettlement;
class SessionStore;
class Throttle;

// The composition root of `citoyens-server` (serve): builds every object once, in order,
// and wires them. Nothing else creates services.
class ServerApp : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerApp)

public:
    explicit ServerApp(ServerConfig config, QObject* parent = nullptr);
    ~ServerApp() override;

    // Opens the database, migrates, loads demo data, starts listening and prints the
    // "listening on" line. Returns false (after logging why) when it cannot serve.
    bool start();

    // Every route as "METHOD /api/v1/path", sorted, without starting anything.
    static QStringList routeList();

private:
    bool listen();
    // The payment provider (--payment-provider), its settlement and the reconciliation run
    // by the Janitor.
    void startPayments();
    // The API Particulier client, when --api-particulier-token-file and -recipient are given;
    // false (logged) when the token's file cannot be read.
    bool startQuotient();

    ServerConfig m_config;
    AuthSettings m_settings;
    std::unique_ptr<Clock> m_clock; // the system clock, or --now's
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<Throttle> m_throttle;
    std::unique_ptr<AuthGuard> m_guard;
    std::unique_ptr<AccessPolicy> m_policy;
    std::unique_ptr<FileStore> m_files;
    QString m_publicUrl; // set once listening, before any request: where browsers reach us
    std::unique_ptr<SandboxPaymentProvider> m_sandbox;
    std::unique_ptr<PayFipProvider> m_payfip;
    std::unique_ptr<TopUpSettlement> m_settlement;
    std::unique_ptr<ApiParticulierClient> m_apiParticulier; // null: not configured
    std::unique_ptr<OrderPaymentSettlement> m_orderSettlement;
    std::unique_ptr<RouteAreas> m_areas; // every route area (RouteAreas.cpp)
    PaymentRoutes* m_paymentRoutes = nullptr; // in m_areas: the sandbox notifies through it
    QThreadPool m_pool; // quick requests
    QThreadPool m_costlyPool; // Argon2 and mail
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_http;
    // Last: stopped (its running pass finished) before anything it uses goes away.
    std::unique_ptr<Janitor> m_janitor;
};

} // namespace citoyens::server
