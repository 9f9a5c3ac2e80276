#pragma once

#include "operations/CallOperation.h"

#include "models/Attendance.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace citoyens {

class QueueApi;
class ApiCall;
class CatalogueRepository;

// A service with days that the agent may take the attendance of.
struct AttendanceService
{
    QString id;
    QString name;
    QString communeId;
    QString communeName;
};

// One request of « Pointage », with what it brought back once it succeeded: a day's list
// (load) or the child's row as the server recorded it (mark).
class AttendanceOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceOperation)

public:
    const AttendanceList& list() const { return m_list; }
    const AttendanceChild& child() const { return m_child; }
    // What was asked: the reservation marked and its word (mark only).
    QString reservationId() const { return m_reservationId; }
    QString attendance() const { return m_attendance; }

private:
    friend class AttendanceCommands;
    explicit AttendanceOperation(QObject* parent);

    AttendanceList m_list;
    AttendanceChild m_child;
    QString m_reservationId;
    QString m_attendance;
};

// What the desk agent does in « Pointage »: the services with days of the agent's communes
// (from the stored catalogue), a day's list of booked children, and one child marked present,
// absent, or absent with a justification (refunded by the server, and then final). Each call
// returns an operation that finishes once; a mark asked again while the same child's is in
// flight returns that operation instead of sending a second request.
class AttendanceCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceCommands)

public:
    AttendanceCommands(QueueApi* api, CatalogueRepository* catalogue, QObject* parent = nullptr);

    // The services that are booked per day, of the communes named (ids or names, as an agent's
    // account lists them); every commune's when `communes` is empty (an administrator).
    QList<AttendanceService> services(const QStringList& communes) const;

    AttendanceOperation* load(const QString& serviceId, const QDate& date, const QString& itemId = {});
    AttendanceOperation* mark(const QString& reservationId, const QString& attendance);
    bool isMarking(const QString& reservationId) const;

    // "Absence justifiée déjà remboursée : elle ne peut plus être changée" (409 already_refunded).
    static QString alreadyRefundedMessage();

private:
    QueueApi* m_api;
    CatalogueRepository* m_catalogue;
    QHash<QString, QPointer<AttendanceOperation>> m_marking;
};

} // namespace citoyens
