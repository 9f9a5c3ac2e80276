#pragma once

#include "BookingTarget.h"
#include "ReservationStore.h"

#include "wallet/OrderStore.h"

#include "models/Service.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace citoyens::server {

class CardPayment;
class Clock;
class Database;
struct RequestContext;

// The booking domain (docs/architecture/booking-rules.md, "Server"), called by the family's
// reservation routes and the agent's attendance routes once they have read the request and
// checked who may act: booking days, cancelling one, promoting the waiting list into a freed
// place and refunding a day. Each operation is one transaction; amounts are integer cents; a
// wallet never goes below zero (a short balance is 409 insufficient_funds, or skips the
// waiting-list entry); a day is refunded at most once. The booking clock (--now) decides
// deadlines and today; what is written is dated by the system clock, like every other row.
class BookingService
{
public:
    // What booking one day came to: `status` booked, waiting_list or skipped (with `reason`).
    struct Outcome
    {
        QDate date;
        QString status;
        QString reason;
        QString reservationId;
        qint64 priceCents = 0;
        qint64 surchargeCents = 0;
    };

    struct Booking
    {
        QList<Outcome> outcomes;
        qint64 totalCents = 0; // debited for the booked days, surcharges included
        QString orderId; // the order that paid them; empty when nothing was paid
        Order order; // that order (pending when paid by card)
        qint64 balanceCents = 0; // the wallet after the booking
        bool created = false; // some reservation (booked or waiting) was made
    };

    // Called with the booking inside its transaction, before it commits (the idempotency record).
    using InTransaction = std::function<void(const QSqlDatabase& db, const Booking& booking)>;

    // `database` and `clock` (null: the system clock) must outlive the service.
    BookingService(Database* database, const Clock* clock);

    // Books `days` of `target` for `accountId`: a place when there is one, else a place on the
    // waiting list when it has room, else the day skipped; the booked days paid by one order,
    // from the wallet, or held by it pending its card payment when `card` is given
    // (CardPayment::start then registers the payment, after this transaction).
    Booking book(const QString& accountId, const BookingTarget& target, const QList<QDate>& days,
                 const InTransaction& inTransaction, const CardPayment* card = nullptr) const;

    // Frees the days held by the order `orderId`, whose card payment ended without being paid,
    // in the caller's transaction: each is cancelled, its place given back (to the first
    // waiting-list entry whose wallet pays, as a cancellation does), nothing refunded since
    // nothing was charged.
    static void releaseHeld(const QSqlDatabase& db, const QString& orderId, qint64 now);

    // Cancels a live reservation before its cancel deadline (409 not_bookable, 409
    // deadline_passed with cancelBy, 404 when it is cancelled meanwhile): a booked day is
    // refunded and its place given to the waiting list. A day held by an order whose card
    // payment is still pending is 409 payment_pending.
    void cancel(const StoredReservation& reservation) const;

    // Records `attendance` on a booked day of `service` up to today (409 too_early); an excused
    // day is refunded once and then final (409 already_refunded). Audited as `agentId`'s.
    void recordAttendance(const RequestContext& ctx, const QString& agentId, const Service& service,
                          const StoredReservation& reservation, const QString& attendance) const;

private:
    qint64 nowMs() const;
    Booking write(const QString& accountId, const BookingTarget& target, const QList<BookingDay>& states, qint64 stamp,
                  const InTransaction& inTransaction, const CardPayment* card) const;
    static void promoteFirst(const QSqlDatabase& db, const Service& service, const QString& communeName,
                             const ServiceItem& item, const QDate& day, qint64 now);
    static void refund(const QSqlDatabase& db, const StoredReservation& r, const QString& why, const QString& itemLabel,
                       qint64 now);

    Database* m_database;
    const Clock* m_clock;
};

} // namespace citoyens::server
