#include "AttendanceCommands.h"

#include "api/ApiCall.h"
#include "api/QueueApi.h"
#include "models/FieldCodes.h"
#include "models/ProblemCodes.h"
#include "store/CatalogueRepository.h"

namespace citoyens {

namespace {

ApiError malformed()
{
    ApiError error;
    error.kind = ApiError::Kind::Parse;
    error.message = AttendanceCommands::tr("The server's answer could not be read.");
    return error;
}

// The server's refusals, in the agent's words.
ApiError explained(const ApiCall& failed)
{
    const ApiError& error = failed.error();
    ApiError explained = error;
    if (error.code == ProblemCode::TooEarly)
        explained.message = AttendanceCommands::tr("Attendance can only be taken on the day itself or afterwards.");
    else if (error.code == ProblemCode::AlreadyRefunded)
        explained.message = AttendanceCommands::tr("Justified absence already refunded: it can no longer be changed.");
    else if (error.httpStatus == 404)
        explained.message = AttendanceCommands::tr("This service or this booking is not one of your communes'.");
    return explained;
}

bool serves(const QStringList& communes, const Commune& commune)
{
    if (communes.isEmpty())
        return true;
    for (const QString& served : communes) {
        if (served.compare(commune.id, Qt::CaseInsensitive) == 0
            || served.compare(commune.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

AttendanceOperation::AttendanceOperation(QObject* parent)
    : CallOperation(parent)
{ }

AttendanceCommands::AttendanceCommands(QueueApi* api, CatalogueRepository* catalogue, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_catalogue(catalogue)
{ }

QList<AttendanceService> AttendanceCommands::services(const QStringList& communes) const
{
    QList<AttendanceService> services;
    const Catalogue catalogue = m_catalogue ? m_catalogue->load() : Catalogue {};
    for (const Commune& commune : catalogue.communes) {
        if (!serves(communes, commune))
            continue;
        for (const Service& service : commune.services) {
            if (service.booking)
                services.append({ service.id, service.name, commune.id, commune.name });
        }
    }
    return services;
}

AttendanceOperation* AttendanceCommands::load(const QString& serviceId, const QDate& date, const QString& itemId)
{
    auto* operation = new AttendanceOperation(this);
    FieldErrors refused;
    if (serviceId.isEmpty())
        refused.append({ QStringLiteral("serviceId"), FieldCode::Required });
    if (!date.isValid())
        refused.append({ QStringLiteral("date"), FieldCode::InvalidDate });
    operation->run(refused,
                   { [this, serviceId, date, itemId] { return m_api->attendance(serviceId, date, itemId); },
                     CallOperation::readInto(&operation->m_list, malformed()), explained });
    return operation;
}

AttendanceOperation* AttendanceCommands::mark(const QString& reservationId, const QString& attendance)
{
    if (AttendanceOperation* running = m_marking.value(reservationId); running && running->isRunning())
        return running;
    auto* operation = new AttendanceOperation(this);
    operation->m_reservationId = reservationId;
    operation->m_attendance = attendance;
    FieldErrors refused;
    if (reservationId.isEmpty())
        refused.append({ QStringLiteral("reservationId"), FieldCode::Required });
    if (!isAttendanceWord(attendance))
        refused.append({ QStringLiteral("attendance"), FieldCode::InvalidChoice });
    if (refused.isEmpty())
        m_marking.insert(reservationId, operation);
    connect(operation, &Operation::finished, this, [this, reservationId, operation] {
        if (m_marking.value(reservationId) == operation)
            m_marking.remove(reservationId);
    });
    operation->run(refused,
                   { [this, reservationId, attendance] { return m_api->markAttendance(reservationId, attendance); },
                     CallOperation::readInto(&operation->m_child, malformed()), explained });
    return operation;
}

QString AttendanceCommands::alreadyRefundedMessage()
{
    return tr("Justified absence already refunded: it can no longer be changed.");
}

bool AttendanceCommands::isMarking(const QString& reservationId) const
{
    const AttendanceOperation* running = m_marking.value(reservationId);
    return running && running->isRunning();
}

} // namespace citoyens
