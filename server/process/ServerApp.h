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
class ActivationRoutes;
class AttendanceRoutes;
class Clock;
class AdminRoutes;
class AuthGuard;
class DeskRoutes;
class AuthRoutes;
class Database;
class Mailer;
class MeRoutes;
class PasswordHasher;
class PasswordRoutes;
class FileStore;
class Janitor;
class OrderRoutes;
class PaymentRoutes;
class ReservationRoutes;
class SandboxPaymentProvider;
class TopUpSettlement;
class WalletRoutes;
class ServiceRoutes;
class SessionStore;
class Throttle;
struct AuthServices;

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
    struct Routes
    {
        AuthRoutes* auth;
        PasswordRoutes* password;
        MeRoutes* me;
        ActivationRoutes* activation;
        ServiceRoutes* services;
        DeskRoutes* desk;
        AdminRoutes* admin;
        PaymentRoutes* payments;
        WalletRoutes* wallet;
        OrderRoutes* orders;
        ReservationRoutes* reservations;
        AttendanceRoutes* attendance;
    };
    static void addRoutes(ApiRouter& router, const Routes& routes);
    bool listen();
    // The payment provider (--payment-provider), its settlement and the reconciliation run
    // by the Janitor.
    void startPayments();

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
    std::unique_ptr<AuthRoutes> m_authRoutes;
    std::unique_ptr<PasswordRoutes> m_passwordRoutes;
    std::unique_ptr<MeRoutes> m_meRoutes;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<ServiceRoutes> m_serviceRoutes;
    std::unique_ptr<ActivationRoutes> m_activationRoutes;
    std::unique_ptr<DeskRoutes> m_deskRoutes;
    std::unique_ptr<AdminRoutes> m_adminRoutes;
    QString m_publicUrl; // set once listening, before any request: where browsers reach us
    std::unique_ptr<SandboxPaymentProvider> m_sandbox;
    std::unique_ptr<TopUpSettlement> m_settlement;
    std::unique_ptr<PaymentRoutes> m_paymentRoutes;
    std::unique_ptr<WalletRoutes> m_walletRoutes;
    std::unique_ptr<OrderRoutes> m_orderRoutes;
    std::unique_ptr<ReservationRoutes> m_reservationRoutes;
    std::unique_ptr<AttendanceRoutes> m_attendanceRoutes;
    QThreadPool m_pool; // quick requests
    QThreadPool m_costlyPool; // Argon2 and mail
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_http;
    // Last: stopped (its running pass finished) before anything it uses goes away.
    std::unique_ptr<Janitor> m_janitor;
};

} // namespace citoyens::server
