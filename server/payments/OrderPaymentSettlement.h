#pragma once

#include "TopUpSettlement.h"
#include "http/HttpResponse.h"
#include "wallet/OrderStore.h"

#include <optional>

namespace citoyens::server {

class Database;
class PaymentProvider;

// Settles orders paid by card from what the payment provider says, never from what a caller
// claims, as TopUpSettlement does for top-ups and through the same channels: the
// notification, the browser's return, the owner's status read (GET /me/orders/{id}) and the
// reconciliation pass. A pending card order becomes paid in the transaction that changes its
// status, or is released — refused, abandoned, or expired when the provider still says "in
// progress" PaymentProvider::PaymentLifetimeMs after its creation — and then its held booked
// days are freed (given to the waiting list) in that same transaction: nothing was charged.
// Safe to call from any number of threads and processes at once: the order's status leaves
// `pending` in one conditional write, which one caller wins.
//
// The provider is asked at the same bounded rate as for top-ups: once per order and channel
// per TopUpSettlement::QueryWindowMs (order_payment_checks, shared by every process), the
// stored state answering within the window; a pass asks about at most
// TopUpSettlement::MaxQueriesPerPass orders, the least recently asked first.
class OrderPaymentSettlement
{
public:
    using Channel = TopUpSettlement::Channel;

    OrderPaymentSettlement(Database& database, PaymentProvider& provider);

    // The order as it is after settling (unchanged when it is not a pending card order, or
    // still in progress).
    Order settle(const Order& order, qint64 now, Channel channel);
    // The same for the order of a provider's operation; nullopt when no order has it.
    std::optional<Order> settleOperation(const QString& idOp, qint64 now, Channel channel);
    // Settles pending card orders, at most TopUpSettlement::MaxQueriesPerPass of them; returns
    // how many left `pending`.
    int reconcile(qint64 now);

    // Ends the pending order `orderId` as `status`, in the caller's transaction: paid (with the
    // bank's authorisation), or released with its held days freed. False when it was no longer
    // pending and nothing was written.
    static bool close(const QSqlDatabase& db, const QString& orderId, const QString& status,
                      const QString& authorisation, qint64 now);
    // The small French page the browser comes back to, for the order's state.
    static HttpResponse returnPage(const Order& order);

private:
    bool claimQuery(const QString& orderId, Channel channel, qint64 now);

    Database& m_database;
    PaymentProvider& m_provider;
};

} // namespace citoyens::server
