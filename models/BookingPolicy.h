#pragma once

#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace citoyens {

// One cut-off of the kinds communes use for canteen, garderie and holiday-centre days. A rule
// names a Paris wall-clock time relative to the day booked; deadline() is that instant in UTC.
// Booking (or cancelling) is possible strictly before it: at the deadline itself it has passed.
struct BookingRule
{
    enum class Kind {
        DaysBefore, // "days_before": J-N at `time`; with `workingDays`, N working days before
        WeekdayBefore, // "weekday_before": the last `weekday` strictly before the day, at `time`
        WeekdayOfPreviousWeek, // "weekday_of_previous_week": `weekday` of the ISO week before the day's
        WeeksBefore, // "weeks_before" (S-N): `weekday` of the ISO week `weeks` weeks before the day's
        DayOfPreviousMonth, // "day_of_previous_month": the `dayOfMonth`th of the previous month
    };

    // The bounds fromJson() enforces.
    static constexpr int MaxDays = 60;
    static constexpr int MinWeeks = 1;
    static constexpr int MaxWeeks = 8;
    static constexpr int MaxDayOfMonth = 28;

    Kind kind = Kind::DaysBefore;
    int days = 1; // days_before: 0..60
    bool workingDays = false; // days_before: skip weekends and public holidays
    int weekday = 7; // 1 (Monday) .. 7 (Sunday): weekday_before, weekday_of_previous_week, weeks_before
    int weeks = 1; // weeks_before: 1..8
    int dayOfMonth = 1; // day_of_previous_month: 1..28 ("day" in JSON)
    QTime time = QTime(23, 59); // Paris wall-clock time, to the minute

    static BookingRule daysBefore(int days, QTime time, bool workingDays = false);
    static BookingRule weekdayBefore(int weekday, QTime time);
    static BookingRule weekdayOfPreviousWeek(int weekday, QTime time);
    static BookingRule weeksBefore(int weeks, int weekday = 7, QTime time = QTime(23, 59));
    static BookingRule dayOfPreviousMonth(int day, QTime time);

    // The Paris calendar day the deadline falls on.
    QDate deadlineDate(const QDate& day) const;
    // The deadline in UTC, worked out as a Europe/Paris wall-clock time (see
    // FrenchCalendar::parisInstant for the nights the clocks change).
    QDateTime deadline(const QDate& day) const;
    // Whether `now` is still strictly before the deadline for `day`: the one place the
    // exclusive reading of a deadline is written.
    bool isOpen(const QDate& day, const QDateTime& now) const { return now < deadline(day); }

    // The rule for people, translated in the "BookingRule" context: "the day before, before
    // 10:00" ("la veille avant 10 h"), "the previous Thursday before 9:00".
    QString description() const;

    QJsonObject toJson() const;
    static std::optional<BookingRule> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                               const QString& prefix = {});

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);

    friend bool operator==(const BookingRule& a, const BookingRule& b);
    friend bool operator!=(const BookingRule& a, const BookingRule& b) { return !(a == b); }
};

// Booking after the ordinary deadline, at a surcharge, until the late rule's deadline.
struct LateBooking
{
    BookingRule rule;
    qint64 surchargeCents = 0;

    friend bool operator==(const LateBooking& a, const LateBooking& b)
    {
        return a.rule == b.rule && a.surchargeCents == b.surchargeCents;
    }
};

// How a service with days treats the school holidays of zone A.
enum class SchoolHolidayMode {
    Closed, // runs on `weekdays` in term time only (canteen, garderie)
    Open, // runs on `weekdays` in term time and on `holidayWeekdays` in the holidays
    Only, // runs on `holidayWeekdays` in the holidays only (a holiday camp)
};

// What a service with days allows: when a day can be booked and cancelled, how far ahead, how
// many children a day takes, and the days it runs. The day's price is not here: it comes from
// the service's tariff, given by the caller to BookingDay.
struct BookingPolicy
{
    static constexpr int MaxHorizonWeeks = 52;
    static constexpr int MaxPlaces = 10000;

    BookingRule book = BookingRule::daysBefore(1, QTime(10, 0));
    BookingRule cancel = BookingRule::daysBefore(1, QTime(10, 0));
    std::optional<LateBooking> lateBook;
    int horizonWeeks = 8; // a day can be booked at most this many weeks ahead (1..52)
    int capacity = 0; // children a day takes; 0: unlimited
    int waitingList = 0; // waiting-list places once full
    QList<int> weekdays { 1, 2, 3, 4, 5 }; // the days of the week it runs in term time, 1..7
    // The days of the week it runs in the school holidays; empty: the same as `weekdays`.
    QList<int> holidayWeekdays;
    SchoolHolidayMode schoolHolidays = SchoolHolidayMode::Closed;
    bool closedOnPublicHolidays = true;

    // The weekdays that apply in the holidays (`holidayWeekdays`, or `weekdays` when empty).
    QList<int> effectiveHolidayWeekdays() const;

    QJsonObject toJson() const;
    static std::optional<BookingPolicy> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                 const QString& prefix = {});

    static QString schoolHolidayModeName(SchoolHolidayMode mode);
    static std::optional<SchoolHolidayMode> schoolHolidayModeFromName(const QString& name);

    friend bool operator==(const BookingPolicy& a, const BookingPolicy& b);
};

} // namespace citoyens
