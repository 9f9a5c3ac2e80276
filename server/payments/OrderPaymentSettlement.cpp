#include "OrderPaymentSettlement.h"

#include "HtmlPage.h"
#include "Logging.h"
#include "PaymentProvider.h"
#include "booking/BookingService.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"

#include <QElapsedTimer>

namespace citoyens::server {

namespace {

// The order's next status from the provider's word; empty while in progress.
QString statusFrom(PaymentProvider::Outcome outcome)
{
    switch (outcome) {
    case PaymentProvider::Outcome::Paid:
        return Order::StatusPaid;
    case PaymentProvider::Outcome::Refused:
        return Order::StatusRefused;
    case PaymentProvider::Outcome::Abandoned:
        return Order::StatusAbandoned;
    case PaymentProvider::Outcome::Expired:
        return Order::StatusExpired;
    case PaymentProvider::Outcome::InProgress:
        break;
    }
    return {};
}

} // namespace

OrderPaymentSettlement::OrderPaymentSettlement(Database& database, PaymentProvider& provider)
    : m_database(database)
    , m_provider(provider)
{ }

bool OrderPaymentSettlement::claimQuery(const QString& orderId, Channel channel, qint64 now)
{
    // One conditional upsert, whichever process runs it (as TopUpSettlement's window).
    return Database::run(m_database.connection(),
                         QStringLiteral("INSERT INTO order_payment_checks (order_id, channel, checked_at) "
                                        "VALUES (?, ?, ?) ON CONFLICT (order_id, channel) DO UPDATE "
                                        "SET checked_at = excluded.checked_at "
                                        "WHERE order_payment_checks.checked_at <= ?"),
                         { orderId, TopUpSettlement::channelName(channel), now, now - TopUpSettlement::QueryWindowMs })
               .numRowsAffected()
        == 1;
}

Order OrderPaymentSettlement::settle(const Order& order, qint64 now, Channel channel)
{
    if (order.status != Order::StatusPending || order.paidWith != Order::PaidWithCard)
        return order;
    std::optional<PaymentProvider::Status> status;
    // Without an idOp its creation has not finished (or died before the provider answered):
    // nothing to ask, it can only expire.
    if (!order.idOp.isEmpty()) {
        if (!claimQuery(order.id, channel, now))
            return OrderStore::find(m_database.connection(), order.id).value_or(order);
        // Outside any transaction: a real provider answers over the network.
        status = m_provider.status(order.idOp);
    }
    QString next;
    if (status && (status->refdet != order.refdet() || status->amountCents != order.totalCents))
        qCWarning(lcServer).noquote() << "payment" << order.idOp << "does not match its order: left pending";
    else if (status)
        next = statusFrom(status->outcome);
    if (next.isEmpty() && now - order.createdAt >= PaymentProvider::PaymentLifetimeMs)
        next = Order::StatusExpired;
    if (next.isEmpty())
        return order;

    SqlTransaction tx(m_database);
    close(tx.db(), order.id, next, next == Order::StatusPaid ? status->authorisation : QString(), now);
    const std::optional<Order> after = OrderStore::find(tx.db(), order.id);
    tx.commit();
    if (after && after->status == Order::StatusPaid)
        qCInfo(lcServer).noquote() << "order" << after->number << "paid by card";
    return after.value_or(order);
}

bool OrderPaymentSettlement::close(const QSqlDatabase& db, const QString& orderId, const QString& status,
                                   const QString& authorisation, qint64 now)
{
    if (!OrderStore::settle(db, orderId, status, authorisation, now))
        return false;
    if (status != Order::StatusPaid)
        BookingService::releaseHeld(db, orderId, now);
    return true;
}

std::optional<Order> OrderPaymentSettlement::settleOperation(const QString& idOp, qint64 now, Channel channel)
{
    if (!PaymentProvider::isIdOp(idOp))
        return std::nullopt;
    const std::optional<Order> order = OrderStore::findByIdOp(m_database.connection(), idOp);
    if (!order)
        return std::nullopt;
    return settle(*order, now, channel);
}

int OrderPaymentSettlement::reconcile(qint64 now)
{
    int settled = 0;
    const QList<Order> pending = OrderStore::pendingCard(
        m_database.connection(), TopUpSettlement::channelName(Channel::Pass), TopUpSettlement::MaxQueriesPerPass);
    QElapsedTimer spent;
    spent.start();
    for (const Order& o : pending) {
        if (spent.hasExpired(TopUpSettlement::MaxPassMs)) {
            qCWarning(lcServer).noquote() << "card order reconciliation: the provider is slow, the pass stops after"
                                          << TopUpSettlement::MaxPassMs / 1000 << "s";
            break;
        }
        try {
            if (settle(o, now, Channel::Pass).status != Order::StatusPending)
                ++settled;
        } catch (const DbError& e) {
            qCWarning(lcDb).noquote() << "card order reconciliation:" << e.what();
        }
    }
    return settled;
}

HttpResponse OrderPaymentSettlement::returnPage(const Order& order)
{
    const QString back = QStringLiteral("Vous pouvez revenir dans Citoyens.");
    const QString number = HtmlPage::escape(order.number);
    if (order.status == Order::StatusPaid)
        return HtmlPage::page(
            200, QStringLiteral("Paiement accepté"),
            QStringLiteral("<p>Paiement accepté : la commande %1 est payée. %2</p>").arg(number, back));
    if (order.status == Order::StatusPending)
        return HtmlPage::page(200, QStringLiteral("Paiement en cours"),
                              QStringLiteral("<p>Le paiement est en cours de traitement. %1</p>").arg(back));
    const QString title = order.status == Order::StatusRefused ? QStringLiteral("Paiement refusé")
        : order.status == Order::StatusAbandoned               ? QStringLiteral("Paiement abandonné")
                                                               : QStringLiteral("Paiement expiré");
    return HtmlPage::page(
        200, title,
        QStringLiteral("<p>%1 : rien n'a été débité et la commande %2 est annulée. %3</p>").arg(title, number, back));
}

} // namespace citoyens::server
