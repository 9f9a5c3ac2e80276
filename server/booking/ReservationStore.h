#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace citoyens::server {

// One child's day of one item of a service (the reservations table).
struct StoredReservation
{
    QString id;
    QString accountId;
    QString subscriptionId;
    QString serviceId;
    QString itemId;
    QString beneficiaryId;
    QDate day;
    QString status; // ReservationStore::Booked, WaitingList, Cancelled
    qint64 priceCents = 0;
    qint64 surchargeCents = 0;
    QString orderId; // the order that paid it; empty on the waiting list or for a free day
    qint64 createdAt = 0;
    QString attendance; // present, absent, excused; empty before
};

// A child booked on a day, for the agent's attendance list.
struct AttendanceRow
{
    QString reservationId;
    QString beneficiaryId;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString citizenName;
    QString attendance;
};

// SQL for reservations and the per-day counters (reservation_days). The counters only change
// through guarded statements, in the caller's transaction, with the reservation they count.
namespace ReservationStore {

inline const QString Booked = QStringLiteral("booked");
inline const QString WaitingList = QStringLiteral("waiting_list");
inline const QString Cancelled = QStringLiteral("cancelled");

struct DayCount
{
    int booked = 0;
    int waiting = 0;
};

std::optional<StoredReservation> find(const QSqlDatabase& db, const QString& id);
// The child's live (booked or waiting) reservation of that day, if any.
std::optional<StoredReservation> live(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                      const QDate& day, const QString& beneficiaryId);
// The child's live reservations of the item in [from, to], by day.
QHash<QDate, StoredReservation> liveForChild(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                             const QString& beneficiaryId, const QDate& from, const QDate& to);
// The counters of the item's days in [from, to] (days without a row are absent).
QHash<QDate, DayCount> counts(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                              const QDate& from, const QDate& to);
// The account's live reservations in [from, to], by day then creation.
QList<StoredReservation> liveForAccount(const QSqlDatabase& db, const QString& accountId, const QDate& from,
                                        const QDate& to);
// The booked days an order paid (or holds, while its card payment is pending).
QList<StoredReservation> bookedByOrder(const QSqlDatabase& db, const QString& orderId);
// The waiting-list entries of a day, first come first.
QList<StoredReservation> waitingList(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                     const QDate& day);
// The booked children of a day, sorted by last name then first name.
QList<AttendanceRow> bookedChildren(const QSqlDatabase& db, const QString& serviceId, const QString& itemId,
                                    const QDate& day);

// Takes a place (`capacity` 0: unlimited) or a waiting-list place: one guarded UPDATE of the
// day's counter, affected rows checked. False, with nothing changed, when there is none left.
bool takePlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day, int capacity);
bool takeWaitingPlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day,
                      int waitingList);
void releasePlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day);
void releaseWaitingPlace(const QSqlDatabase& db, const QString& serviceId, const QString& itemId, const QDate& day);

void insert(const QSqlDatabase& db, const StoredReservation& r);
void setOrder(const QSqlDatabase& db, const QStringList& ids, const QString& orderId);
// Cancels a reservation that is still `status` (one conditional write); false when it is not
// any more (cancelled, or promoted from the waiting list, meanwhile).
bool cancel(const QSqlDatabase& db, const QString& id, const QString& status, qint64 now);
// A waiting-list entry that got a place, paid by `orderId` (empty: a free day).
bool promote(const QSqlDatabase& db, const QString& id, const QString& orderId);
// Records attendance on a booked reservation unless it is already `excused` (final): false then.
bool setAttendance(const QSqlDatabase& db, const QString& id, const QString& attendance, const QString& agentId,
                   qint64 now);

} // namespace ReservationStore

} // namespace citoyens::server
