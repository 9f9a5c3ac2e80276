#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

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
inline const QString SettingsChanged = QStringLiteral("settings_changed");
inline const QString Attendance = QStringLiteral("attendance");

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
// Newest first.
QList<Entry> list(const QSqlDatabase& db, const Filter& filter);

} // namespace AuditLog

} // namespace citoyens::server
