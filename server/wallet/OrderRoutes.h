#pragma once

#include "CardPayment.h"
#include "OrderStore.h"
#include "idempotency/Idempotency.h"
#include "payments/PaymentRoutes.h"
#include "routing/ServiceDeps.h"

#include <QJsonObject>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET /me/subscriptions/{id}/offers (what an approved request sells, priced for its bracket),
// POST /me/orders (paid from the wallet in one transaction, or by card with `payment: "card"`:
// held pending, its payment's page answered; Idempotency-Key honoured), GET /me/orders,
// GET /me/orders/{id} (a pending card order settled first, at the read channel's rate), and GET
// /me/statements/childcare?year= (the yearly statement of childcare costs per child under 6, for the tax return).
class OrderRoutes
{
public:
    static constexpr int MaxLines = 20;
    static constexpr int MaxQuantity = 99;
    static constexpr int MaxOrdersListed = 500;

    // `holdDir` (tests only, see ServerConfig's --test-hold-dir): an order whose
    // Idempotency-Key starts with "hold-" waits, once its key is claimed, until
    // <holdDir>/<key>.release exists, after writing <holdDir>/<key>.held.
    OrderRoutes(const ServiceDeps& deps, const PaymentDeps& payments, QString holdDir = {});
    OrderRoutes(const OrderRoutes&) = delete;
    OrderRoutes& operator=(const OrderRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse offers(const RequestContext& ctx) const;
    HttpResponse create(const RequestContext& ctx) const;
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse one(const RequestContext& ctx) const;
    HttpResponse childcareStatement(const RequestContext& ctx) const;
    QJsonObject placeOrder(const QString& accountId, const QString& email, const QJsonObject& body,
                           const Idempotency::Complete& complete) const;
    void holdIfAsked(const RequestContext& ctx) const;

    ServiceDeps m_deps;
    PaymentDeps m_payments;
    CardPayment m_card;
    QString m_holdDir;
};

} // namespace citoyens::server
