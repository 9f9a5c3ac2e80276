#include "WalletStore.h"

#include "auth/TokenService.h"
#include "db/Database.h"
#include "routing/RouteSupport.h"

#include <QRandomGenerator>

namespace citoyens::server::WalletStore {

namespace {

const QString TopUpColumns
    = QStringLiteral("id, account_id, amount_cents, status, provider, id_op, payment_url, created_at, settled_at, "
                     "authorisation, paid_at");

TopUp readTopUp(const QSqlQuery& q)
{
    TopUp t;
    t.id = q.value(0).toString();
    t.accountId = q.value(1).toString();
    t.amountCents = q.value(2).toLongLong();
    t.status = q.value(3).toString();
    t.provider = q.value(4).toString();
    t.idOp = q.value(5).toString();
    t.paymentUrl = q.value(6).isNull() ? QString() : q.value(6).toString();
    t.createdAt = q.value(7).toLongLong();
    t.settledAt = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    t.authorisation = q.value(9).isNull() ? QString() : q.value(9).toString();
    t.paidAt = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return t;
}

std::optional<TopUp> findBy(const QSqlDatabase& db, const char* column, const QString& value)
{
    QSqlQuery q = Database::run(
        db, QStringLiteral("SELECT %1 FROM top_ups WHERE %2 = ?").arg(TopUpColumns, QLatin1String(column)), { value });
    if (!q.next())
        return std::nullopt;
    return readTopUp(q);
}

void ensureWallet(const QSqlDatabase& db, const QString& accountId, qint64 now)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO wallets (account_id, balance_cents, updated_at) VALUES (?, 0, ?) "
                                 "ON CONFLICT (account_id) DO NOTHING"),
                  { accountId, now });
}

void insertMovement(const QSqlDatabase& db, const QString& accountId, const QString& kind, qint64 amountCents,
                    const QString& label, const QVariant& topUpId, const QVariant& orderId, qint64 now)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO wallet_movements (id, account_id, kind, amount_cents, label, top_up_id, "
                                 "order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  { TokenService::newId(), accountId, kind, amountCents, label, topUpId, orderId, now });
}

} // namespace

QJsonObject Movement::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("amountCents"), QJsonValue(qint64(amountCents)) },
        { QStringLiteral("createdAt"), RouteSupport::instant(createdAt).toString(Qt::ISODateWithMs) },
        { QStringLiteral("label"), label },
    };
    if (!orderId.isEmpty())
        o.insert(QStringLiteral("orderId"), orderId);
    if (!topUpId.isEmpty())
        o.insert(QStringLiteral("topUpId"), topUpId);
    if (!authorisation.isEmpty())
        o.insert(QStringLiteral("authorisation"), authorisation);
    if (paidAt > 0)
        o.insert(QStringLiteral("paidAt"), RouteSupport::instant(paidAt).toString(Qt::ISODateWithMs));
    return o;
}

QString newTopUpId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

qint64 balance(const QSqlDatabase& db, const QString& accountId)
{
    QSqlQuery q
        = Database::run(db, QStringLiteral("SELECT balance_cents FROM wallets WHERE account_id = ?"), { accountId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Movement> movements(const QSqlDatabase& db, const QString& accountId, int limit)
{
    QList<Movement> out;
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT m.id, m.kind, m.amount_cents, m.label, COALESCE(m.order_id, m.refunded_order_id), "
                       "m.created_at, m.top_up_id, t.authorisation, t.paid_at FROM wallet_movements m "
                       "LEFT JOIN top_ups t ON t.id = m.top_up_id WHERE m.account_id = ? "
                       "ORDER BY m.created_at DESC, m.id DESC LIMIT ?"),
        { accountId, limit });
    while (q.next()) {
        Movement m;
        m.id = q.value(0).toString();
        m.kind = q.value(1).toString();
        m.amountCents = q.value(2).toLongLong();
        m.label = q.value(3).toString();
        m.orderId = q.value(4).isNull() ? QString() : q.value(4).toString();
        m.createdAt = q.value(5).toLongLong();
        m.topUpId = q.value(6).isNull() ? QString() : q.value(6).toString();
        m.authorisation = q.value(7).isNull() ? QString() : q.value(7).toString();
        m.paidAt = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        out.append(m);
    }
    return out;
}

void insertTopUp(const QSqlDatabase& db, const TopUp& t)
{
    Database::run(
        db,
        QStringLiteral("INSERT INTO top_ups (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)").arg(TopUpColumns),
        { t.id, t.accountId, t.amountCents, t.status, t.provider, t.idOp.isEmpty() ? nullText() : QVariant(t.idOp),
          t.paymentUrl.isEmpty() ? nullText() : QVariant(t.paymentUrl), t.createdAt });
}

void attachPayment(const QSqlDatabase& db, const QString& id, const QString& idOp, const QString& paymentUrl)
{
    Database::run(db, QStringLiteral("UPDATE top_ups SET id_op = ?, payment_url = ? WHERE id = ?"),
                  { idOp, paymentUrl, id });
}

void dropReservedTopUp(const QSqlDatabase& db, const QString& id)
{
    Database::run(db, QStringLiteral("DELETE FROM top_ups WHERE id = ? AND id_op IS NULL"), { id });
}

void lockAccount(const QSqlDatabase& db, const QString& accountId)
{
    // NO KEY UPDATE: two of these wait for each other, while rows that merely reference the
    // account (a session, an order) are still inserted meanwhile.
    if (db.driverName().startsWith(QLatin1String("QPSQL")))
        Database::run(db, QStringLiteral("SELECT id FROM accounts WHERE id = ? FOR NO KEY UPDATE"), { accountId });
}

QList<TopUp> livePendingTopUps(const QSqlDatabase& db, const QString& accountId, qint64 since)
{
    QList<TopUp> out;
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM top_ups WHERE account_id = ? AND status = ? AND "
                                               "created_at > ? ORDER BY created_at, id")
                                    .arg(TopUpColumns),
                                { accountId, Pending, since });
    while (q.next())
        out.append(readTopUp(q));
    return out;
}

std::optional<TopUp> findTopUp(const QSqlDatabase& db, const QString& id)
{
    return findBy(db, "id", id);
}

std::optional<TopUp> findTopUpByIdOp(const QSqlDatabase& db, const QString& idOp)
{
    return findBy(db, "id_op", idOp);
}

QList<TopUp> pendingTopUps(const QSqlDatabase& db, const QString& channel, int limit)
{
    const QString columns
        = QStringLiteral("t.") + QString(TopUpColumns).replace(QStringLiteral(", "), QStringLiteral(", t."));
    QList<TopUp> out;
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT %1 FROM top_ups t LEFT JOIN top_up_checks c ON c.top_up_id = t.id AND c.channel = ? "
                       "WHERE t.status = ? ORDER BY COALESCE(c.checked_at, 0), t.created_at, t.id LIMIT ?")
            .arg(columns),
        { channel, Pending, limit });
    while (q.next())
        out.append(readTopUp(q));
    return out;
}

bool settleTopUp(const QSqlDatabase& db, const TopUp& topUp, const QString& status, qint64 now,
                 const QString& authorisation, qint64 paidAt)
{
    const bool paid = status == Paid;
    const int n = Database::run(db,
                                QStringLiteral("UPDATE top_ups SET status = ?, settled_at = ?, authorisation = ?, "
                                               "paid_at = ? WHERE id = ? AND status = ?"),
                                { status, now, paid && !authorisation.isEmpty() ? QVariant(authorisation) : nullText(),
                                  paid && paidAt > 0 ? QVariant(paidAt) : QVariant(QMetaType::fromType<qlonglong>()),
                                  topUp.id, Pending })
                      .numRowsAffected();
    if (n != 1)
        return false;
    if (status == Paid) {
        ensureWallet(db, topUp.accountId, now);
        Database::run(db,
                      QStringLiteral("UPDATE wallets SET balance_cents = balance_cents + ?, updated_at = ? "
                                     "WHERE account_id = ?"),
                      { topUp.amountCents, now, topUp.accountId });
        insertMovement(db, topUp.accountId, MovementTopUp, topUp.amountCents,
                       QStringLiteral("Rechargement du porte-monnaie"), topUp.id, nullText(), now);
    }
    return true;
}

bool debit(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, qint64 now)
{
    ensureWallet(db, accountId, now);
    const int n = Database::run(db,
                                QStringLiteral("UPDATE wallets SET balance_cents = balance_cents - ?, updated_at = ? "
                                               "WHERE account_id = ? AND balance_cents >= ?"),
                                { amountCents, now, accountId, amountCents })
                      .numRowsAffected();
    return n == 1;
}

void recordOrderMovement(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, const QString& orderId,
                         const QString& label, qint64 now)
{
    insertMovement(db, accountId, MovementOrder, -amountCents, label, nullText(), orderId, now);
}

bool refundReservation(const QSqlDatabase& db, const QString& accountId, qint64 amountCents, const QString& orderId,
                       const QString& reservationId, const QString& label, qint64 now)
{
    QSqlQuery done = Database::run(db, QStringLiteral("SELECT 1 FROM wallet_movements WHERE reservation_id = ?"),
                                   { reservationId });
    if (done.next())
        return false;
    done.finish();
    ensureWallet(db, accountId, now);
    Database::run(db,
                  QStringLiteral("UPDATE wallets SET balance_cents = balance_cents + ?, updated_at = ? "
                                 "WHERE account_id = ?"),
                  { amountCents, now, accountId });
    Database::run(db,
                  QStringLiteral("INSERT INTO wallet_movements (id, account_id, kind, amount_cents, label, top_up_id, "
                                 "order_id, reservation_id, refunded_order_id, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)"),
                  { TokenService::newId(), accountId, MovementRefund, amountCents, label, reservationId,
                    orderId.isEmpty() ? nullText() : QVariant(orderId), now });
    return true;
}

} // namespace citoyens::server::WalletStore
