#include "ReservationStore.h"

#include "db/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server::ReservationStore {

namespace {

const QString Columns = QStringLiteral("id, account_id, subscription_id, service_id, item_id, beneficiary_id, day, "
                                       "status, price_cents, surcharge_cents, order_id, created_at, attendance");

StoredReservation read(const QSqlQuery& q)
{
    StoredReservation r;
    r.id = q.value(0).toString();
    r.accountId = q.value(1).toString();
    r.subscriptionId = q.value(2).toString();
    r.serviceId = q.value(3).toString();
    r.itemId = q.value(4).toString();
    r.beneficiaryId = q.value(5).toString();
    r.day = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.status = q.value(7).toString();
    r.priceCents = q.value(8).toLongLong();
    r.surchargeCents = q.value(9).toLongLong();
    r.orderId = q.value(10).isNull() ? QString() : q.value(10).toString();
    r.createdAt = q.value(11).toLongLong();
    r.attendance = q.value(12).isNull() ? QString() : q.value(12).toString();
    return r;
}

QString dayText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QList<StoredReservation> readAll(QSqlQuery& q)
{
    QList<StoredReservation> out;
    while (q.next())
        out.append(read(q));
    return out;
}

void ensureDay(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO reservation_days (service_id, item_id, day, booked, waiting) "
                                 "VALUES (?, ?, ?, 0, 0) ON CONFLICT (service_id, item_id, day) DO NOTHING"),
                  { serviceId, itemId, dayText(day) });
}

} // namespace

std::optional<StoredReservation> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT %1 FROM reservations WHERE id = ?").arg(Columns), { id });
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<StoredReservation> live(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                      const QDate& day, const QString& beneficiaryId)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM reservations WHERE service_id = ? AND item_id = ? "
                                               "AND day = ? AND beneficiary_id = ? AND status <> ?")
                                    .arg(Columns),
                                { serviceId, itemId, dayText(day), beneficiaryId, Cancelled });
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QHash<QDate, StoredReservation> liveForChild(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                             const QString& beneficiaryId, const QDate& from, const QDate& to)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM reservations WHERE service_id = ? AND item_id = ? "
                                               "AND beneficiary_id = ? AND day >= ? AND day <= ? AND status <> ?")
                                    .arg(Columns),
                                { serviceId, itemId, beneficiaryId, dayText(from), dayText(to), Cancelled });
    QHash<QDate, StoredReservation> out;
    for (const StoredReservation& r : readAll(q))
        out.insert(r.day, r);
    return out;
}

QHash<QDate, DayCount> counts(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                              const QDate& from, const QDate& to)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT day, booked, waiting FROM reservation_days WHERE service_id = ? "
                                               "AND item_id = ? AND day >= ? AND day <= ?"),
                                { serviceId, itemId, dayText(from), dayText(to) });
    QHash<QDate, DayCount> out;
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), { q.value(1).toInt(), q.value(2).toInt() });
    return out;
}

QList<StoredReservation> liveForAccount(const QSqlDatabase& db, const QString& accountId, const QDate& from,
                                        const QDate& to)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM reservations WHERE account_id = ? AND day >= ? AND "
                                               "day <= ? AND status <> ? ORDER BY day, created_at, id")
                                    .arg(Columns),
                                { accountId, dayText(from), dayText(to), Cancelled });
    return readAll(q);
}

QList<StoredReservation> bookedByOrder(const QSqlDatabase& db, const QString& orderId)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT %1 FROM reservations WHERE order_id = ? AND status = ? ORDER BY day, id").arg(Columns),
        { orderId, Booked });
    return readAll(q);
}

QList<StoredReservation> waitingList(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                     const QDate& day)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM reservations WHERE service_id = ? AND item_id = ? "
                                               "AND day = ? AND status = ? ORDER BY created_at, id")
                                    .arg(Columns),
                                { serviceId, itemId, dayText(day), WaitingList });
    return readAll(q);
}

QList<AttendanceRow> bookedChildren(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                    const QDate& day)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT r.id, b.id, b.first_name, b.last_name, b.birth_date, a.first_name, a.last_name, "
                       "r.attendance FROM reservations r JOIN beneficiaries b ON b.id = r.beneficiary_id "
                       "JOIN accounts a ON a.id = r.account_id WHERE r.service_id = ? AND r.item_id = ? "
                       "AND r.day = ? AND r.status = ?"),
        { serviceId, itemId, dayText(day), Booked });
    QList<AttendanceRow> out;
    while (q.next()) {
        out.append(
            AttendanceRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).isNull() ? QDate() : QDate::fromString(q.value(4).toString(), Qt::ISODate),
                            q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString(),
                            q.value(7).isNull() ? QString() : q.value(7).toString() });
    }
    // Sorted here, locale-aware: SQL collations differ between SQLite and PostgreSQL.
    std::sort(out.begin(), out.end(), [](const AttendanceRow& a, const AttendanceRow& b) {
        const int last = QString::localeAwareCompare(a.lastName, b.lastName);
        if (last != 0)
            return last < 0;
        const int first = QString::localeAwareCompare(a.firstName, b.firstName);
        return first != 0 ? first < 0 : a.reservationId < b.reservationId;
    });
    return out;
}

bool takePlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day, int capacity)
{
    ensureDay(db, serviceId, itemId, day);
    if (capacity == 0) {
        return Database::run(db,
                             QStringLiteral("UPDATE reservation_days SET booked = booked + 1 WHERE service_id = ? AND "
                                            "item_id = ? AND day = ?"),
                             { serviceId, itemId, dayText(day) })
                   .numRowsAffected()
            == 1;
    }
    return Database::run(db,
                         QStringLiteral("UPDATE reservation_days SET booked = booked + 1 WHERE service_id = ? AND "
                                        "item_id = ? AND day = ? AND booked < ?"),
                         { serviceId, itemId, dayText(day), capacity })
               .numRowsAffected()
        == 1;
}

bool takeWaitingPlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day,
                      int waitingList)
{
    ensureDay(db, serviceId, itemId, day);
    return Database::run(db,
                         QStringLiteral("UPDATE reservation_days SET waiting = waiting + 1 WHERE service_id = ? AND "
                                        "item_id = ? AND day = ? AND waiting < ?"),
                         { serviceId, itemId, dayText(day), waitingList })
               .numRowsAffected()
        == 1;
}

void releasePlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day)
{
    Database::run(db,
                  QStringLiteral("UPDATE reservation_days SET booked = booked - 1 WHERE service_id = ? AND "
                                 "item_id = ? AND day = ? AND booked > 0"),
                  { serviceId, itemId, dayText(day) });
}

void releaseWaitingPlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day)
{
    Database::run(db,
                  QStringLiteral("UPDATE reservation_days SET waiting = waiting - 1 WHERE service_id = ? AND "
                                 "item_id = ? AND day = ? AND waiting > 0"),
                  { serviceId, itemId, dayText(day) });
}

void insert(const QSqlDatabase& db, const StoredReservation& r)
{
    Database::run(
        db,
        QStringLiteral("INSERT INTO reservations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)").arg(Columns),
        { r.id, r.accountId, r.subscriptionId, r.serviceId, r.itemId, r.beneficiaryId, dayText(r.day), r.status,
          r.priceCents, r.surchargeCents, r.orderId.isEmpty() ? nullText() : QVariant(r.orderId), r.createdAt });
}

void setOrder(const QSqlDatabase& db, const QStringList& ids, const QString& orderId)
{
    for (const QString& id : ids)
        Database::run(db, QStringLiteral("UPDATE reservations SET order_id = ? WHERE id = ?"), { orderId, id });
}

bool cancel(const QSqlDatabase& db, const QString& id, const QString& status, qint64 now)
{
    return Database::run(db,
                         QStringLiteral("UPDATE reservations SET status = ?, cancelled_at = ? WHERE id = ? AND "
                                        "status = ?"),
                         { Cancelled, now, id, status })
               .numRowsAffected()
        == 1;
}

bool promote(const QSqlDatabase& db, const QString& id, const QString& orderId)
{
    return Database::run(db,
                         QStringLiteral("UPDATE reservations SET status = ?, order_id = ? WHERE id = ? AND status = ?"),
                         { Booked, orderId.isEmpty() ? nullText() : QVariant(orderId), id, WaitingList })
               .numRowsAffected()
        == 1;
}

bool setAttendance(const QSqlDatabase& db, const QString& id, const QString& attendance, const QString& agentId,
                   qint64 now)
{
    return Database::run(db,
                         QStringLiteral("UPDATE reservations SET attendance = ?, attendance_by = ?, attendance_at = ? "
                                        "WHERE id = ? AND status = ? AND (attendance IS NULL OR attendance <> ?)"),
                         { attendance, agentId, now, id, Booked, QStringLiteral("excused") })
               .numRowsAffected()
        == 1;
}

} // namespace citoyens::server::ReservationStore
