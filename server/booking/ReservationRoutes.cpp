#include "ReservationRoutes.h"

#include "BookingRequest.h"
#include "BookingTarget.h"
#include "Clock.h"
#include "ReservationStore.h"
#include "auth/AccessPolicy.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/FrenchCalendar.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "services/CatalogueStore.h"
#include "services/NotificationStore.h"
#include "services/RouteSupport.h"
#include "wallet/WalletPayment.h"
#include "wallet/WalletStore.h"

#include <QJsonArray>

namespace citoyens::server {

namespace {

const QString CreateRoute = QStringLiteral("POST /me/reservations");
const QString LateBookingItem = QStringLiteral("late-booking");

QJsonValue cents(qint64 value)
{
    return QJsonValue(qint64(value));
}

// `from` and `to` of a query: required dates, from <= to, at most `maxDays` days.
std::pair<QDate, QDate> range(const RequestContext& ctx, int maxDays, const QDate& defaultFrom = {})
{
    FieldErrors errors;
    QDate bounds[2];
    const QString names[2] = { QStringLiteral("from"), QStringLiteral("to") };
    for (int i = 0; i < 2; ++i) {
        const QString text = ctx.query.queryItemValue(names[i]);
        bounds[i] = QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() && defaultFrom.isValid())
            bounds[i] = i == 0 ? defaultFrom : bounds[0].addDays(maxDays - 1);
        else if (text.isEmpty())
            errors.append({ names[i], FieldCode::Required });
        else if (text.size() != 10 || !bounds[i].isValid())
            errors.append({ names[i], FieldCode::InvalidDate });
    }
    if (errors.isEmpty() && (bounds[1] < bounds[0] || bounds[0].daysTo(bounds[1]) >= maxDays))
        errors.append({ QStringLiteral("to"), FieldCode::OutOfRange });
    RouteSupport::throwIfInvalid(errors);
    return { bounds[0], bounds[1] };
}

struct Outcome
{
    QDate date;
    QString status; // booked, waiting_list, skipped
    QString reason;
    QString reservationId;
    qint64 priceCents = 0;
    qint64 surchargeCents = 0;

    QJsonObject toJson() const
    {
        QJsonObject o { { QStringLiteral("date"), date.toString(Qt::ISODate) },
                        { QStringLiteral("status"), status },
                        { QStringLiteral("priceCents"), cents(priceCents) },
                        { QStringLiteral("surchargeCents"), cents(surchargeCents) } };
        if (!reason.isEmpty())
            o.insert(QStringLiteral("reason"), reason);
        if (!reservationId.isEmpty())
            o.insert(QStringLiteral("reservationId"), reservationId);
        return o;
    }
};

// Gives the freed place of `day` to the first waiting-list entry whose family's wallet pays its
// price (debited, an order, a notification "Place obtenue"), in the caller's transaction.
void promoteFirst(const QSqlDatabase& db, const Service& service, const QString& communeName, const ServiceItem& item,
                  const QDate& day, qint64 now)
{
    const BookingPolicy& policy = service.booking->policy;
    for (const StoredReservation& w : ReservationStore::waitingList(db, service.id, item.id, day)) {
        if (!ReservationStore::takePlace(db, service.id, item.id, day, policy.capacity))
            return;
        const std::optional<StoredBeneficiary> child = BeneficiaryStore::find(db, w.beneficiaryId);
        const QString childName = child ? child->beneficiary.firstName : QString();
        Order order;
        if (w.priceCents > 0) {
            order.id = TokenService::newId();
            order.accountId = w.accountId;
            order.subscriptionId = w.subscriptionId;
            order.serviceId = service.id;
            order.serviceName = service.name;
            order.communeName = communeName;
            order.beneficiaryId = w.beneficiaryId;
            order.beneficiaryName
                = child ? child->beneficiary.firstName + QLatin1Char(' ') + child->beneficiary.lastName : QString();
            order.lines.append(
                OrderLine { item.id, item.label, item.unit, item.childcare, w.priceCents, 1, w.priceCents });
            order.totalCents = w.priceCents;
            order.createdAt = now;
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

} // namespace

ReservationRoutes::ReservationRoutes(const ServiceDeps& deps, const Clock* clock)
    : m_deps(deps)
    , m_clock(clock)
{ }

qint64 ReservationRoutes::nowMs() const
{
    return m_clock ? m_clock->nowMs() : RouteSupport::nowMs();
}

void ReservationRoutes::registerOn(ApiRouter& router)
{
    const auto wrap = [this](HttpResponse (ReservationRoutes::*handler)(const RequestContext&) const) {
        return AccessPolicy::auditingAssisted(m_deps.policy,
                                              [this, handler](const RequestContext& c) { return (this->*handler)(c); });
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/me/subscriptions/{id}/days"), wrap(&ReservationRoutes::days),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("POST"), QStringLiteral("/me/reservations"), wrap(&ReservationRoutes::create));
    router.add(QStringLiteral("GET"), QStringLiteral("/me/reservations"), wrap(&ReservationRoutes::list),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("DELETE"), QStringLiteral("/me/reservations/{id}"), wrap(&ReservationRoutes::cancel));
}

HttpResponse ReservationRoutes::days(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString beneficiaryId = ctx.query.queryItemValue(QStringLiteral("beneficiaryId"));
    if (beneficiaryId.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("beneficiaryId"), FieldCode::Required } });
    const auto [from, to] = range(ctx, MaxDaysListed);
    QSqlDatabase db = m_deps.database->connection();
    const BookingTarget t = BookingTarget::resolve(db, s.account.account.id, ctx.pathId, beneficiaryId,
                                                   ctx.query.queryItemValue(QStringLiteral("itemId")));
    const QDateTime now = minuteOf(nowMs());
    QJsonArray days;
    for (const BookingDay& d : t.evaluate(db, from, to, now))
        days.append(d.toJson());
    return Responses::cachedJson(ctx,
                                 QJsonObject {
                                     { QStringLiteral("now"), JsonValues::instant(now) },
                                     { QStringLiteral("subscriptionId"), t.subscription.subscription.id },
                                     { QStringLiteral("beneficiaryId"), t.beneficiary.beneficiary.id },
                                     { QStringLiteral("itemId"), t.item->id },
                                     { QStringLiteral("itemLabel"), t.item->label },
                                     { QStringLiteral("unit"), t.item->unit },
                                     { QStringLiteral("days"), days },
                                 });
}

HttpResponse ReservationRoutes::create(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    const QJsonObject body = JsonBody::object(ctx);
    return Idempotency::run(
        *m_deps.database, ctx, accountId, CreateRoute, body,
        [&](const Idempotency::Complete& complete, int* status) { return book(accountId, body, complete, status); });
}

QJsonObject ReservationRoutes::book(const QString& accountId, const QJsonObject& body,
                                    const Idempotency::Complete& complete, int* status) const
{
    FieldErrors errors;
    const BookingRequest request = BookingRequest::read(body, &errors);
    RouteSupport::throwIfInvalid(errors);
    const BookingTarget t = BookingTarget::resolve(m_deps.database->connection(), accountId, request.subscriptionId,
                                                   request.beneficiaryId, request.itemId);
    const BookingPolicy& policy = t.policy();
    // The booking clock decides (deadlines, today); what is written is dated by the system
    // clock, like every other row, so that wallets, orders and notifications stay in order.
    const qint64 now = nowMs();
    const qint64 stamp = RouteSupport::nowMs();

    const QList<BookingDay> states
        = t.evaluate(m_deps.database->connection(), request.dates, RouteSupport::instant(now));

    // One transaction; run again when it met the live-reservation index (SQLSTATE 23505): two
    // bookings of one child's day at once on PostgreSQL, the second then finds the day booked.
    const auto write = [&]() {
        QList<Outcome> outcomes;
        SqlTransaction tx(*m_deps.database);
        QStringList bookedIds;
        int bookedDays = 0;
        int lateDays = 0;
        qint64 total = 0;
        for (const BookingDay& day : states) {
            Outcome o;
            o.date = day.date;
            o.status = QStringLiteral("skipped");
            const bool open = day.state == BookingDay::State::Bookable
                || (day.state == BookingDay::State::Full && day.reason == QLatin1String("waiting_list_open"));
            if (!open) {
                o.reason = day.state == BookingDay::State::Booked ? QStringLiteral("already_booked")
                    : day.state == BookingDay::State::WaitingList ? QStringLiteral("already_waiting")
                                                                  : day.reason;
                outcomes.append(o);
                continue;
            }
            // The counter first: its row lock makes bookings of the same day take turns, so the
            // child's reservation is looked up again once the place is held.
            bool placed = ReservationStore::takePlace(tx.db(), t.service.id, t.item->id, day.date, policy.capacity);
            const bool waiting = !placed && policy.waitingList > 0
                && ReservationStore::takeWaitingPlace(tx.db(), t.service.id, t.item->id, day.date, policy.waitingList);
            if (!placed && !waiting) {
                o.reason = QStringLiteral("full");
                outcomes.append(o);
                continue;
            }
            if (const auto existing
                = ReservationStore::live(tx.db(), t.service.id, t.item->id, day.date, t.beneficiary.beneficiary.id)) {
                if (placed)
                    ReservationStore::releasePlace(tx.db(), t.service.id, t.item->id, day.date);
                else
                    ReservationStore::releaseWaitingPlace(tx.db(), t.service.id, t.item->id, day.date);
                o.reason = existing->status == ReservationStore::Booked ? QStringLiteral("already_booked")
                                                                        : QStringLiteral("already_waiting");
                outcomes.append(o);
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
            if (placed) {
                bookedIds.append(r.id);
                ++bookedDays;
                lateDays += r.surchargeCents > 0 ? 1 : 0;
                total += r.priceCents + r.surchargeCents;
            }
            outcomes.append(o);
        }

        QJsonValue orderId(QJsonValue::Null);
        if (total > 0) {
            Order order;
            order.id = TokenService::newId();
            order.accountId = accountId;
            order.subscriptionId = t.subscription.subscription.id;
            order.serviceId = t.service.id;
            order.serviceName = t.service.name;
            order.communeName = t.communeName;
            order.beneficiaryId = t.beneficiary.beneficiary.id;
            order.beneficiaryName = t.childName();
            if (t.priceCents > 0)
                order.lines.append(OrderLine { t.item->id, t.item->label, t.item->unit, t.item->childcare, t.priceCents,
                                               bookedDays, t.priceCents * bookedDays });
            if (lateDays > 0) {
                const qint64 surcharge = policy.lateBook->surchargeCents;
                order.lines.append(OrderLine { LateBookingItem, QStringLiteral("Majoration réservation tardive"),
                                               t.item->unit, false, surcharge, lateDays, surcharge * lateDays });
            }
            order.totalCents = total;
            order.createdAt = stamp;
            WalletPayment::pay(tx.db(), order, stamp);
            ReservationStore::setOrder(tx.db(), bookedIds, order.id);
            orderId = order.id;
        }
        QJsonArray jsonOutcomes;
        bool created = false;
        for (const Outcome& o : outcomes) {
            jsonOutcomes.append(o.toJson());
            created = created || !o.reservationId.isEmpty();
        }
        const QJsonObject answer {
            { QStringLiteral("outcomes"), jsonOutcomes },
            { QStringLiteral("totalCents"), cents(total) },
            { QStringLiteral("orderId"), orderId },
            { QStringLiteral("balanceCents"), cents(WalletStore::balance(tx.db(), accountId)) },
        };
        *status = created ? 201 : 200;
        complete(tx.db(), answer);
        tx.commit();
        return answer;
    };
    try {
        return write();
    } catch (const DbError& e) {
        if (e.code() != QLatin1String("23505"))
            throw;
        return write();
    }
}

HttpResponse ReservationRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const qint64 now = nowMs();
    const auto [from, to] = range(ctx, MaxDaysListed, FrenchCalendar::parisDate(RouteSupport::instant(now)));
    QSqlDatabase db = m_deps.database->connection();
    const QList<StoredReservation> live = ReservationStore::liveForAccount(db, s.account.account.id, from, to);
    QHash<QString, std::optional<Service>> services;
    QHash<QString, QString> communes;
    QHash<QString, QString> children;
    for (const StoredReservation& r : live) {
        if (!services.contains(r.serviceId)) {
            QString commune;
            services.insert(r.serviceId, CatalogueStore::findService(db, r.serviceId, &commune));
            communes.insert(r.serviceId, commune);
        }
        if (!children.contains(r.beneficiaryId)) {
            const std::optional<StoredBeneficiary> b = BeneficiaryStore::find(db, r.beneficiaryId);
            children.insert(r.beneficiaryId,
                            b ? b->beneficiary.firstName + QLatin1Char(' ') + b->beneficiary.lastName : QString());
        }
    }
    QJsonArray out;
    for (const StoredReservation& r : live) {
        const std::optional<Service>& service = services.value(r.serviceId);
        const ServiceItem* item = service ? service->item(r.itemId) : nullptr;
        const QDateTime cancelBy
            = service && service->booking ? service->booking->policy.cancel.deadline(r.day) : QDateTime();
        out.append(QJsonObject {
            { QStringLiteral("id"), r.id },
            { QStringLiteral("date"), r.day.toString(Qt::ISODate) },
            { QStringLiteral("subscriptionId"), r.subscriptionId },
            { QStringLiteral("serviceName"), service ? service->name : QString() },
            { QStringLiteral("communeName"), communes.value(r.serviceId) },
            { QStringLiteral("itemId"), r.itemId },
            { QStringLiteral("itemLabel"), item ? item->label : r.itemId },
            { QStringLiteral("beneficiaryId"), r.beneficiaryId },
            { QStringLiteral("beneficiaryName"), children.value(r.beneficiaryId) },
            { QStringLiteral("status"), r.status },
            { QStringLiteral("priceCents"), cents(r.priceCents) },
            { QStringLiteral("surchargeCents"), cents(r.surchargeCents) },
            { QStringLiteral("cancelBy"), JsonValues::instant(cancelBy) },
            { QStringLiteral("attendance"), JsonValues::text(r.attendance) },
            { QStringLiteral("orderId"), JsonValues::text(r.orderId) },
        });
    }
    return Responses::cachedJson(ctx, QJsonObject { { QStringLiteral("reservations"), out } });
}

HttpResponse ReservationRoutes::cancel(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredReservation> found = ReservationStore::find(db, ctx.pathId);
    if (!found || found->status == ReservationStore::Cancelled)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(s, found->accountId);
    QString communeName;
    const std::optional<Service> service = CatalogueStore::findService(db, found->serviceId, &communeName);
    const ServiceItem* item = service ? service->item(found->itemId) : nullptr;
    if (!service || !service->booking || !item)
        throw Problem(409, ProblemCode::NotBookable);
    const QDateTime cancelBy = service->booking->policy.cancel.deadline(found->day);
    if (!(RouteSupport::instant(nowMs()) < cancelBy))
        throw Problem(409, ProblemCode::DeadlinePassed)
            .withMember(QStringLiteral("cancelBy"), JsonValues::instant(cancelBy));

    const qint64 now = RouteSupport::nowMs(); // dates what is written
    SqlTransaction tx(*m_deps.database);
    // The row as it is now: a promotion may have turned a waiting-list entry into a booking.
    // The counter first, as a booking takes it before the reservation rows: transactions on
    // the same day then wait for each other in one order.
    const std::optional<StoredReservation> r = ReservationStore::find(tx.db(), ctx.pathId);
    if (!r || r->status == ReservationStore::Cancelled)
        throw Problem(404, ProblemCode::NotFound);
    if (r->status == ReservationStore::WaitingList)
        ReservationStore::releaseWaitingPlace(tx.db(), r->serviceId, r->itemId, r->day);
    else
        ReservationStore::releasePlace(tx.db(), r->serviceId, r->itemId, r->day);
    if (!ReservationStore::cancel(tx.db(), r->id, r->status, now))
        throw Problem(404, ProblemCode::NotFound); // changed meanwhile: rolled back, counter included
    if (r->status == ReservationStore::Booked) {
        const qint64 refund = r->priceCents + r->surchargeCents;
        if (refund > 0 && !r->orderId.isEmpty()) {
            const std::optional<StoredBeneficiary> child = BeneficiaryStore::find(tx.db(), r->beneficiaryId);
            WalletStore::refundReservation(
                tx.db(), r->accountId, refund, r->orderId, r->id,
                QStringLiteral("Annulation : %1 du %2 — %3")
                    .arg(item->label, frenchDate(r->day), child ? child->beneficiary.firstName : QString()),
                now);
        }
        promoteFirst(tx.db(), *service, communeName, *item, r->day, now);
    }
    tx.commit();
    return Responses::noContent();
}

} // namespace citoyens::server
