#include "BookingService.h"

#include "Clock.h"
#include "audit/AuditLog.h"
#include "auth/TokenService.h"
#include "beneficiaries/BeneficiaryStore.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "models/FrenchCalendar.h"
#include "models/JsonValues.h"
#include "models/Money.h"
#include "models/ProblemCodes.h"
#include "notifications/NotificationStore.h"
#include "routing/RouteSupport.h"
#include "wallet/CardPayment.h"
#include "wallet/OrderBuilder.h"
#include "wallet/WalletPayment.h"
#include "wallet/WalletStore.h"

namespace citoyens::server {

namespace {

const QString LateBookingItem = QStringLiteral("late-booking");
const QString Excused = QStringLiteral("excused");

bool isExcused(const QString& attendance)
{
    return attendance == Excused;
}

// Why a day that cannot be booked now was skipped, from its state.
QString skippedReason(const BookingDay& day)
{
    if (day.state == BookingDay::State::Booked)
        return ProblemCode::AlreadyBooked;
    if (day.state == BookingDay::State::WaitingList)
        return ProblemCode::AlreadyWaiting;
    return day.reason;
}

} // namespace

BookingService::BookingService(Database* database, const Clock* clock)
    : m_database(database)
    , m_clock(clock)
{ }

qint64 BookingService::nowMs() const
{
    return m_clock ? m_clock->nowMs() : RouteSupport::nowMs();
}

BookingService::Booking BookingService::book(const QString& accountId, const BookingTarget& target,
                                             const QList<QDate>& days, const InTransaction& inTransaction,
                                             const CardPayment* card) const
{
    const QList<BookingDay> states = target.evaluate(m_database->connection(), days, RouteSupport::instant(nowMs()));
    const qint64 stamp = RouteSupport::nowMs();
    // One transaction; run again when it met the live-reservation index (SQLSTATE 23505): two
    // bookings of one child's day at once on PostgreSQL, the second then finds the day booked.
    try {
        return write(accountId, target, states, stamp, inTransaction, card);
    } catch (const DbError& e) {
        if (e.code() != QLatin1String("23505"))
            throw;
        return write(accountId, target, states, stamp, inTransaction, card);
    }
}

BookingService::Booking BookingService::write(const QString& accountId, const BookingTarget& t,
                                              const QList<BookingDay>& states, qint64 stamp,
                                              const InTransaction& inTransaction, const CardPayment* card) const
{
    const BookingPolicy& policy = t.policy();
    Booking booking;
    SqlTransaction tx(*m_database);
    QStringList bookedIds;
    int bookedDays = 0;
    int lateDays = 0;
    for (const BookingDay& day : states) {
        Outcome o;
        o.date = day.date;
        o.status = ProblemCode::BookingSkipped;
        const bool open = day.state == BookingDay::State::Bookable
            || (day.state == BookingDay::State::Full && day.reason == ProblemCode::WaitingListOpen);
        if (!open) {
            o.reason = skippedReason(day);
            booking.outcomes.append(o);
            continue;
        }
        // The counter first: its row lock makes bookings of the same day take turns, so the
        // child's reservation is looked up again once the place is held.
        const bool placed = ReservationStore::takePlace(tx.db(), t.service.id, t.item->id, day.date, policy.capacity);
        const bool waiting = !placed && policy.waitingList > 0
            && ReservationStore::takeWaitingPlace(tx.db(), t.service.id, t.item->id, day.date, policy.waitingList);
        if (!placed && !waiting) {
            o.reason = ProblemCode::BookingFull;
            booking.outcomes.append(o);
            continue;
        }
        if (const auto existing
            = ReservationStore::live(tx.db(), t.service.id, t.item->id, day.date, t.beneficiary.beneficiary.id)) {
            if (placed)
                ReservationStore::releasePlace(tx.db(), t.service.id, t.item->id, day.date);
            else
                ReservationStore::releaseWaitingPlace(tx.db(), t.service.id, t.item->id, day.date);
            o.reason = existing->status == ReservationStore::Booked ? ProblemCode::AlreadyBooked
                                                                    : ProblemCode::AlreadyWaiting;
            booking.outcomes.append(o);
            continue;
        }
        StoredReservation r;
        r.id = TokenService::newId();
        r.accountId = accountId;
        r.subscriptionId = t.subscription.subscription.id;
        r.serviceId = t.service.id;
        r.itemId = t.item->id;
        r.beneficiaryId = t.beneficiary.beneficiary.id;
        r.day = day.date;
        r.status = placed ? ReservationStore::Booked : ReservationStore::WaitingList;
        r.priceCents = t.priceCents;
        r.surchargeCents = placed ? day.surchargeCents : 0;
        r.createdAt = stamp;
        ReservationStore::insert(tx.db(), r);
        o.status = r.status;
        o.reservationId = r.id;
        o.priceCents = r.priceCents;
        o.surchargeCents = r.surchargeCents;
        booking.created = true;
        if (placed) {
            bookedIds.append(r.id);
            ++bookedDays;
            lateDays += r.surchargeCents > 0 ? 1 : 0;
            booking.totalCents += r.priceCents + r.surchargeCents;
        }
        booking.outcomes.append(o);
    }

    if (booking.totalCents > 0) {
        OrderBuilder builder(accountId, t.subscription.subscription.id, t.service, t.communeName);
        builder.forChild(&t.beneficiary);
        if (t.priceCents > 0)
            builder.addItem(*t.item, t.priceCents, bookedDays);
        if (lateDays > 0) {
            const qint64 surcharge = policy.lateBook->surchargeCents;
            builder.addLine(OrderLine { LateBookingItem, QStringLiteral("Majoration réservation tardive"), t.item->unit,
                                        false, surcharge, lateDays, surcharge * lateDays });
        }
        Order order = builder.build(stamp);
        if (card)
            card->hold(tx.db(), order, stamp);
        else
            WalletPayment::pay(tx.db(), order, stamp);
        ReservationStore::setOrder(tx.db(), bookedIds, order.id);
        booking.orderId = order.id;
        booking.order = order;
    }
    booking.balanceCents = WalletStore::balance(tx.db(), accountId);
    if (inTransaction)
        inTransaction(tx.db(), booking);
    tx.commit();
    return booking;
}

void BookingService::cancel(const StoredReservation& found) const
{
    QString communeName;
    const std::optional<Service> service
        = CatalogueStore::findService(m_database->connection(), found.serviceId, &communeName);
    const ServiceItem* item = service ? service->item(found.itemId) : nullptr;
    if (!service || !service->booking || !item)
        throw Problem(409, ProblemCode::NotBookable);
    const QDateTime cancelBy = service->booking->policy.cancel.deadline(found.day);
    if (!(RouteSupport::instant(nowMs()) < cancelBy))
        throw Problem(409, ProblemCode::DeadlinePassed)
            .withMember(QStringLiteral("cancelBy"), JsonValues::instant(cancelBy));

    const qint64 now = RouteSupport::nowMs(); // dates what is written
    SqlTransaction tx(*m_database);
    // The row as it is now: a promotion may have turned a waiting-list entry into a booking.
    // The counter first, as a booking takes it before the reservation rows: transactions on
    // the same day then wait for each other in one order.
    const std::optional<StoredReservation> r = ReservationStore::find(tx.db(), found.id);
    if (!r || r->status == ReservationStore::Cancelled)
        throw Problem(404, ProblemCode::NotFound);
    // Nothing was charged yet for a day held by a pending card payment: it has nothing to
    // refund, and the payment's end decides.
    if (!r->orderId.isEmpty()) {
        const std::optional<Order> paidBy = OrderStore::find(tx.db(), r->orderId);
        if (paidBy && paidBy->status == Order::StatusPending)
            throw Problem(409, ProblemCode::PaymentPending);
    }
    if (r->status == ReservationStore::WaitingList)
        ReservationStore::releaseWaitingPlace(tx.db(), r->serviceId, r->itemId, r->day);
    else
        ReservationStore::releasePlace(tx.db(), r->serviceId, r->itemId, r->day);
    if (!ReservationStore::cancel(tx.db(), r->id, r->status, now))
        throw Problem(404, ProblemCode::NotFound); // changed meanwhile: rolled back, counter included
    if (r->status == ReservationStore::Booked) {
        refund(tx.db(), *r, QStringLiteral("Annulation"), item->label, now);
        promoteFirst(tx.db(), *service, communeName, *item, r->day, now);
    }
    tx.commit();
}

void BookingService::recordAttendance(const RequestContext& ctx, const QString& agentId, const Service& service,
                                      const StoredReservation& found, const QString& attendance) const
{
    if (found.day > FrenchCalendar::parisDate(RouteSupport::instant(nowMs())))
        throw Problem(409, ProblemCode::TooEarly);
    const qint64 now = RouteSupport::nowMs(); // dates what is written

    SqlTransaction tx(*m_database);
    const std::optional<StoredReservation> current = ReservationStore::find(tx.db(), found.id);
    if (!current || current->status != ReservationStore::Booked)
        throw Problem(404, ProblemCode::NotFound);
    if (isExcused(current->attendance) && !isExcused(attendance))
        throw Problem(409, ProblemCode::AlreadyRefunded);
    if (!isExcused(current->attendance)) {
        if (!ReservationStore::setAttendance(tx.db(), current->id, attendance, agentId, now))
            throw Problem(409, ProblemCode::AlreadyRefunded); // excused by someone else meanwhile
        if (isExcused(attendance)) {
            const ServiceItem* item = service.item(current->itemId);
            refund(tx.db(), *current, QStringLiteral("Absence justifiée"), item ? item->label : current->itemId, now);
        }
        AuditLog::record(tx.db(), ctx, agentId, current->accountId, AuditLog::Attendance, current->id, attendance);
    }
    tx.commit();
}

void BookingService::refund(const QSqlDatabase& db, const StoredReservation& r, const QString& why,
                            const QString& itemLabel, qint64 now)
{
    const qint64 amount = r.priceCents + r.surchargeCents;
    if (amount <= 0 || r.orderId.isEmpty())
        return; // a free day, or one not paid by an order: nothing to give back
    const std::optional<StoredBeneficiary> child = BeneficiaryStore::find(db, r.beneficiaryId);
    WalletStore::refundReservation(
        db, r.accountId, amount, r.orderId, r.id,
        QStringLiteral("%1 : %2 du %3 — %4")
            .arg(why, itemLabel, frenchDate(r.day), child ? child->beneficiary.firstName : QString()),
        now);
}

void BookingService::releaseHeld(const QSqlDatabase& db, const QString& orderId, qint64 now)
{
    for (const StoredReservation& r : ReservationStore::bookedByOrder(db, orderId)) {
        if (!ReservationStore::cancel(db, r.id, ReservationStore::Booked, now))
            continue;
        ReservationStore::releasePlace(db, r.serviceId, r.itemId, r.day);
        QString communeName;
        const std::optional<Service> service = CatalogueStore::findService(db, r.serviceId, &communeName);
        const ServiceItem* item = service ? service->item(r.itemId) : nullptr;
        if (service && service->booking && item)
            promoteFirst(db, *service, communeName, *item, r.day, now);
    }
}

// Gives the freed place of `day` to the first waiting-list entry whose family's wallet pays its
// price (debited, an order, a notification "Place obtenue"), in the caller's transaction.
void BookingService::promoteFirst(const QSqlDatabase& db, const Service& service, const QString& communeName,
                                  const ServiceItem& item, const QDate& day, qint64 now)
{
    const BookingPolicy& policy = service.booking->policy;
    for (const StoredReservation& w : ReservationStore::waitingList(db, service.id, item.id, day)) {
        if (!ReservationStore::takePlace(db, service.id, item.id, day, policy.capacity))
            return;
        const std::optional<StoredBeneficiary> child = BeneficiaryStore::find(db, w.beneficiaryId);
        const QString childName = child ? child->beneficiary.firstName : QString();
        Order order;
        if (w.priceCents > 0) {
            order = OrderBuilder(w.accountId, w.subscriptionId, service, communeName)
                        .forChild(w.beneficiaryId, child ? OrderBuilder::childName(*child) : QString())
                        .addItem(item, w.priceCents, 1)
                        .build(now);
            if (!WalletPayment::tryPay(db, order, now)) {
                ReservationStore::releasePlace(db, service.id, item.id, day);
                continue;
            }
        }
        ReservationStore::promote(db, w.id, order.id);
        ReservationStore::releaseWaitingPlace(db, service.id, item.id, day);
        Notification n;
        n.kind = QStringLiteral("reservation");
        n.subjectType = QStringLiteral("reservation");
        n.subjectId = w.id;
        n.status = Subscription::StatusApproved; // the waiting-list entry is granted
        n.title = QStringLiteral("Place obtenue");
        n.body = QStringLiteral("Une place s'est libérée : %1 est inscrit(e) pour « %2 » le %3.")
                     .arg(childName, item.label, frenchDate(day));
        if (w.priceCents > 0)
            n.body += QStringLiteral(" %1 ont été débités de votre porte-monnaie (commande %2).")
                          .arg(Money::fromCents(w.priceCents).toFrench(), order.number);
        NotificationStore::add(db, w.accountId, n, now);
        return;
    }
}

} // namespace citoyens::server
