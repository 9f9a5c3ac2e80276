#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace citoyens::server {

// SQL for the wallet: balances (wallets), their movements and the top-ups. The balance
// changes only here, through guarded statements, in the caller's transaction, with the
// movement that explains it.
namespace WalletStore {

inline const QString Pending = QStringLiteral("pending");
inline const QString Paid = QStringLiteral("paid");
inline const QString Refused = QStringLiteral("refused");
inline const QString Abandoned = QStringLiteral("abandoned");
inline const QString Expired = QStringLiteral("expired");

inline const QString MovementTopUp = QStringLiteral("top_up");
inline const QString MovementOrder = QStringLiteral("order");
inline const QString MovementRefund = QStringLiteral("refund");

// The most movements GET /me/wallet lists (the newest).
inline constexpr int MaxMovementsListed = 500;

struct TopUp
{
    QString id; // also the refdet sent to the provider
    QString accountId;
    qint64 amountCents = 0;
    QString status;
    QString provider;
    QString idOp;
    QString paymentUrl; // where the person pays, as the provider gave it
    qint64 createdAt = 0;
    qint64 settledAt = 0;
    // When paid through a provider that says so (PayFiP): the bank's authorisation number and
    // when the provider took the payment (0 when unknown).
    QString authorisation;
    qint64 paidAt = 0;
};

struct Movement
{
    QString id;
    QString kind;
    qint64 amountCents = 0; // signed: + top-up or refund, - order
    QString label;
    QString orderId;
    qint64 createdAt = 0;
    // A top-up's: its id, and what the provider said of its payment (TopUp's).
    QString topUpId;
    QString authorisation;
    qint64 paidAt = 0;

    QJsonObject toJson() const;
};

// A new top-up id: 24 lowercase hexadecimal characters (a valid refdet).
QString newTopUpId();

qint64 balance(const QSqlDatabase& db, const QString& accountId);
QList<Movement> movements(const QSqlDatabase& db, const QString& accountId, int limit = MaxMovementsListed);

// Inserts a top-up; an empty idOp or paymentUrl is stored as NULL (a top-up reserved before
// the provider registered its payment).
void insertTopUp(const QSqlDatabase& db, const TopUp& topUp);
// Gives a reserved top-up the provider's operation and payment page.
void attachPayment(const QSqlDatabase& db, const QString& id, const QString& idOp, const QString& paymentUrl);
// Removes a reserved top-up that never got an idOp (the provider refused to register it).
void dropReservedTopUp(const QSqlDatabase& db, const QString& id);
// Holds the account's row until the end of the caller's transaction (PostgreSQL; on SQLite
// the write transaction already holds the database), so that counting and inserting its
// top-ups cannot interleave with another request of the same account.
void lockAccount(const QSqlDatabase& db, const QString& accountId);
// The account's pending top-ups created after `since` (still payable), oldest first.
QList<TopUp> livePendingTopUps(const QSqlDatabase& db, const QString& accountId, qint64 since);
std::optional<TopUp> findTopUp(const QSqlDatabase& db, const QString& id);
std::optional<TopUp> findTopUpByIdOp(const QSqlDatabase& db, const QString& idOp);
// At most `limit` pending top-ups, those that `channel` asked the provider about least
// recently (never first), then oldest first.
QList<TopUp> pendingTopUps(const QSqlDatabase& db, const QString& channel, int limit);

// Moves a pending top-up to `status` (one conditional write); when it becomes paid, credits
// the wallet and records the movement, in the same (caller's) transaction. False when the
// top-up was no longer pending: someone settled it first, and nothing was written.
// A paid top-up keeps `authorisation` and `paidAt` (the provider's, empty and 0 when it gives
// none).
bool settleTopUp(const QSqlDatabase& db, const TopUp& topUp, const QString& status, qint64 now,
                 const QString& authorisation = {}, qint64 paidAt = 0);

// Takes `amountCents` from the wallet when the balance covers it (a guarded UPDATE, affected
// rows checked). False, with nothing changed, when the balance is short.
bool debit(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, qint64 now);
// The movement of an order debited (after the order's row, which it names).
void recordOrderMovement(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, const QString& orderId,
                         const QString& label, qint64 now);

// Gives a reserved day's price back to the wallet: a `refund` movement naming the order that
// paid it and the reservation (a reservation is refunded at most once: UNIQUE reservation_id),
// in the caller's transaction. False, with nothing changed, when that reservation was
// refunded already.
bool refundReservation(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, const QString& orderId,
                       const QString& reservationId, const QString& label, qint64 now);

} // namespace WalletStore

} // namespace citoyens::server
