#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

class Database;
struct RequestContext;

// What desk agents (and administrators) did, and what undid an agent's decision: who, when,
// on which citizen, what, on which item, in which HTTP request. Written in the transaction of the action itself, so
// that an action and its trace are committed together; read by administrators; never changed.
namespace AuditLog {

// The actions, as GET /admin/audit names them.
inline const QString Decision = QStringLiteral("decision");
// A family's change of a child's identity sent it back to pending where it was approved: the
// actor is the family's account (an assisted session's agent has its own assisted_change).
inline const QString ApprovalWithdrawn = QStringLiteral("approval_withdrawn");
inline const QString AccountCreated = QStringLiteral("account_created");
inline const QString AssistRequested = QStringLiteral("assist_requested");
inline const QString AssistOpened = QStringLiteral("assist_opened");
inline const QString AssistedChange = QStringLiteral("assisted_change");
inline const QString AssistEnded = QStringLiteral("assist_ended");
inline const QString DocumentOpened = QStringLiteral("document_opened");
inline const QString PhotoOpened = QStringLiteral("photo_opened");
// Reads of a citizen's data by an agent (recordRead): the desk's record, and in an assisted
// session the profile and the beneficiaries (with or without PAI); documents and photos above.
inline const QString CitizenRecordOpened = QStringLiteral("citizen_record_opened");
inline const QString ProfileOpened = QStringLiteral("profile_opened");
inline const QString BeneficiariesOpened = QStringLiteral("beneficiaries_opened");
// One per attendance list read: the service, item and day, no citizen.
inline const QString AttendanceListOpened = QStringLiteral("attendance_list_opened");
// One per read of the desk's queue that answered the list (not a 304): how many requests and
// children (with a PAI) it showed, no citizen.
inline const QString QueueOpened = QStringLiteral("queue_opened");
inline const QString SettingsChanged = QStringLiteral("settings_changed");
inline const QString Attendance = QStringLiteral("attendance");
// An agent asked API Particulier for a citizen's family quotient (detail: found, not found,
// unavailable), at the desk; and an assisted session read the kept one.
inline const QString FamilyQuotientRequested = QStringLiteral("family_quotient_requested");
inline const QString FamilyQuotientOpened = QStringLiteral("family_quotient_opened");

struct Entry
{
    QString id;
    qint64 at = 0;
    QString actorId;
    QString citizenId;
    QString action;
    QString subjectId;
    QString requestId;
    QString detail; // short and free of health data: a decision, a route, a setting

    QJsonObject toJson() const;
};

struct Filter
{
    QString actorId;
    QString citizenId;
    qint64 from = 0; // inclusive, 0: no bound
    qint64 to = 0; // exclusive, 0: no bound
    int limit = 100;
};

void record(const QSqlDatabase& db, const RequestContext& ctx, const QString& actorId, const QString& citizenId,
            const QString& action, const QString& subjectId, const QString& detail = {});
// The trace of a read: record() in a transaction of its own (one insert). On an I/O thread
// (RequestContext::mayWrite false) it throws MovesToWorker, and the read is made again on a worker.
void recordRead(Database& database, const RequestContext& ctx, const QString& actorId, const QString& citizenId,
                const QString& action, const QString& subjectId, const QString& detail = {});
// The detail of a read made in an assisted session: "assisted", or "<detail>, assisted".
QString assisted(const QString& detail = {});
// Newest first.
QList<Entry> list(const QSqlDatabase& db, const Filter& filter);

} // namespace AuditLog

} // namespace citoyens::server
