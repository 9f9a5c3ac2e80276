#pragma once

#include "FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// The attendance words of a booked day (as BookingDay::attendance carries them): present,
// absent with a justification (not billed: the day is refunded, and that is final), absent
// without (billed). Empty: not recorded yet.
namespace AttendanceWord {
inline const QString Present = QStringLiteral("present");
inline const QString Absent = QStringLiteral("absent");
inline const QString Excused = QStringLiteral("excused");
} // namespace AttendanceWord

// One booked child of a day's list (GET /agent/attendance, children[]; PUT
// /agent/reservations/{id}/attendance answers one).
struct AttendanceChild
{
    QString reservationId;
    QString beneficiaryId;
    QString firstName;
    QString lastName;
    QDate birthDate; // invalid when not given
    QString citizenName; // the family: the account holder who booked
    QString attendance; // empty, or one of AttendanceWord

    // Whole years on `day` (-1 without a birth date).
    int ageOn(const QDate& day) const;

    static std::optional<AttendanceChild> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                   const QString& prefix = {});
    friend bool operator==(const AttendanceChild& a, const AttendanceChild& b)
    {
        return a.reservationId == b.reservationId && a.beneficiaryId == b.beneficiaryId && a.firstName == b.firstName
            && a.lastName == b.lastName && a.birthDate == b.birthDate && a.citizenName == b.citizenName
            && a.attendance == b.attendance;
    }
};

// How many children a day's list has, and how each is marked.
struct AttendanceCounts
{
    int registered = 0;
    int present = 0;
    int absent = 0; // without a justification (billed)
    int excused = 0; // with a justification (refunded)
    int unmarked = 0;

    static AttendanceCounts of(const QList<AttendanceChild>& children);
    friend bool operator==(const AttendanceCounts& a, const AttendanceCounts& b)
    {
        return a.registered == b.registered && a.present == b.present && a.absent == b.absent && a.excused == b.excused
            && a.unmarked == b.unmarked;
    }
};

// A day's list for one service and one of its booked items.
struct AttendanceList
{
    struct Item
    {
        QString id;
        QString label;
    };

    QString serviceId;
    QString serviceName;
    QDate date;
    QString itemId;
    QString itemLabel;
    QList<Item> items; // the service's booked items
    QList<AttendanceChild> children; // booked only, by last name then first name

    static std::optional<AttendanceList> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

// Whether `word` is one of AttendanceWord (an empty word is not).
bool isAttendanceWord(const QString& word);

} // namespace citoyens
