#include "OrderStore.h"

#include "db/Database.h"
#include "payments/PaymentProvider.h"
#include "routing/RouteSupport.h"

#include <QHash>
#include <QJsonArray>

namespace citoyens::server {

QJsonObject OrderLine::toJson() const
{
    return QJsonObject {
        { QStringLiteral("itemId"), itemId },
        { QStringLiteral("label"), label },
        { QStringLiteral("unit"), unit },
        { QStringLiteral("unitPriceCents"), QJsonValue(qint64(unitPriceCents)) },
        { QStringLiteral("quantity"), quantity },
        { QStringLiteral("totalCents"), QJsonValue(qint64(totalCents)) },
    };
}

QString Order::refdet() const
{
    return QString(number).remove(QLatin1Char('-'));
}

QJsonObject Order::toJson() const
{
    QJsonArray jsonLines;
    for (const OrderLine& l : lines)
        jsonLines.append(l.toJson());
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("number"), number },
        { QStringLiteral("createdAt"), RouteSupport::instant(createdAt).toString(Qt::ISODateWithMs) },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("communeName"), communeName },
        { QStringLiteral("lines"), jsonLines },
        { QStringLiteral("totalCents"), QJsonValue(qint64(totalCents)) },
        { QStringLiteral("refundedCents"), QJsonValue(qint64(refundedCents)) },
        { QStringLiteral("paidWith"), paidWith },
        { QStringLiteral("status"), status },
    };
    // Where to pay and until when, while paying is still possible.
    if (status == StatusPending && !paymentUrl.isEmpty()) {
        o.insert(QStringLiteral("paymentUrl"), paymentUrl);
        o.insert(QStringLiteral("expiresAt"),
                 RouteSupport::instant(createdAt + PaymentProvider::PaymentLifetimeMs).toString(Qt::ISODateWithMs));
    }
    if (!authorisation.isEmpty())
        o.insert(QStringLiteral("authorisation"), authorisation);
    if (settledAt > 0)
        o.insert(QStringLiteral("settledAt"), RouteSupport::instant(settledAt).toString(Qt::ISODateWithMs));
    if (!beneficiaryId.isEmpty()) {
        o.insert(QStringLiteral("beneficiaryId"), beneficiaryId);
        o.insert(QStringLiteral("beneficiaryName"), beneficiaryName);
    }
    return o;
}

namespace OrderStore {

namespace {

const QString OrderColumns
    = QStringLiteral("id, number, account_id, subscription_id, service_id, service_name, commune_name, beneficiary_id, "
                     "beneficiary_name, total_cents, paid_with, status, created_at, provider, id_op, payment_url, "
                     "authorisation, settled_at");
// The columns read back: the order's own, then what its refunds gave back.
const QString SelectColumns = OrderColumns
    + QStringLiteral(", (SELECT COALESCE(SUM(m.amount_cents), 0) FROM wallet_movements m "
                     "WHERE m.refunded_order_id = orders.id)");

Order readOrder(const QSqlQuery& q)
{
    Order o;
    o.id = q.value(0).toString();
    o.number = q.value(1).toString();
    o.accountId = q.value(2).toString();
    o.subscriptionId = q.value(3).toString();
    o.serviceId = q.value(4).toString();
    o.serviceName = q.value(5).toString();
    o.communeName = q.value(6).toString();
    o.beneficiaryId = q.value(7).isNull() ? QString() : q.value(7).toString();
    o.beneficiaryName = q.value(8).isNull() ? QString() : q.value(8).toString();
    o.totalCents = q.value(9).toLongLong();
    o.paidWith = q.value(10).toString();
    o.status = q.value(11).toString();
    o.createdAt = q.value(12).toLongLong();
    o.provider = q.value(13).toString();
    o.idOp = q.value(14).toString();
    o.paymentUrl = q.value(15).toString();
    o.authorisation = q.value(16).toString();
    o.settledAt = q.value(17).toLongLong();
    o.refundedCents = q.value(18).toLongLong();
    return o;
}

// Fills the lines of `orders` with one query.
void readLines(const QSqlDatabase& db, QList<Order>& orders)
{
    if (orders.isEmpty())
        return;
    QHash<QString, qsizetype> at;
    QStringList marks;
    QVariantList ids;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        at.insert(orders.at(i).id, i);
        marks.append(QStringLiteral("?"));
        ids.append(orders.at(i).id);
    }
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT order_id, item_id, label, unit, childcare, unit_price_cents, "
                                               "quantity, total_cents FROM order_lines WHERE order_id IN (%1) "
                                               "ORDER BY order_id, position")
                                    .arg(marks.join(QLatin1Char(','))),
                                ids);
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toString());
        if (it == at.constEnd())
            continue;
        orders[*it].lines.append(OrderLine { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toInt() != 0, q.value(5).toLongLong(), q.value(6).toInt(),
                                             q.value(7).toLongLong() });
    }
}

} // namespace

QString nextNumber(const QSqlDatabase& db, int year)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO order_numbers (year, last_number) VALUES (?, 0) "
                                 "ON CONFLICT (year) DO NOTHING"),
                  { year });
    Database::run(db, QStringLiteral("UPDATE order_numbers SET last_number = last_number + 1 WHERE year = ?"),
                  { year });
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT last_number FROM order_numbers WHERE year = ?"), { year });
    const qint64 n = q.next() ? q.value(0).toLongLong() : 1;
    return QStringLiteral("CMD-%1-%2").arg(year).arg(n, 6, 10, QLatin1Char('0'));
}

void insert(const QSqlDatabase& db, const Order& o)
{
    Database::run(
        db,
        QStringLiteral(
            "INSERT INTO orders (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)")
            .arg(OrderColumns),
        { o.id, o.number, o.accountId, o.subscriptionId, o.serviceId, o.serviceName, o.communeName,
          o.beneficiaryId.isEmpty() ? nullText() : QVariant(o.beneficiaryId),
          o.beneficiaryId.isEmpty() ? nullText() : QVariant(o.beneficiaryName), o.totalCents, o.paidWith, o.status,
          o.createdAt, o.provider.isEmpty() ? nullText() : QVariant(o.provider) });
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines.at(i);
        Database::run(
            db,
            QStringLiteral("INSERT INTO order_lines (order_id, position, item_id, label, unit, childcare, "
                           "unit_price_cents, quantity, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { o.id, i, l.itemId, l.label, l.unit, l.childcare ? 1 : 0, l.unitPriceCents, l.quantity, l.totalCents });
    }
}

std::optional<Order> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(SelectColumns), { id });
    if (!q.next())
        return std::nullopt;
    QList<Order> one { readOrder(q) };
    q.finish();
    readLines(db, one);
    return one.first();
}

std::optional<Order> findByIdOp(const QSqlDatabase& db, const QString& idOp)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT id FROM orders WHERE id_op = ?"), { idOp });
    if (!q.next())
        return std::nullopt;
    const QString id = q.value(0).toString();
    q.finish();
    return find(db, id);
}

void attachPayment(const QSqlDatabase& db, const QString& id, const QString& idOp, const QString& paymentUrl)
{
    Database::run(db, QStringLiteral("UPDATE orders SET id_op = ?, payment_url = ? WHERE id = ?"),
                  { idOp, paymentUrl, id });
}

bool settle(const QSqlDatabase& db, const QString& id, const QString& status, const QString& authorisation, qint64 now)
{
    return Database::run(db,
                         QStringLiteral("UPDATE orders SET status = ?, authorisation = ?, settled_at = ? "
                                        "WHERE id = ? AND status = ?"),
                         { status, authorisation.isEmpty() ? nullText() : QVariant(authorisation), now, id,
                           Order::StatusPending })
               .numRowsAffected()
        == 1;
}

int countPendingCard(const QSqlDatabase& db, const QString& accountId, qint64 since)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT COUNT(*) FROM orders WHERE account_id = ? AND status = ? "
                                               "AND paid_with = ? AND created_at > ?"),
                                { accountId, Order::StatusPending, Order::PaidWithCard, since });
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Order> pendingCard(const QSqlDatabase& db, const QString& channel, int limit)
{
    QList<Order> out;
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT %1 FROM orders LEFT JOIN order_payment_checks c ON c.order_id = orders.id "
                       "AND c.channel = ? WHERE orders.status = ? AND orders.paid_with = ? "
                       "ORDER BY COALESCE(c.checked_at, 0), orders.created_at LIMIT ?")
            .arg(SelectColumns),
        { channel, Order::StatusPending, Order::PaidWithCard, limit });
    while (q.next())
        out.append(readOrder(q));
    q.finish();
    readLines(db, out);
    return out;
}

QList<Order> listForAccount(const QSqlDatabase& db, const QString& accountId, int limit)
{
    QList<Order> out;
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT %1 FROM orders WHERE account_id = ? ORDER BY created_at DESC, number DESC LIMIT ?")
            .arg(SelectColumns),
        { accountId, limit });
    while (q.next())
        out.append(readOrder(q));
    q.finish();
    readLines(db, out);
    return out;
}

QList<ChildcareLine> childcareLines(const QSqlDatabase& db, const QString& accountId, qint64 from, qint64 to)
{
    QList<ChildcareLine> out;
    // Days booked by an order and refunded since (cancelled in time, or excused) were not paid
    // in the end: they are taken off their line. A child counts where the commune that sold
    // approves it (now: its name and birth date are what the commune validated).
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT o.beneficiary_id, o.number, o.created_at, o.service_name, l.label, "
                       "l.quantity - COALESCE(x.days, 0), l.total_cents - COALESCE(x.days, 0) * l.unit_price_cents "
                       "FROM orders o JOIN order_lines l ON l.order_id = o.id "
                       "JOIN services s ON s.id = o.service_id JOIN beneficiary_decisions d ON d.beneficiary_id = "
                       "o.beneficiary_id AND d.commune_id = s.commune_id AND d.status = 'approved' "
                       "LEFT JOIN (SELECT r.order_id, r.item_id, COUNT(*) AS days FROM reservations r "
                       "JOIN wallet_movements m ON m.reservation_id = r.id GROUP BY r.order_id, r.item_id) x "
                       "ON x.order_id = o.id AND x.item_id = l.item_id "
                       "WHERE o.account_id = ? AND o.status = ? AND o.beneficiary_id IS NOT NULL AND l.childcare = 1 "
                       "AND o.created_at >= ? AND o.created_at < ? ORDER BY o.created_at, o.number, l.position"),
        { accountId, Order::StatusPaid, from, to });
    while (q.next()) {
        if (q.value(5).toInt() <= 0)
            continue;
        out.append(ChildcareLine { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                                   q.value(6).toLongLong() });
    }
    return out;
}

} // namespace OrderStore

} // namespace citoyens::server
