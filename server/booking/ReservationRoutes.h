#pragma once

#include "BookingService.h"

#include "idempotency/Idempotency.h"
#include "payments/PaymentRoutes.h"
#include "routing/ServiceDeps.h"
#include "wallet/CardPayment.h"

#include <QJsonObject>

namespace citoyens::server {

class ApiRouter;
class Clock;
struct RequestContext;

// « Mes réservations » (docs/architecture/booking-rules.md, "Server"):
// GET /me/subscriptions/{id}/days (a child's days of a booked item, worked out at the server's
// clock), POST /me/reservations (days by dates or a weekly pattern, the booked ones paid from
// the wallet in the same transaction, or held by an order pending its card payment with
// `payment: "card"`; Idempotency-Key honoured), GET /me/reservations (the
// coming reservations) and DELETE /me/reservations/{id} (before the cancel deadline: refunded,
// and the first waiting-list entry that can pay takes the place).
class ReservationRoutes
{
public:
    static constexpr int MaxDaysListed = 62;

    // `clock` (ServerApp's, --now) must outlive the routes; null: the system clock.
    ReservationRoutes(const ServiceDeps& deps, const Clock* clock, const PaymentDeps& payments = {});
    ReservationRoutes(const ReservationRoutes&) = delete;
    ReservationRoutes& operator=(const ReservationRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse days(const RequestContext& ctx) const;
    HttpResponse create(const RequestContext& ctx) const;
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse cancel(const RequestContext& ctx) const;
    QJsonObject book(const QString& accountId, const QString& email, const QJsonObject& body,
                     const Idempotency::Complete& complete, int* status) const;
    qint64 nowMs() const;

    ServiceDeps m_deps;
    const Clock* m_clock;
    BookingService m_booking;
    CardPayment m_card;
};

} // namespace citoyens::server
