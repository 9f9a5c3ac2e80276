#pragma once

#include "OrderStore.h"

#include <QSqlDatabase>

namespace citoyens::server {

// An order paid from the wallet, in the caller's transaction: the guarded debit of its total
// first (a short balance is refused before anything else is locked or written), then the
// order number of the year (Europe/Paris), the order with its lines and the movement that
// explains the debit. POST /me/orders, POST /me/reservations and the promotion from a waiting
// list all pay through here.
namespace WalletPayment {

// Pays `order` (its id, account, lines and total set; its number is given here). False, with
// nothing written, when the balance does not cover the total.
bool tryPay(const QSqlDatabase& db, Order& order, qint64 now);
// The same, a short balance answered 409 insufficient_funds with missingCents, balanceCents
// and totalCents.
void pay(const QSqlDatabase& db, Order& order, qint64 now);

} // namespace WalletPayment

} // namespace citoyens::server
