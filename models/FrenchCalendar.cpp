#include "FrenchCalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace citoyens {

namespace {

struct HolidayName
{
    const char* id;
    const char* name;
};

// The names people read, in the order publicHolidays() gives them.
constexpr HolidayName HolidayNames[] = {
    { "new_year", QT_TRANSLATE_NOOP("FrenchCalendar", "New Year's Day") },
    { "easter_monday", QT_TRANSLATE_NOOP("FrenchCalendar", "Easter Monday") },
    { "labour_day", QT_TRANSLATE_NOOP("FrenchCalendar", "Labour Day") },
    { "victory_day", QT_TRANSLATE_NOOP("FrenchCalendar", "Victory in Europe Day") },
    { "ascension", QT_TRANSLATE_NOOP("FrenchCalendar", "Ascension Day") },
    { "whit_monday", QT_TRANSLATE_NOOP("FrenchCalendar", "Whit Monday") },
    { "bastille_day", QT_TRANSLATE_NOOP("FrenchCalendar", "Bastille Day") },
    { "assumption", QT_TRANSLATE_NOOP("FrenchCalendar", "Assumption Day") },
    { "all_saints", QT_TRANSLATE_NOOP("FrenchCalendar", "All Saints' Day") },
    { "armistice", QT_TRANSLATE_NOOP("FrenchCalendar", "Armistice Day") },
    { "christmas", QT_TRANSLATE_NOOP("FrenchCalendar", "Christmas Day") },
};

constexpr HolidayName PeriodNames[] = {
    { "toussaint", QT_TRANSLATE_NOOP("FrenchCalendar", "All Saints' holidays") },
    { "noel", QT_TRANSLATE_NOOP("FrenchCalendar", "Christmas holidays") },
    { "hiver", QT_TRANSLATE_NOOP("FrenchCalendar", "Winter holidays") },
    { "printemps", QT_TRANSLATE_NOOP("FrenchCalendar", "Spring holidays") },
    { "ascension", QT_TRANSLATE_NOOP("FrenchCalendar", "Ascension bridge") },
    { "ete", QT_TRANSLATE_NOOP("FrenchCalendar", "Summer holidays") },
};

QString translatedName(const HolidayName* names, std::size_t count, const QString& id)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (id == QLatin1String(names[i].id))
            return QCoreApplication::translate("FrenchCalendar", names[i].name);
    }
    return id;
}

// The school holidays of zone A (académies de Besançon, Bordeaux, Clermont-Ferrand, Dijon,
// Grenoble, Limoges, Lyon, Poitiers), from the ministry's calendar (education.gouv.fr,
// "Calendrier scolaire", https://www.education.gouv.fr/calendrier-scolaire-100148; its open data
// "fr-en-calendrier-scolaire" on data.education.gouv.fr): the arrêté for 2025-2026, and for
// 2026-2027 the arrêté of 22 October 2025. The calendar gives the day classes end ("fin des cours",
// a Saturday) and the morning they resume; the holidays here run from that Saturday — a primary
// school has no classes on Saturdays — to the day before classes resume. The Ascension bridge of
// 2026 (no classes on Friday 15 and Saturday 16 May) runs from the public holiday on Thursday.
// The 2027 bridge and the first day of classes of 2027-2028 are not published in that calendar:
// the data ends with the summer of 2027.
const QList<SchoolHolidayPeriod>& periods()
{
    static const QList<SchoolHolidayPeriod> table {
        { QStringLiteral("toussaint"), 2025, QDate(2025, 10, 18), QDate(2025, 11, 2) },
        { QStringLiteral("noel"), 2025, QDate(2025, 12, 20), QDate(2026, 1, 4) },
        { QStringLiteral("hiver"), 2025, QDate(2026, 2, 7), QDate(2026, 2, 22) },
        { QStringLiteral("printemps"), 2025, QDate(2026, 4, 4), QDate(2026, 4, 19) },
        { QStringLiteral("ascension"), 2025, QDate(2026, 5, 14), QDate(2026, 5, 17) },
        { QStringLiteral("ete"), 2025, QDate(2026, 7, 4), QDate(2026, 8, 31) },
        { QStringLiteral("toussaint"), 2026, QDate(2026, 10, 17), QDate(2026, 11, 1) },
        { QStringLiteral("noel"), 2026, QDate(2026, 12, 19), QDate(2027, 1, 3) },
        { QStringLiteral("hiver"), 2026, QDate(2027, 2, 13), QDate(2027, 2, 28) },
        { QStringLiteral("printemps"), 2026, QDate(2027, 4, 10), QDate(2027, 4, 25) },
        { QStringLiteral("ete"), 2026, QDate(2027, 7, 3), QDate(2027, 8, 31) },
    };
    return table;
}

} // namespace

QString PublicHoliday::name() const
{
    return translatedName(HolidayNames, std::size(HolidayNames), id);
}

QString SchoolHolidayPeriod::name() const
{
    return translatedName(PeriodNames, std::size(PeriodNames), id);
}

namespace FrenchCalendar {

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    const QDate dates[] = {
        QDate(year, 1, 1),  easter.addDays(1),   QDate(year, 5, 1),   QDate(year, 5, 8),
        easter.addDays(39), easter.addDays(50),  QDate(year, 7, 14),  QDate(year, 8, 15),
        QDate(year, 11, 1), QDate(year, 11, 11), QDate(year, 12, 25),
    };
    QList<PublicHoliday> out;
    for (std::size_t i = 0; i < std::size(dates); ++i)
        out.append({ dates[i], QString::fromLatin1(HolidayNames[i].id) });
    // Ascension can fall on 1 or 8 May (it did in 2008): both stay, in date order.
    std::stable_sort(out.begin(), out.end(),
                     [](const PublicHoliday& a, const PublicHoliday& b) { return a.date < b.date; });
    return out;
}

std::optional<PublicHoliday> publicHoliday(const QDate& date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const PublicHoliday& h : publicHolidays(date.year())) {
        if (h.date == date)
            return h;
    }
    return std::nullopt;
}

bool isPublicHoliday(const QDate& date)
{
    return publicHoliday(date).has_value();
}

bool isWorkingDay(const QDate& date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isPublicHoliday(date);
}

QList<int> coveredYears()
{
    return { 2025, 2026 };
}

QDate schoolCalendarStart()
{
    return QDate(2025, 9, 1);
}

QDate schoolCalendarEnd()
{
    return periods().last().last;
}

bool coversSchoolCalendar(const QDate& date)
{
    return date.isValid() && date >= schoolCalendarStart() && date <= schoolCalendarEnd();
}

const QList<SchoolHolidayPeriod>& schoolHolidayPeriods()
{
    return periods();
}

std::optional<SchoolHolidayPeriod> schoolHoliday(const QDate& date)
{
    for (const SchoolHolidayPeriod& p : periods()) {
        if (date >= p.first && date <= p.last)
            return p;
    }
    return std::nullopt;
}

QTimeZone paris()
{
    return QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

QDate parisDate(const QDateTime& instant)
{
    return instant.toTimeZone(paris()).date();
}

QDateTime parisInstant(const QDate& date, const QTime& time)
{
    const QTimeZone zone = paris();
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // Worked out from the zone's offsets rather than QDateTime's own resolution of a wall time,
    // which for the gap and the overlap differs between Qt versions.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 utcSecs) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
    };
    // The offsets in force a day either side: the same on an ordinary day, summer and winter
    // time around a change.
    const int before = offsetAt(wall - 86400);
    const int after = offsetAt(wall + 86400);
    // The larger offset first: of two valid readings it is the earlier instant.
    for (const int offset : { std::max(before, after), std::min(before, after) }) {
        const qint64 utc = wall - offset;
        if (offsetAt(utc) == offset)
            return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
    }
    // In the gap: the change itself is the first valid instant after the missing time.
    const QTimeZone::OffsetData change
        = zone.nextTransition(QDateTime::fromSecsSinceEpoch(wall - std::max(before, after), Qt::UTC));
    return change.atUtc.toUTC();
}

} // namespace FrenchCalendar

} // namespace citoyens
