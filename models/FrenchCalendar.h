#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace citoyens {

// One of the eleven public holidays (jours fériés) of metropolitan France outside Alsace-Moselle.
struct PublicHoliday
{
    QDate date;
    QString id; // "new_year", "easter_monday", "labour_day", "victory_day", "ascension", "whit_monday",
                // "bastille_day", "assumption", "all_saints", "armistice", "christmas"

    // Its name for people, translated in the "FrenchCalendar" context ("Easter Monday").
    QString name() const;
};

// A period without classes in the schools of zone A (académie de Clermont-Ferrand).
struct SchoolHolidayPeriod
{
    QString id; // "toussaint", "noel", "hiver", "printemps", "ascension", "ete"
    int schoolYear = 0; // the year the school year starts: 2025 for 2025-2026
    QDate first; // the first day without classes
    QDate last; // the last day without classes, the day before classes resume

    // Its name for people, translated in the "FrenchCalendar" context ("All Saints' holidays").
    QString name() const;
};

// The calendar the booking rules count with: French public holidays, computed for any year (the
// Easter-based ones by the Gregorian computus), working days, and the school holidays of zone A,
// shipped as data for the school years coveredYears() lists, and nothing beyond.
namespace FrenchCalendar {

// Easter Sunday of a Gregorian year (1583 onwards).
QDate easterSunday(int year);

// The eleven public holidays of the year, in date order.
QList<PublicHoliday> publicHolidays(int year);
std::optional<PublicHoliday> publicHoliday(const QDate& date);
bool isPublicHoliday(const QDate& date);

// Monday to Friday and not a public holiday.
bool isWorkingDay(const QDate& date);

// The school years (by their first year) whose holidays ship with the code: { 2025, 2026 }.
QList<int> coveredYears();
// The first and last day the school-holiday data answers for: the first day of classes of the
// first covered year, the last day of the summer holidays of the last one.
QDate schoolCalendarStart();
QDate schoolCalendarEnd();
bool coversSchoolCalendar(const QDate& date);
// Every period of the covered years, in date order.
const QList<SchoolHolidayPeriod>& schoolHolidayPeriods();
// The period `date` falls in; nullopt in term time and outside the covered years (ask
// coversSchoolCalendar() to tell the two apart).
std::optional<SchoolHolidayPeriod> schoolHoliday(const QDate& date);

// Europe/Paris, from the system's time-zone data (tzdata).
QTimeZone paris();
// The Paris calendar day an instant falls on.
QDate parisDate(const QDateTime& instant);
// The instant (in UTC) a Paris wall-clock time names. On the spring-forward night a time that
// does not exist (02:00 to 02:59 on the last Sunday of March) gives the first valid instant after
// it, 03:00 summer time; on the autumn night a time that happens twice (02:00 to 02:59 on the last
// Sunday of October) gives the first occurrence, still in summer time.
QDateTime parisInstant(const QDate& date, const QTime& time);

} // namespace FrenchCalendar

} // namespace citoyens
