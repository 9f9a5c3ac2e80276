#include "CardPayment.h"

#include "WalletStore.h"

#include "Logging.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "models/FieldCodes.h"
#include "models/FrenchCalendar.h"
#include "models/ProblemCodes.h"
#include "payments/OrderPaymentSettlement.h"
#include "payments/PaymentProvider.h"
#include "routing/RouteSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server {

CardPayment::CardPayment(Database* database, PaymentProvider* provider)
    : m_database(database)
    , m_provider(provider)
{ }

bool CardPayment::wantsCard(const QJsonObject& body, FieldErrors* errors) const
{
    const QString field = QStringLiteral("payment");
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isString()) {
        errors->append({ field, FieldCode::InvalidType });
        return false;
    }
    if (value.toString() == Order::PaidWithWallet)
        return false;
    if (value.toString() != Order::PaidWithCard || !m_provider) {
        errors->append({ field, FieldCode::InvalidChoice });
        return false;
    }
    return true;
}

void CardPayment::hold(const QSqlDatabase& db, Order& order, qint64 now) const
{
    // Counted and inserted while the account is held, so that concurrent requests of one
    // account, on any process, cannot pass the limit together.
    WalletStore::lockAccount(db, order.accountId);
    if (OrderStore::countPendingCard(db, order.accountId, now - PaymentProvider::PaymentLifetimeMs)
        >= MaxPendingCardOrders) {
        QSqlQuery q = Database::run(
            db,
            QStringLiteral("SELECT MIN(created_at) FROM orders WHERE account_id = ? AND "
                           "status = ? AND paid_with = ? AND created_at > ?"),
            { order.accountId, Order::StatusPending, Order::PaidWithCard, now - PaymentProvider::PaymentLifetimeMs });
        const qint64 oldest = q.next() ? q.value(0).toLongLong() : now;
        const qint64 waitMs = std::max<qint64>(1000, oldest + PaymentProvider::PaymentLifetimeMs - now);
        throw Problem(429, ProblemCode::TooManyPendingPayments)
            .withHeader("Retry-After", QByteArray::number((waitMs + 999) / 1000))
            .withMember(QStringLiteral("maxPendingPayments"), MaxPendingCardOrders);
    }
    order.number = OrderStore::nextNumber(db, FrenchCalendar::parisDate(RouteSupport::instant(now)).year());
    order.paidWith = Order::PaidWithCard;
    order.status = Order::StatusPending;
    order.provider = m_provider->name();
    if (!PaymentProvider::isRefdet(order.refdet()))
        throw DbError(QStringLiteral("order number %1 is not a valid payment reference").arg(order.number));
    OrderStore::insert(db, order);
}

Order CardPayment::start(Order order, const QString& payerEmail, const InTransaction& inTransaction) const
{
    // A payment the provider could not register frees what the order held.
    const auto release = [&]() {
        try {
            SqlTransaction tx(*m_database);
            OrderPaymentSettlement::close(tx.db(), order.id, Order::StatusFailed, QString(), RouteSupport::nowMs());
            tx.commit();
        } catch (const DbError&) {
            // Left pending without an idOp, it expires with the others and frees its days.
        }
    };
    PaymentProvider::Created created;
    try {
        created = m_provider->create({ order.refdet(), order.totalCents, payerEmail,
                                       QStringLiteral("Commande %1").arg(order.number), RouteSupport::nowMs() });
    } catch (const Problem&) {
        release();
        throw;
    } catch (const std::exception& e) {
        qCWarning(lcServer).noquote() << "card payment of order" << order.number << "not registered:" << e.what();
        release();
        throw Problem(503, ProblemCode::PaymentUnavailable);
    }
    order.idOp = created.idOp;
    order.paymentUrl = created.paymentUrl.toString(QUrl::FullyEncoded);
    SqlTransaction tx(*m_database);
    OrderStore::attachPayment(tx.db(), order.id, order.idOp, order.paymentUrl);
    if (inTransaction)
        inTransaction(tx.db(), order);
    tx.commit();
    return order;
}

} // namespace citoyens::server
