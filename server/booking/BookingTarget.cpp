#include "BookingTarget.h"

#include "catalogue/CatalogueStore.h"
#include "http/Problem.h"
#include "models/FieldCodes.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

namespace citoyens::server {

BookingTarget BookingTarget::resolve(const QSqlDatabase& db, const QString& accountId, const QString& subscriptionId,
                                     const QString& beneficiaryId, const QString& itemId)
{
    BookingTarget t;
    const std::optional<StoredSubscription> s = SubscriptionStore::find(db, subscriptionId);
    if (!s || s->accountId != accountId)
        throw Problem(404, ProblemCode::NotFound);
    t.subscription = *s;
    const std::optional<StoredBeneficiary> b = BeneficiaryStore::find(db, beneficiaryId);
    if (!b || b->accountId != accountId)
        throw Problem(404, ProblemCode::NotFound);
    t.beneficiary = *b;
    if (s->subscription.status != Subscription::StatusApproved)
        throw Problem(409, ProblemCode::NotApproved);
    const std::optional<Service> service = CatalogueStore::findService(db, s->subscription.serviceId, &t.communeName);
    if (!service || !service->booking)
        throw Problem(409, ProblemCode::NotBookable);
    t.service = *service;
    const QString wanted = itemId.isEmpty() ? t.service.booking->items.first() : itemId;
    t.item = t.service.booking->items.contains(wanted) ? t.service.item(wanted) : nullptr;
    const int bracket
        = ServiceItem::bracketIndex(t.service.brackets, s->subscription.quotient, s->subscription.bracketLabel);
    const std::optional<Money> price = t.item ? t.item->priceFor(bracket) : std::nullopt;
    if (!price)
        RouteSupport::throwIfInvalid(
            { { QStringLiteral("itemId"), t.service.item(wanted) ? FieldCode::NotAllowed : FieldCode::NotFound } });
    t.priceCents = price->cents();
    if (BeneficiaryStore::communeStatus(db, beneficiaryId, t.service.communeId).first != Beneficiary::StatusApproved)
        throw Problem(409, ProblemCode::NotApproved);
    return t;
}

QList<BookingDay> BookingTarget::evaluate(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                          const QDateTime& now) const
{
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append(d);
    return evaluate(db, days, now);
}

QList<BookingDay> BookingTarget::evaluate(const QSqlDatabase& db, const QList<QDate>& days, const QDateTime& now) const
{
    QList<BookingDay> out;
    if (days.isEmpty())
        return out;
    const QDate from = days.first();
    const QDate to = days.last();
    const QHash<QDate, StoredReservation> mine
        = ReservationStore::liveForChild(db, service.id, item->id, beneficiary.beneficiary.id, from, to);
    const QHash<QDate, ReservationStore::DayCount> counts
        = ReservationStore::counts(db, service.id, item->id, from, to);
    for (const QDate& d : days) {
        BookingDayFacts f;
        f.date = d;
        f.now = now;
        f.priceCents = priceCents;
        const auto r = mine.constFind(d);
        if (r != mine.constEnd()) {
            f.reservation
                = r->status == ReservationStore::Booked ? ReservationStatus::Booked : ReservationStatus::WaitingList;
            f.reservationId = r->id;
            f.attendance = r->attendance;
            f.priceCents = r->priceCents;
        }
        const ReservationStore::DayCount c = counts.value(d);
        f.bookedCount = c.booked;
        f.waitingCount = c.waiting;
        out.append(BookingDay::evaluate(policy(), f));
    }
    return out;
}

QString frenchDate(const QDate& day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

QDateTime minuteOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 60000, Qt::UTC);
}

} // namespace citoyens::server
