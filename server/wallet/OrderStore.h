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

// An order paid from the wallet, as it was when it was made (names and prices frozen).
struct Order
{
    static inline const QString PaidWithWallet = QStringLiteral("wallet");
    static inline const QString StatusPaid = QStringLiteral("paid");

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
// Newest first, at most `limit`.
QList<Order> listForAccount(const QSqlDatabase& db, const QString& accountId, int limit);
// The childcare lines of the account's paid orders made in [from, to) that name a
// beneficiary approved by the commune of the order's service, oldest first, less the booked
// days of the line refunded since.
QList<ChildcareLine> childcareLines(const QSqlDatabase& db, const QString& accountId, qint64 from, qint64 to);

} // namespace OrderStore

} // namespace citoyens::server
