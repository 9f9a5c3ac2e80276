#pragma once

#include "http/HttpResponse.h"

#include <QString>

namespace citoyens::server {

class ApiRouter;
class Database;
class OrderPaymentSettlement;
class PaymentProvider;
class SandboxPaymentProvider;
class TopUpSettlement;
struct RequestContext;

// What the payment routes and the wallet share; owned by ServerApp. Without a provider
// (no --payment-provider) every pointer but `database` is null: top-ups and the payment
// routes answer 404.
struct PaymentDeps
{
    Database* database = nullptr;
    PaymentProvider* provider = nullptr;
    SandboxPaymentProvider* sandbox = nullptr; // also set when the provider is the sandbox
    TopUpSettlement* settlement = nullptr;
    OrderPaymentSettlement* orders = nullptr; // card orders, settled through the same routes
};

// The public payment routes, without a bearer token (the provider and the person's browser
// call them): PayFiP's notification (POST /payments/payfip/notification, the idop or idOp as a
// form field or in the query), the browser's return (GET /payments/payfip/retour?idop=, or
// idOp=), and the sandbox provider's payment
// page (GET and POST /sandbox/payfip/paiement). Each settles through TopUpSettlement, which
// asks the provider: what the caller sends is only an idOp.
class PaymentRoutes
{
public:
    explicit PaymentRoutes(const PaymentDeps& deps);
    PaymentRoutes(const PaymentRoutes&) = delete;
    PaymentRoutes& operator=(const PaymentRoutes&) = delete;

    void registerOn(ApiRouter& router);

    // What a notification does, for PayFiP's route and the sandbox's in-process call.
    void notified(const QString& idOp) const;

    static constexpr const char* SandboxPagePath = "/sandbox/payfip/paiement";
    static constexpr const char* ReturnPath = "/payments/payfip/retour";
    static constexpr const char* NotificationPath = "/payments/payfip/notification";

private:
    HttpResponse notification(const RequestContext& ctx) const;
    HttpResponse browserReturn(const RequestContext& ctx) const;
    HttpResponse sandboxPage(const RequestContext& ctx) const;
    HttpResponse sandboxAction(const RequestContext& ctx) const;

    PaymentDeps m_deps;
};

} // namespace citoyens::server
