#include "BookingDay.h"

#include "FieldCodes.h"
#include "FrenchCalendar.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "Money.h"

#include <QCoreApplication>

namespace citoyens {

namespace {

// Why the service does not run that day, or empty when it does. In this order: the school
// calendar is unknown, the school holidays (or term time) close it, the service does not run on
// that day of the week, a public holiday closes it. A public holiday is named only on a day the
// service would otherwise run.
QString closure(const BookingPolicy& policy, const QDate& date)
{
    const bool holidaysMatter
        = policy.schoolHolidays != SchoolHolidayMode::Open || policy.effectiveHolidayWeekdays() != policy.weekdays;
    if (holidaysMatter && !FrenchCalendar::coversSchoolCalendar(date))
        return QStringLiteral("school_calendar_unknown");
    const bool inHolidays = FrenchCalendar::schoolHoliday(date).has_value();
    if (inHolidays && policy.schoolHolidays == SchoolHolidayMode::Closed)
        return QStringLiteral("school_holidays");
    if (!inHolidays && policy.schoolHolidays == SchoolHolidayMode::Only)
        return QStringLiteral("school_term");
    const QList<int> runs = inHolidays ? policy.effectiveHolidayWeekdays() : policy.weekdays;
    if (!runs.contains(date.dayOfWeek()))
        return QStringLiteral("weekday_not_served");
    if (policy.closedOnPublicHolidays && FrenchCalendar::isPublicHoliday(date))
        return QStringLiteral("public_holiday");
    return {};
}

const char* const StateNames[] = { "bookable", "booked", "waiting_list", "full", "closed", "deadline_passed", "past" };

const char* const Reasons[] = {
    "weekday_not_served",
    "public_holiday",
    "school_holidays",
    "school_term",
    "school_calendar_unknown",
    "beyond_horizon",
    "past",
    "bookable",
    "late_booking",
    "full",
    "waiting_list_open",
    "booking_deadline_passed",
    "cancellable",
    "cancel_deadline_passed",
    "already_booked",
    "already_waiting",
};

bool isReason(const QString& word)
{
    for (const char* r : Reasons) {
        if (word == QLatin1String(r))
            return true;
    }
    return false;
}

} // namespace

BookingDay BookingDay::evaluate(const BookingPolicy& policy, const BookingDayFacts& facts)
{
    BookingDay day;
    day.date = facts.date;
    day.priceCents = facts.priceCents;
    day.reservationId = facts.reservationId;
    day.attendance = facts.attendance;

    const QString closedBecause = closure(policy, facts.date);
    if (!closedBecause.isEmpty()) {
        day.state = State::Closed;
        day.reason = closedBecause;
        return day;
    }

    day.bookBy = policy.book.deadline(facts.date);
    day.cancelBy = policy.cancel.deadline(facts.date);
    if (policy.lateBook)
        day.lateBookBy = policy.lateBook->rule.deadline(facts.date);

    const QDate today = FrenchCalendar::parisDate(facts.now);
    if (facts.date < today) {
        day.state = State::Past;
        day.reason = QStringLiteral("past");
        return day;
    }

    if (facts.reservation != ReservationStatus::None) {
        day.state = facts.reservation == ReservationStatus::Booked ? State::Booked : State::WaitingList;
        day.reason
            = facts.now < day.cancelBy ? QStringLiteral("cancellable") : QStringLiteral("cancel_deadline_passed");
        return day;
    }

    // "8 weeks ahead": up to and including today + 56 days.
    if (facts.date > today.addDays(7 * policy.horizonWeeks)) {
        day.state = State::Closed;
        day.reason = QStringLiteral("beyond_horizon");
        return day;
    }

    const bool ordinary = facts.now < day.bookBy;
    const bool late = !ordinary && policy.lateBook && facts.now < day.lateBookBy;
    if (!ordinary && !late) {
        day.state = State::DeadlinePassed;
        day.reason = QStringLiteral("booking_deadline_passed");
        return day;
    }
    if (late) {
        day.bookBy = day.lateBookBy;
        day.surchargeCents = policy.lateBook->surchargeCents;
    }

    if (policy.capacity > 0 && facts.bookedCount >= policy.capacity) {
        day.state = State::Full;
        day.reason
            = facts.waitingCount < policy.waitingList ? QStringLiteral("waiting_list_open") : QStringLiteral("full");
        return day;
    }
    day.state = State::Bookable;
    day.reason = ordinary ? QStringLiteral("bookable") : QStringLiteral("late_booking");
    return day;
}

QList<BookingDay> BookingDay::month(const BookingPolicy& policy, int year, int month, const QDateTime& now,
                                    const std::function<BookingDayFacts(const QDate&)>& facts)
{
    QList<BookingDay> out;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return out;
    for (QDate d = first; d.month() == month; d = d.addDays(1)) {
        BookingDayFacts f = facts ? facts(d) : BookingDayFacts {};
        f.date = d;
        f.now = now;
        out.append(evaluate(policy, f));
    }
    return out;
}

QString BookingDay::reasonText() const
{
    if (reason == QLatin1String("weekday_not_served"))
        return QCoreApplication::translate("BookingDay", "The service does not run on this day of the week.");
    if (reason == QLatin1String("public_holiday")) {
        const std::optional<PublicHoliday> h = FrenchCalendar::publicHoliday(date);
        return QCoreApplication::translate("BookingDay", "Closed: %1.").arg(h ? h->name() : QString());
    }
    if (reason == QLatin1String("school_holidays")) {
        const std::optional<SchoolHolidayPeriod> p = FrenchCalendar::schoolHoliday(date);
        return QCoreApplication::translate("BookingDay", "Closed during the school holidays (%1).")
            .arg(p ? p->name() : QString());
    }
    if (reason == QLatin1String("school_term"))
        return QCoreApplication::translate("BookingDay", "Open during the school holidays only.");
    if (reason == QLatin1String("school_calendar_unknown"))
        return QCoreApplication::translate("BookingDay", "The school calendar for this day is not published yet.");
    if (reason == QLatin1String("beyond_horizon"))
        return QCoreApplication::translate("BookingDay", "Not open for booking yet.");
    if (reason == QLatin1String("past"))
        return QCoreApplication::translate("BookingDay", "This day is over.");
    if (reason == QLatin1String("bookable"))
        return QCoreApplication::translate("BookingDay", "Can be booked.");
    if (reason == QLatin1String("late_booking"))
        return QCoreApplication::translate("BookingDay", "Late booking, with a surcharge of %1.")
            .arg(Money::fromCents(surchargeCents).toFrench());
    if (reason == QLatin1String("full"))
        return QCoreApplication::translate("BookingDay", "Full.");
    if (reason == QLatin1String("waiting_list_open"))
        return QCoreApplication::translate("BookingDay", "Full; places are left on the waiting list.");
    if (reason == QLatin1String("booking_deadline_passed"))
        return QCoreApplication::translate("BookingDay", "The booking deadline has passed.");
    if (reason == QLatin1String("already_booked"))
        return QCoreApplication::translate("BookingDay", "Already booked for this child.");
    if (reason == QLatin1String("already_waiting"))
        return QCoreApplication::translate("BookingDay", "Already on the waiting list for this child.");
    const bool waiting = state == State::WaitingList;
    if (reason == QLatin1String("cancellable"))
        return waiting ? QCoreApplication::translate("BookingDay", "On the waiting list; can still be withdrawn.")
                       : QCoreApplication::translate("BookingDay", "Booked; can still be cancelled.");
    if (reason == QLatin1String("cancel_deadline_passed"))
        return waiting ? QCoreApplication::translate("BookingDay", "On the waiting list; can no longer be withdrawn.")
                       : QCoreApplication::translate("BookingDay", "Booked; can no longer be cancelled.");
    return {};
}

QJsonObject BookingDay::toJson() const
{
    return QJsonObject {
        { QStringLiteral("date"), JsonValues::date(date) },
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("bookBy"), JsonValues::instant(bookBy) },
        { QStringLiteral("cancelBy"), JsonValues::instant(cancelBy) },
        { QStringLiteral("lateBookBy"), JsonValues::instant(lateBookBy) },
        { QStringLiteral("priceCents"), QJsonValue(qint64(priceCents)) },
        { QStringLiteral("surchargeCents"), QJsonValue(qint64(surchargeCents)) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("reservationId"), JsonValues::text(reservationId) },
        { QStringLiteral("attendance"), JsonValues::text(attendance) },
    };
}

std::optional<BookingDay> BookingDay::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    BookingDay day;
    day.date = r.date(QStringLiteral("date"), true);
    const QString state = r.string(QStringLiteral("state"));
    if (const std::optional<State> parsed = stateFromName(state))
        day.state = *parsed;
    else if (!state.isEmpty())
        r.addError(QStringLiteral("state"), FieldCode::InvalidChoice);
    day.bookBy = r.dateTime(QStringLiteral("bookBy")).toUTC();
    day.cancelBy = r.dateTime(QStringLiteral("cancelBy")).toUTC();
    day.lateBookBy = r.dateTime(QStringLiteral("lateBookBy")).toUTC();
    for (const auto& [field, target] : { std::pair { QStringLiteral("priceCents"), &day.priceCents },
                                         std::pair { QStringLiteral("surchargeCents"), &day.surchargeCents } }) {
        const int before = r.errors().size();
        const qint64 cents = r.integer(field);
        if (r.errors().size() == before && (cents < 0 || cents > Money::MaxCents))
            r.addError(field, cents < 0 ? FieldCode::Negative : FieldCode::TooLarge);
        else
            *target = cents;
    }
    day.reason = r.string(QStringLiteral("reason"));
    if (!day.reason.isEmpty() && !isReason(day.reason))
        r.addError(QStringLiteral("reason"), FieldCode::InvalidChoice);
    day.reservationId = r.string(QStringLiteral("reservationId"), false);
    day.attendance = r.string(QStringLiteral("attendance"), false);
    if (!day.attendance.isEmpty() && !isAttendance(day.attendance))
        r.addError(QStringLiteral("attendance"), FieldCode::InvalidChoice);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return day;
}

QString BookingDay::stateName(State state)
{
    return QString::fromLatin1(StateNames[static_cast<int>(state)]);
}

std::optional<BookingDay::State> BookingDay::stateFromName(const QString& name)
{
    for (std::size_t i = 0; i < std::size(StateNames); ++i) {
        if (name == QLatin1String(StateNames[i]))
            return static_cast<State>(i);
    }
    return std::nullopt;
}

bool BookingDay::isAttendance(const QString& word)
{
    return word == QLatin1String("present") || word == QLatin1String("absent") || word == QLatin1String("excused");
}

bool operator==(const BookingDay& a, const BookingDay& b)
{
    return a.date == b.date && a.state == b.state && a.bookBy == b.bookBy && a.cancelBy == b.cancelBy
        && a.lateBookBy == b.lateBookBy && a.priceCents == b.priceCents && a.surchargeCents == b.surchargeCents
        && a.reason == b.reason && a.reservationId == b.reservationId && a.attendance == b.attendance;
}

} // namespace citoyens
