#include "WalletPayment.h"

#include "WalletStore.h"
#include "http/Problem.h"
#include "models/FrenchCalendar.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

#include <QJsonValue>

namespace citoyens::server::WalletPayment {

bool tryPay(const QSqlDatabase& db, Order& order, qint64 now)
{
    if (!WalletStore::debit(db, order.accountId, order.totalCents, now))
        return false;
    order.number = OrderStore::nextNumber(db, FrenchCalendar::parisDate(RouteSupport::instant(now)).year());
    OrderStore::insert(db, order);
    WalletStore::recordOrderMovement(db, order.accountId, order.totalCents, order.id,
                                     QStringLiteral("Commande %1 – %2").arg(order.number, order.serviceName), now);
    return true;
}

void pay(const QSqlDatabase& db, Order& order, qint64 now)
{
    if (tryPay(db, order, now))
        return;
    const qint64 balance = WalletStore::balance(db, order.accountId);
    throw Problem(409, ProblemCode::InsufficientFunds)
        .withMember(QStringLiteral("missingCents"), QJsonValue(qint64(order.totalCents - balance)))
        .withMember(QStringLiteral("balanceCents"), QJsonValue(qint64(balance)))
        .withMember(QStringLiteral("totalCents"), QJsonValue(qint64(order.totalCents)));
}

} // namespace citoyens::server::WalletPayment
