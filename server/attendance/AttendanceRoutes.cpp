#include "AttendanceRoutes.h"

#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "booking/BookingService.h"
#include "booking/ReservationStore.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/BookingDay.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

#include <QJsonArray>

namespace citoyens::server {

namespace {

QJsonObject rowJson(const AttendanceRow& row)
{
    return QJsonObject {
        { QStringLiteral("reservationId"), row.reservationId },
        { QStringLiteral("beneficiaryId"), row.beneficiaryId },
        { QStringLiteral("firstName"), row.firstName },
        { QStringLiteral("lastName"), row.lastName },
        { QStringLiteral("birthDate"), JsonValues::date(row.birthDate) },
        { QStringLiteral("citizenName"), row.citizenName },
        { QStringLiteral("attendance"), JsonValues::text(row.attendance) },
    };
}

// The service, when it is booked per day and belongs to one of the agent's communes (else 404).
Service agentService(const QSqlDatabase& db, const AuthenticatedSession& agent, const QString& serviceId)
{
    const std::optional<Service> service = CatalogueStore::findService(db, serviceId);
    if (!service)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireCommune(db, agent, service->communeId);
    if (!service->booking)
        throw Problem(409, ProblemCode::NotBookable);
    return *service;
}

} // namespace

AttendanceRoutes::AttendanceRoutes(const ServiceDeps& deps, const Clock* clock)
    : m_deps(deps)
    , m_booking(deps.database, clock)
{ }

void AttendanceRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/agent/attendance"), [this](const RequestContext& c) { return list(c); },
        ApiRouter::Work::Inline);
    router.add(QStringLiteral("PUT"), QStringLiteral("/agent/reservations/{id}/attendance"),
               [this](const RequestContext& c) { return record(c); });
}

HttpResponse AttendanceRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession agent = m_deps.policy->agent(ctx);
    FieldErrors errors;
    const QString serviceId = ctx.query.queryItemValue(QStringLiteral("serviceId"));
    const QString dateText = ctx.query.queryItemValue(QStringLiteral("date"));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (serviceId.isEmpty())
        errors.append({ QStringLiteral("serviceId"), FieldCode::Required });
    if (dateText.isEmpty())
        errors.append({ QStringLiteral("date"), FieldCode::Required });
    else if (dateText.size() != 10 || !date.isValid())
        errors.append({ QStringLiteral("date"), FieldCode::InvalidDate });
    RouteSupport::throwIfInvalid(errors);
    QSqlDatabase db = m_deps.database->connection();
    const Service service = agentService(db, agent, serviceId);
    const QString itemId = ctx.query.hasQueryItem(QStringLiteral("itemId"))
        ? ctx.query.queryItemValue(QStringLiteral("itemId"))
        : service.booking->items.first();
    const ServiceItem* item = service.booking->items.contains(itemId) ? service.item(itemId) : nullptr;
    if (!item)
        RouteSupport::throwIfInvalid({ { QStringLiteral("itemId"), FieldCode::NotFound } });
    // The list names the children booked that day: one entry per read, naming the list.
    AuditLog::recordRead(
        *m_deps.database, ctx, agent.account.account.id, {}, AuditLog::AttendanceListOpened, service.id,
        QStringList { service.communeId, item->id, date.toString(Qt::ISODate) }.join(QLatin1Char(' ')));
    QJsonArray items;
    for (const QString& id : service.booking->items) {
        if (const ServiceItem* i = service.item(id))
            items.append(QJsonObject { { QStringLiteral("id"), i->id }, { QStringLiteral("label"), i->label } });
    }
    QJsonArray children;
    for (const AttendanceRow& row : ReservationStore::bookedChildren(db, service.id, item->id, date))
        children.append(rowJson(row));
    return Responses::cachedJson(ctx,
                                 QJsonObject {
                                     { QStringLiteral("serviceId"), service.id },
                                     { QStringLiteral("serviceName"), service.name },
                                     { QStringLiteral("date"), date.toString(Qt::ISODate) },
                                     { QStringLiteral("itemId"), item->id },
                                     { QStringLiteral("itemLabel"), item->label },
                                     { QStringLiteral("items"), items },
                                     { QStringLiteral("children"), children },
                                 });
}

HttpResponse AttendanceRoutes::record(const RequestContext& ctx) const
{
    const AuthenticatedSession agent = m_deps.policy->agent(ctx);
    const QJsonObject body = JsonBody::object(ctx);
    JsonReader r(body);
    const QString attendance = r.string(QStringLiteral("attendance"));
    if (r.ok() && !BookingDay::isAttendance(attendance))
        r.addError(QStringLiteral("attendance"), FieldCode::InvalidChoice);
    RouteSupport::throwIfInvalid(r.errors());

    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredReservation> found = ReservationStore::find(db, ctx.pathId);
    if (!found || found->status != ReservationStore::Booked)
        throw Problem(404, ProblemCode::NotFound);
    const Service service = agentService(db, agent, found->serviceId);
    m_booking.recordAttendance(ctx, agent.account.account.id, service, *found, attendance);
    for (const AttendanceRow& row : ReservationStore::bookedChildren(db, service.id, found->itemId, found->day)) {
        if (row.reservationId == found->id)
            return Responses::json(rowJson(row));
    }
    throw Problem(404, ProblemCode::NotFound);
}

} // namespace citoyens::server
