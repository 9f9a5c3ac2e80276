#pragma once

#include "OrderStore.h"

#include "models/FieldError.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace citoyens::server {

class Database;
class PaymentProvider;

// Paying an order's exact amount by card, through the payment provider (as a top-up is paid):
// the order is first held `pending` in the caller's transaction — its lines, and a booking's
// days, which count against capacity meanwhile —, then, once that transaction has committed, a
// payment is registered with the provider for its total (refdet: the order's number without
// dashes) and attached to it. OrderPaymentSettlement then confirms it or releases it. POST
// /me/orders and POST /me/reservations (`payment: "card"`) pay by card here.
class CardPayment
{
public:
    // Card orders an account may have pending and still payable at once: each is a payment
    // registered with the provider and asked about until it ends, and a booking's held days
    // keep places from other families meanwhile.
    static constexpr int MaxPendingCardOrders = 3;

    using InTransaction = std::function<void(const QSqlDatabase& db, const Order& order)>;

    // Both must outlive the payment; `provider` null: no card payment (422 on `payment`).
    CardPayment(Database* database, PaymentProvider* provider);

    // The body's `payment`: "wallet" (also when absent or null) or "card"; anything else, or
    // "card" without a provider, is a field error.
    bool wantsCard(const QJsonObject& body, FieldErrors* errors) const;

    // Holds `order` (id, account, lines and total set) unpaid in the caller's transaction: its
    // number of the year, the order `pending`, paid by card. 429 too_many_pending_payments with
    // Retry-After when the account has MaxPendingCardOrders payable ones already.
    void hold(const QSqlDatabase& db, Order& order, qint64 now) const;

    // After hold()'s transaction has committed: registers the payment with the provider,
    // outside any transaction, then attaches it to the order in one transaction that also
    // runs `inTransaction`. When the provider cannot, the order is released (`failed`, its
    // held days freed) and the answer is 503 payment_unavailable (or the provider's own
    // problem, e.g. an e-mail it cannot send).
    Order start(Order order, const QString& payerEmail, const InTransaction& inTransaction) const;

private:
    Database* m_database;
    PaymentProvider* m_provider;
};

} // namespace citoyens::server
