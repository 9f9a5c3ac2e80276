#include "Attendance.h"

#include "FieldCodes.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace citoyens {

bool isAttendanceWord(const QString& word)
{
    return word == AttendanceWord::Present || word == AttendanceWord::Absent || word == AttendanceWord::Excused;
}

int AttendanceChild::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

std::optional<AttendanceChild> AttendanceChild::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                         const QString& prefix)
{
    JsonReader r(json, prefix);
    AttendanceChild c;
    c.reservationId = r.string(QStringLiteral("reservationId"));
    c.beneficiaryId = r.string(QStringLiteral("beneficiaryId"), false);
    c.firstName = r.string(QStringLiteral("firstName"));
    c.lastName = r.string(QStringLiteral("lastName"));
    c.birthDate = r.date(QStringLiteral("birthDate"));
    c.citizenName = r.string(QStringLiteral("citizenName"), false);
    c.attendance = r.string(QStringLiteral("attendance"), false);
    if (!c.attendance.isEmpty() && !isAttendanceWord(c.attendance))
        r.addError(QStringLiteral("attendance"), FieldCode::InvalidChoice);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return c;
}

AttendanceCounts AttendanceCounts::of(const QList<AttendanceChild>& children)
{
    AttendanceCounts counts;
    counts.registered = int(children.size());
    for (const AttendanceChild& child : children) {
        if (child.attendance == AttendanceWord::Present)
            ++counts.present;
        else if (child.attendance == AttendanceWord::Absent)
            ++counts.absent;
        else if (child.attendance == AttendanceWord::Excused)
            ++counts.excused;
        else
            ++counts.unmarked;
    }
    return counts;
}

std::optional<AttendanceList> AttendanceList::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    AttendanceList list;
    list.serviceId = r.string(QStringLiteral("serviceId"));
    list.serviceName = r.string(QStringLiteral("serviceName"), false);
    list.date = r.date(QStringLiteral("date"), true);
    list.itemId = r.string(QStringLiteral("itemId"), false);
    list.itemLabel = r.string(QStringLiteral("itemLabel"), false);
    const QJsonArray items = r.array(QStringLiteral("items"));
    for (int i = 0; i < items.size(); ++i) {
        JsonReader item(items.at(i).toObject(), r.elementPath(QStringLiteral("items"), i));
        Item read { item.string(QStringLiteral("id")), item.string(QStringLiteral("label"), false) };
        r.merge(item);
        list.items.append(read);
    }
    const QJsonArray children = r.array(QStringLiteral("children"), true);
    for (int i = 0; i < children.size(); ++i) {
        FieldErrors nested;
        if (const auto child = AttendanceChild::fromJson(children.at(i).toObject(), &nested,
                                                         r.elementPath(QStringLiteral("children"), i)))
            list.children.append(*child);
        r.mergeErrors(nested);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return list;
}

} // namespace citoyens
