#include "BookingPolicy.h"

#include "FieldCodes.h"
#include "FrenchCalendar.h"
#include "JsonReader.h"
#include "Money.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace citoyens {

namespace {

struct KindName
{
    BookingRule::Kind kind;
    const char* name;
};

constexpr KindName KindNames[] = {
    { BookingRule::Kind::DaysBefore, "days_before" },
    { BookingRule::Kind::WeekdayBefore, "weekday_before" },
    { BookingRule::Kind::WeekdayOfPreviousWeek, "weekday_of_previous_week" },
    { BookingRule::Kind::WeeksBefore, "weeks_before" },
    { BookingRule::Kind::DayOfPreviousMonth, "day_of_previous_month" },
};

// The fields each kind takes besides "kind"; any other is refused as not_allowed.
QStringList fieldsOf(BookingRule::Kind kind)
{
    switch (kind) {
    case BookingRule::Kind::DaysBefore:
        return { QStringLiteral("days"), QStringLiteral("time"), QStringLiteral("workingDays") };
    case BookingRule::Kind::WeekdayBefore:
    case BookingRule::Kind::WeekdayOfPreviousWeek:
        return { QStringLiteral("weekday"), QStringLiteral("time") };
    case BookingRule::Kind::WeeksBefore:
        return { QStringLiteral("weeks"), QStringLiteral("weekday"), QStringLiteral("time") };
    case BookingRule::Kind::DayOfPreviousMonth:
        return { QStringLiteral("day"), QStringLiteral("time") };
    }
    return {};
}

// "10:00", "18:30" in English; the translation gives the French "10 h", "18 h 30".
QString clock(const QTime& time)
{
    if (time.minute() == 0)
        return QCoreApplication::translate("BookingRule", "%1:00").arg(time.hour());
    return QCoreApplication::translate("BookingRule", "%1:%2")
        .arg(time.hour())
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString weekdayName(int weekday)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("BookingRule", "Monday"),    QT_TRANSLATE_NOOP("BookingRule", "Tuesday"),
        QT_TRANSLATE_NOOP("BookingRule", "Wednesday"), QT_TRANSLATE_NOOP("BookingRule", "Thursday"),
        QT_TRANSLATE_NOOP("BookingRule", "Friday"),    QT_TRANSLATE_NOOP("BookingRule", "Saturday"),
        QT_TRANSLATE_NOOP("BookingRule", "Sunday"),
    };
    return weekday >= 1 && weekday <= 7 ? QCoreApplication::translate("BookingRule", names[weekday - 1]) : QString();
}

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// An integer field within [min, max]: absent gives `fallback` (or `required`), a non-integer
// invalid_type, outside the bounds out_of_range.
int boundedInteger(JsonReader& r, const QString& field, int min, int max, bool required, int fallback)
{
    if (!r.has(field)) {
        if (required)
            r.addError(field, FieldCode::Required);
        return fallback;
    }
    const int before = r.errors().size();
    const qint64 value = r.integer(field);
    if (r.errors().size() != before)
        return fallback;
    if (value < min || value > max) {
        r.addError(field, FieldCode::OutOfRange);
        return fallback;
    }
    return static_cast<int>(value);
}

// "HH:MM", 00:00 to 23:59, exactly five characters.
QTime clockField(JsonReader& r, const QString& field, bool required, const QTime& fallback)
{
    if (!r.has(field)) {
        if (required)
            r.addError(field, FieldCode::Required);
        return fallback;
    }
    const int before = r.errors().size();
    const QString text = r.string(field);
    if (r.errors().size() != before)
        return fallback;
    const auto digit = [&text](int i) {
        return text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
    };
    if (text.size() != 5 || text.at(2) != QLatin1Char(':') || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
        r.addError(field, FieldCode::InvalidTime);
        return fallback;
    }
    const int hour = text.left(2).toInt();
    const int minute = text.mid(3, 2).toInt();
    if (hour > 23 || minute > 59) {
        r.addError(field, FieldCode::InvalidTime);
        return fallback;
    }
    return QTime(hour, minute);
}

// A list of days of the week, each 1..7 once; empty is allowed only when `allowEmpty`.
QList<int> weekdayList(JsonReader& r, const QJsonObject& json, const QString& field, bool allowEmpty,
                       const QList<int>& fallback)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isArray()) {
        r.addError(field, FieldCode::InvalidType);
        return fallback;
    }
    const QJsonArray items = v.toArray();
    if (items.isEmpty() && !allowEmpty) {
        r.addError(field, FieldCode::Required);
        return fallback;
    }
    QList<int> out;
    bool ok = true;
    for (int i = 0; i < items.size(); ++i) {
        const QString element = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const double d = items.at(i).toDouble(-1);
        if (!items.at(i).isDouble() || std::floor(d) != d) {
            r.addError(element, FieldCode::InvalidType);
            ok = false;
        } else if (d < 1 || d > 7) {
            r.addError(element, FieldCode::OutOfRange);
            ok = false;
        } else if (out.contains(static_cast<int>(d))) {
            r.addError(element, FieldCode::InvalidChoice);
            ok = false;
        } else {
            out.append(static_cast<int>(d));
        }
    }
    if (!ok)
        return fallback;
    std::sort(out.begin(), out.end());
    return out;
}

// A nested object read by Reader::fromJson under its own path.
template<typename T, typename Reader = T>
std::optional<T> nested(JsonReader& r, const QJsonObject& json, const QString& field, bool required)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            r.addError(field, FieldCode::Required);
        return std::nullopt;
    }
    if (!v.isObject()) {
        r.addError(field, FieldCode::InvalidType);
        return std::nullopt;
    }
    FieldErrors errors;
    std::optional<T> out = Reader::fromJson(v.toObject(), &errors, r.fieldPath(field));
    r.mergeErrors(errors);
    return out;
}

QJsonArray toArray(const QList<int>& values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

} // namespace

BookingRule BookingRule::daysBefore(int days, QTime time, bool workingDays)
{
    BookingRule r;
    r.kind = Kind::DaysBefore;
    r.days = days;
    r.time = time;
    r.workingDays = workingDays;
    return r;
}

BookingRule BookingRule::weekdayBefore(int weekday, QTime time)
{
    BookingRule r;
    r.kind = Kind::WeekdayBefore;
    r.weekday = weekday;
    r.time = time;
    return r;
}

BookingRule BookingRule::weekdayOfPreviousWeek(int weekday, QTime time)
{
    BookingRule r = weekdayBefore(weekday, time);
    r.kind = Kind::WeekdayOfPreviousWeek;
    return r;
}

BookingRule BookingRule::weeksBefore(int weeks, int weekday, QTime time)
{
    BookingRule r = weekdayBefore(weekday, time);
    r.kind = Kind::WeeksBefore;
    r.weeks = weeks;
    return r;
}

BookingRule BookingRule::dayOfPreviousMonth(int day, QTime time)
{
    BookingRule r;
    r.kind = Kind::DayOfPreviousMonth;
    r.dayOfMonth = day;
    r.time = time;
    return r;
}

QDate BookingRule::deadlineDate(const QDate& day) const
{
    if (!day.isValid())
        return {};
    switch (kind) {
    case Kind::DaysBefore: {
        if (!workingDays)
            return day.addDays(-days);
        QDate d = day;
        for (int i = 0; i < days; ++i) {
            d = d.addDays(-1);
            while (!FrenchCalendar::isWorkingDay(d))
                d = d.addDays(-1);
        }
        return d;
    }
    case Kind::WeekdayBefore: {
        const int back = (day.dayOfWeek() - weekday + 6) % 7 + 1; // 1..7: strictly before
        return day.addDays(-back);
    }
    case Kind::WeekdayOfPreviousWeek:
        return mondayOf(day).addDays(-7 + weekday - 1);
    case Kind::WeeksBefore:
        return mondayOf(day).addDays(-7 * weeks + weekday - 1);
    case Kind::DayOfPreviousMonth: {
        const QDate previous = QDate(day.year(), day.month(), 1).addMonths(-1);
        return QDate(previous.year(), previous.month(), std::min(dayOfMonth, previous.daysInMonth()));
    }
    }
    return {};
}

QDateTime BookingRule::deadline(const QDate& day) const
{
    return FrenchCalendar::parisInstant(deadlineDate(day), time);
}

QString BookingRule::description() const
{
    const QString at = clock(time);
    switch (kind) {
    case Kind::DaysBefore:
        if (days == 0)
            return QCoreApplication::translate("BookingRule", "the same day before %1").arg(at);
        if (workingDays)
            return QCoreApplication::translate("BookingRule", "%n working day(s) ahead, before %1", nullptr, days)
                .arg(at);
        if (days == 1)
            return QCoreApplication::translate("BookingRule", "the previous day before %1").arg(at);
        return QCoreApplication::translate("BookingRule", "%n day(s) ahead, before %1", nullptr, days).arg(at);
    case Kind::WeekdayBefore:
        return QCoreApplication::translate("BookingRule", "the previous %1 before %2").arg(weekdayName(weekday), at);
    case Kind::WeekdayOfPreviousWeek:
        return QCoreApplication::translate("BookingRule", "%1 of the previous week, before %2")
            .arg(weekdayName(weekday), at);
    case Kind::WeeksBefore:
        return QCoreApplication::translate("BookingRule", "%1 of week W-%2, before %3")
            .arg(weekdayName(weekday))
            .arg(weeks)
            .arg(at);
    case Kind::DayOfPreviousMonth:
        if (dayOfMonth == 1)
            return QCoreApplication::translate("BookingRule", "the 1st of the previous month, before %1").arg(at);
        return QCoreApplication::translate("BookingRule", "day %1 of the previous month, before %2")
            .arg(dayOfMonth)
            .arg(at);
    }
    return {};
}

QJsonObject BookingRule::toJson() const
{
    QJsonObject out { { QStringLiteral("kind"), kindName(kind) },
                      { QStringLiteral("time"), time.toString(QStringLiteral("HH:mm")) } };
    switch (kind) {
    case Kind::DaysBefore:
        out.insert(QStringLiteral("days"), days);
        out.insert(QStringLiteral("workingDays"), workingDays);
        break;
    case Kind::WeekdayBefore:
    case Kind::WeekdayOfPreviousWeek:
        out.insert(QStringLiteral("weekday"), weekday);
        break;
    case Kind::WeeksBefore:
        out.insert(QStringLiteral("weeks"), weeks);
        out.insert(QStringLiteral("weekday"), weekday);
        break;
    case Kind::DayOfPreviousMonth:
        out.insert(QStringLiteral("day"), dayOfMonth);
        break;
    }
    return out;
}

std::optional<BookingRule> BookingRule::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    BookingRule rule;
    const QString kindText = r.string(QStringLiteral("kind"));
    const std::optional<Kind> kind = kindFromName(kindText);
    if (!kindText.isEmpty() && !kind)
        r.addError(QStringLiteral("kind"), FieldCode::InvalidChoice);
    if (kind) {
        rule.kind = *kind;
        const QStringList allowed = fieldsOf(*kind);
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() != QLatin1String("kind") && !allowed.contains(it.key()))
                r.addError(it.key(), FieldCode::NotAllowed);
        }
        switch (*kind) {
        case Kind::DaysBefore:
            rule.days = boundedInteger(r, QStringLiteral("days"), 0, MaxDays, true, rule.days);
            rule.workingDays = r.boolean(QStringLiteral("workingDays"));
            rule.time = clockField(r, QStringLiteral("time"), true, rule.time);
            break;
        case Kind::WeekdayBefore:
        case Kind::WeekdayOfPreviousWeek:
            rule.weekday = boundedInteger(r, QStringLiteral("weekday"), 1, 7, true, rule.weekday);
            rule.time = clockField(r, QStringLiteral("time"), true, rule.time);
            break;
        case Kind::WeeksBefore:
            rule.weeks = boundedInteger(r, QStringLiteral("weeks"), MinWeeks, MaxWeeks, true, rule.weeks);
            rule.weekday = boundedInteger(r, QStringLiteral("weekday"), 1, 7, false, 7);
            rule.time = clockField(r, QStringLiteral("time"), false, QTime(23, 59));
            break;
        case Kind::DayOfPreviousMonth:
            rule.dayOfMonth = boundedInteger(r, QStringLiteral("day"), 1, MaxDayOfMonth, true, rule.dayOfMonth);
            rule.time = clockField(r, QStringLiteral("time"), true, rule.time);
            break;
        }
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return rule;
}

QString BookingRule::kindName(Kind kind)
{
    for (const KindName& k : KindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<BookingRule::Kind> BookingRule::kindFromName(const QString& name)
{
    for (const KindName& k : KindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool operator==(const BookingRule& a, const BookingRule& b)
{
    // Only the fields the kind uses: two rules that mean the same compare equal.
    if (a.kind != b.kind || a.time != b.time)
        return false;
    switch (a.kind) {
    case BookingRule::Kind::DaysBefore:
        return a.days == b.days && a.workingDays == b.workingDays;
    case BookingRule::Kind::WeekdayBefore:
    case BookingRule::Kind::WeekdayOfPreviousWeek:
        return a.weekday == b.weekday;
    case BookingRule::Kind::WeeksBefore:
        return a.weeks == b.weeks && a.weekday == b.weekday;
    case BookingRule::Kind::DayOfPreviousMonth:
        return a.dayOfMonth == b.dayOfMonth;
    }
    return false;
}

QList<int> BookingPolicy::effectiveHolidayWeekdays() const
{
    return holidayWeekdays.isEmpty() ? weekdays : holidayWeekdays;
}

QJsonObject BookingPolicy::toJson() const
{
    QJsonValue late(QJsonValue::Null);
    if (lateBook) {
        late = QJsonObject { { QStringLiteral("rule"), lateBook->rule.toJson() },
                             { QStringLiteral("surchargeCents"), static_cast<double>(lateBook->surchargeCents) } };
    }
    return QJsonObject {
        { QStringLiteral("book"), book.toJson() },
        { QStringLiteral("cancel"), cancel.toJson() },
        { QStringLiteral("lateBook"), late },
        { QStringLiteral("horizonWeeks"), horizonWeeks },
        { QStringLiteral("capacity"), capacity },
        { QStringLiteral("waitingList"), waitingList },
        { QStringLiteral("weekdays"), toArray(weekdays) },
        { QStringLiteral("holidayWeekdays"), toArray(holidayWeekdays) },
        { QStringLiteral("schoolHolidays"), schoolHolidayModeName(schoolHolidays) },
        { QStringLiteral("closedOnPublicHolidays"), closedOnPublicHolidays },
    };
}

namespace {

struct LateBookingReader
{
    static std::optional<LateBooking> fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
    {
        JsonReader r(json, prefix);
        LateBooking late;
        const std::optional<BookingRule> rule = nested<BookingRule>(r, json, QStringLiteral("rule"), true);
        if (rule)
            late.rule = *rule;
        if (!r.has(QStringLiteral("surchargeCents"))) {
            r.addError(QStringLiteral("surchargeCents"), FieldCode::Required);
        } else {
            const int before = r.errors().size();
            const qint64 cents = r.integer(QStringLiteral("surchargeCents"));
            if (r.errors().size() == before && cents < 0)
                r.addError(QStringLiteral("surchargeCents"), FieldCode::Negative);
            else if (r.errors().size() == before && cents > Money::MaxCents)
                r.addError(QStringLiteral("surchargeCents"), FieldCode::TooLarge);
            else
                late.surchargeCents = cents;
        }
        *errors = r.errors();
        if (!r.ok())
            return std::nullopt;
        return late;
    }
};

} // namespace

std::optional<BookingPolicy> BookingPolicy::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                     const QString& prefix)
{
    JsonReader r(json, prefix);
    BookingPolicy p;
    if (const std::optional<BookingRule> rule = nested<BookingRule>(r, json, QStringLiteral("book"), true))
        p.book = *rule;
    if (const std::optional<BookingRule> rule = nested<BookingRule>(r, json, QStringLiteral("cancel"), true))
        p.cancel = *rule;
    if (const auto late = nested<LateBooking, LateBookingReader>(r, json, QStringLiteral("lateBook"), false))
        p.lateBook = *late;
    p.horizonWeeks = boundedInteger(r, QStringLiteral("horizonWeeks"), 1, MaxHorizonWeeks, false, p.horizonWeeks);
    const int beforeCapacity = r.errors().size();
    p.capacity = boundedInteger(r, QStringLiteral("capacity"), 0, MaxPlaces, false, p.capacity);
    const bool capacityRead = r.errors().size() == beforeCapacity;
    p.waitingList = boundedInteger(r, QStringLiteral("waitingList"), 0, MaxPlaces, false, p.waitingList);
    p.weekdays = weekdayList(r, json, QStringLiteral("weekdays"), false, p.weekdays);
    p.holidayWeekdays = weekdayList(r, json, QStringLiteral("holidayWeekdays"), true, p.holidayWeekdays);
    if (r.has(QStringLiteral("schoolHolidays"))) {
        const int before = r.errors().size();
        const QString mode = r.string(QStringLiteral("schoolHolidays"));
        const std::optional<SchoolHolidayMode> parsed = schoolHolidayModeFromName(mode);
        if (parsed)
            p.schoolHolidays = *parsed;
        else if (r.errors().size() == before)
            r.addError(QStringLiteral("schoolHolidays"), FieldCode::InvalidChoice);
    }
    p.closedOnPublicHolidays = r.boolean(QStringLiteral("closedOnPublicHolidays"), false, true);
    if (capacityRead && p.capacity == 0 && p.waitingList > 0)
        r.addError(QStringLiteral("waitingList"), FieldCode::NotAllowed); // no list without a limit
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return p;
}

QString BookingPolicy::schoolHolidayModeName(SchoolHolidayMode mode)
{
    switch (mode) {
    case SchoolHolidayMode::Closed:
        return QStringLiteral("closed");
    case SchoolHolidayMode::Open:
        return QStringLiteral("open");
    case SchoolHolidayMode::Only:
        return QStringLiteral("only");
    }
    return {};
}

std::optional<SchoolHolidayMode> BookingPolicy::schoolHolidayModeFromName(const QString& name)
{
    for (SchoolHolidayMode m : { SchoolHolidayMode::Closed, SchoolHolidayMode::Open, SchoolHolidayMode::Only }) {
        if (name == schoolHolidayModeName(m))
            return m;
    }
    return std::nullopt;
}

bool operator==(const BookingPolicy& a, const BookingPolicy& b)
{
    return a.book == b.book && a.cancel == b.cancel && a.lateBook == b.lateBook && a.horizonWeeks == b.horizonWeeks
        && a.capacity == b.capacity && a.waitingList == b.waitingList && a.weekdays == b.weekdays
        && a.holidayWeekdays == b.holidayWeekdays && a.schoolHolidays == b.schoolHolidays
        && a.closedOnPublicHolidays == b.closedOnPublicHolidays;
}

} // namespace citoyens
