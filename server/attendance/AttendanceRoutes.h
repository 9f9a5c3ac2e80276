#pragma once

#include "booking/BookingService.h"
#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
class Clock;
struct RequestContext;

// The agent's « Pointage » (docs/architecture/booking-rules.md, "Server"): the children booked
// on a day of a service of the agent's communes (GET /agent/attendance), and their attendance
// (PUT /agent/reservations/{id}/attendance: present, absent, excused; on or before today at the
// server's clock; an excused day is refunded once and is then final). Audited.
class AttendanceRoutes
{
public:
    // `clock` (ServerApp's, --now) must outlive the routes; null: the system clock.
    AttendanceRoutes(const ServiceDeps& deps, const Clock* clock);
    AttendanceRoutes(const AttendanceRoutes&) = delete;
    AttendanceRoutes& operator=(const AttendanceRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse record(const RequestContext& ctx) const;

    ServiceDeps m_deps;
    BookingService m_booking;
};

} // namespace citoyens::server
