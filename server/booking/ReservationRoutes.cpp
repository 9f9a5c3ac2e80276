#include "ReservationRoutes.h"

#include "BookingRequest.h"
#include "BookingService.h"
#include "BookingTarget.h"
#include "Clock.h"
#include "auth/AccessPolicy.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/FrenchCalendar.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

#include <QJsonArray>

namespace citoyens::server {

namespace {

const QString CreateRoute = QStringLiteral("POST /me/reservations");

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

QJsonObject outcomeJson(const BookingService::Outcome& o)
{
    QJsonObject json { { QStringLiteral("date"), o.date.toString(Qt::ISODate) },
                       { QStringLiteral("status"), o.status },
                       { QStringLiteral("priceCents"), cents(o.priceCents) },
                       { QStringLiteral("surchargeCents"), cents(o.surchargeCents) } };
    if (!o.reason.isEmpty())
        json.insert(QStringLiteral("reason"), o.reason);
    if (!o.reservationId.isEmpty())
        json.insert(QStringLiteral("reservationId"), o.reservationId);
    return json;
}

QJsonObject bookingJson(const BookingService::Booking& booking)
{
    QJsonArray outcomes;
    for (const BookingService::Outcome& o : booking.outcomes)
        outcomes.append(outcomeJson(o));
    QJsonObject json {
        { QStringLiteral("outcomes"), outcomes },
        { QStringLiteral("totalCents"), cents(booking.totalCents) },
        { QStringLiteral("orderId"), booking.orderId.isEmpty() ? QJsonValue(QJsonValue::Null) : booking.orderId },
        { QStringLiteral("balanceCents"), cents(booking.balanceCents) },
    };
    if (!booking.orderId.isEmpty()) {
        json.insert(QStringLiteral("orderNumber"), booking.order.number);
        json.insert(QStringLiteral("paidWith"), booking.order.paidWith);
        json.insert(QStringLiteral("orderStatus"), booking.order.status);
    }
    return json;
}

} // namespace

ReservationRoutes::ReservationRoutes(const ServiceDeps& deps, const Clock* clock, const PaymentDeps& payments)
    : m_deps(deps)
    , m_clock(clock)
    , m_booking(deps.database, clock)
    , m_card(deps.database, payments.provider)
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
    return Idempotency::run(*m_deps.database, ctx, accountId, CreateRoute, body,
                            [&](const Idempotency::Complete& complete, int* status) {
                                return book(accountId, s.account.account.email, body, complete, status);
                            });
}

QJsonObject ReservationRoutes::book(const QString& accountId, const QString& email, const QJsonObject& body,
                                    const Idempotency::Complete& complete, int* status) const
{
    FieldErrors errors;
    const BookingRequest request = BookingRequest::read(body, &errors);
    const bool card = m_card.wantsCard(body, &errors);
    RouteSupport::throwIfInvalid(errors);
    const BookingTarget t = BookingTarget::resolve(m_deps.database->connection(), accountId, request.subscriptionId,
                                                   request.beneficiaryId, request.itemId);
    QJsonObject answer;
    const BookingService::Booking booking = m_booking.book(
        accountId, t, request.dates,
        [&](const QSqlDatabase& db, const BookingService::Booking& b) {
            answer = bookingJson(b);
            *status = b.created ? 201 : 200;
            // A held order's answer is recorded once its payment is registered (below).
            if (!card || b.orderId.isEmpty())
                complete(db, answer);
        },
        card ? &m_card : nullptr);
    if (!card || booking.orderId.isEmpty())
        return answer;
    m_card.start(booking.order, email, [&](const QSqlDatabase& db, const Order& started) {
        const QJsonObject json = started.toJson();
        answer.insert(QStringLiteral("paymentUrl"), json.value(QStringLiteral("paymentUrl")));
        answer.insert(QStringLiteral("expiresAt"), json.value(QStringLiteral("expiresAt")));
        complete(db, answer);
    });
    return answer;
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
    m_booking.cancel(*found);
    return Responses::noContent();
}

} // namespace citoyens::server
