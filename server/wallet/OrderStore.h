#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace citoyens::server {

struct OrderLine
{
    QString itemId;
    QString label;
    QString unit;
    bool childcare = false;
    qint64 unitPriceCents = 0;
    int quantity = 0;
    qint64 totalCents = 0;

    QJsonObject toJson() const;
};

// An order as it was when it was made (names and prices frozen), paid from the wallet at once
// or by card: then `pending` (its lines, and a booking's days, held) until the payment
// provider says paid, or released as refused, abandoned, expired, or failed (the provider
// could not register the payment).
struct Order
{
    static inline const QString PaidWithWallet = QStringLiteral("wallet");
    static inline const QString PaidWithCard = QStringLiteral("card");
    static inline const QString StatusPaid = QStringLiteral("paid");
    static inline const QString StatusPending = QStringLiteral("pending");
    static inline const QString StatusRefused = QStringLiteral("refused");
    static inline const QString StatusAbandoned = QStringLiteral("abandoned");
    static inline const QString StatusExpired = QStringLiteral("expired");
    static inline const QString StatusFailed = QStringLiteral("failed");

    QString id;
    QString number; // CMD-2026-000123
    QString accountId;
    QString subscriptionId;
    QString serviceId;
    QString serviceName;
    QString communeName;
    QString beneficiaryId;
    QString beneficiaryName;
    QList<OrderLine> lines;
    qint64 totalCents = 0;
    qint64 refundedCents = 0; // refunds of cancelled or excused days paid by this order
    QString paidWith = PaidWithWallet;
    QString status = StatusPaid;
    qint64 createdAt = 0;
    // A card payment: the provider, its operation and page, the bank's authorisation once paid
    // (when the provider gives one), and when the order left `pending`.
    QString provider;
    QString idOp;
    QString paymentUrl;
    QString authorisation;
    qint64 settledAt = 0;

    // The reference sent to the payment provider (refdet): the number without its dashes,
    // "CMD2026000123", 6 to 30 alphanumerics and unique as the number is.
    QString refdet() const;
    QJsonObject toJson() const;
};

// One childcare line of a paid order, for the yearly statement.
struct ChildcareLine
{
    QString beneficiaryId;
    QString orderNumber;
    qint64 createdAt = 0;
    QString serviceName;
    QString label;
    int quantity = 0;
    qint64 totalCents = 0;
};

// SQL for orders and their lines.
namespace OrderStore {

// The next order number of `year`, counted in the caller's transaction: "CMD-2026-000123".
QString nextNumber(const QSqlDatabase& db, int year);
void insert(const QSqlDatabase& db, const Order& order);
std::optional<Order> find(const QSqlDatabase& db, const QString& id);
std::optional<Order> findByIdOp(const QSqlDatabase& db, const QString& idOp);
// Gives a pending card order the provider's operation and payment page.
void attachPayment(const QSqlDatabase& db, const QString& id, const QString& idOp, const QString& paymentUrl);
// Moves a pending order to `status` (one conditional write), keeping the authorisation; false
// when it was no longer pending (someone settled it first) and nothing was written.
bool settle(const QSqlDatabase& db, const QString& id, const QString& status, const QString& authorisation, qint64 now);
// The account's pending card orders created after `since` (still payable).
int countPendingCard(const QSqlDatabase& db, const QString& accountId, qint64 since);
// At most `limit` pending card orders, those that `channel` asked the provider about least
// recently (never first), then oldest first.
QList<Order> pendingCard(const QSqlDatabase& db, const QString& channel, int limit);
// Newest first, at most `limit`.
QList<Order> listForAccount(const QSqlDatabase& db, const QString& accountId, int limit);
// The childcare lines of the account's paid orders made in [from, to) that name a
// beneficiary approved by the commune of the order's service, oldest first, less the booked
// days of the line refunded since.
QList<ChildcareLine> childcareLines(const QSqlDatabase& db, const QString& accountId, qint64 from, qint64 to);

} // namespace OrderStore

} // namespace citoyens::server
