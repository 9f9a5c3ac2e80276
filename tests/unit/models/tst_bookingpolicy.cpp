#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include "models/BookingPolicy.h"
#include "models/FieldCodes.h"

using namespace citoyens;

// Booking rules: each kind's deadline to the minute, across the clock changes of 2026 and 2027 and
// around weekends and public holidays; the policy's JSON, strict, with errors naming the field.
class TestBookingPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadline_data();
    void deadline();
    void clampsToTheMonthsLength();
    void description_data();
    void description();
    void descriptionThroughATranslation();
    void roundTrip_data();
    void roundTrip();
    void defaults();
    void fieldErrors_data();
    void fieldErrors();
    void errorsCarryThePrefix();
};

Q_DECLARE_METATYPE(BookingRule)
Q_DECLARE_METATYPE(BookingPolicy)

static QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

void TestBookingPolicy::deadline_data()
{
    QTest::addColumn<BookingRule>("rule");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expected");
    const QTime ten(10, 0);
    using R = BookingRule;

    // J-N à HH:MM. 29 March 2026 and 28 March 2027 spring forward; 25 October 2026 and
    // 31 October 2027 fall back.
    QTest::newRow("J-1 10:00, winter") << R::daysBefore(1, ten) << QDate(2026, 3, 27) << utc(2026, 3, 26, 9, 0);
    QTest::newRow("J-1 10:00 on the spring Sunday")
        << R::daysBefore(1, ten) << QDate(2026, 3, 30) << utc(2026, 3, 29, 8, 0);
    QTest::newRow("J-1 10:00 the day after, summer")
        << R::daysBefore(1, ten) << QDate(2026, 3, 31) << utc(2026, 3, 30, 8, 0);
    QTest::newRow("J-2 02:30 in the spring gap")
        << R::daysBefore(2, QTime(2, 30)) << QDate(2026, 3, 31) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("J-7 18:00 across spring")
        << R::daysBefore(7, QTime(18, 0)) << QDate(2026, 4, 3) << utc(2026, 3, 27, 17, 0);
    QTest::newRow("J-1 02:30 twice in autumn")
        << R::daysBefore(1, QTime(2, 30)) << QDate(2026, 10, 26) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("J-1 10:00 on the autumn Sunday")
        << R::daysBefore(1, ten) << QDate(2026, 10, 26) << utc(2026, 10, 25, 9, 0);
    QTest::newRow("J-0 08:00 the same day")
        << R::daysBefore(0, QTime(8, 0)) << QDate(2026, 6, 1) << utc(2026, 6, 1, 6, 0);
    QTest::newRow("J-1 lands on a Sunday") << R::daysBefore(1, ten) << QDate(2026, 5, 4) << utc(2026, 5, 3, 8, 0);
    QTest::newRow("J-1 lands on 1 May") << R::daysBefore(1, ten) << QDate(2026, 5, 2) << utc(2026, 5, 1, 8, 0);
    QTest::newRow("J-1 2027 spring Sunday") << R::daysBefore(1, ten) << QDate(2027, 3, 29) << utc(2027, 3, 28, 8, 0);
    QTest::newRow("J-3 2027 across spring")
        << R::daysBefore(3, QTime(9, 0)) << QDate(2027, 3, 30) << utc(2027, 3, 27, 8, 0);
    QTest::newRow("J-1 02:00 twice, 2027 autumn")
        << R::daysBefore(1, QTime(2, 0)) << QDate(2027, 11, 1) << utc(2027, 10, 31, 0, 0);
    QTest::newRow("J-2 10:00 across 2027 autumn")
        << R::daysBefore(2, ten) << QDate(2027, 11, 2) << utc(2027, 10, 31, 9, 0);

    // Working days: weekends and public holidays skipped.
    QTest::newRow("1 working day, Monday -> Friday across spring")
        << R::daysBefore(1, ten, true) << QDate(2026, 3, 30) << utc(2026, 3, 27, 9, 0);
    QTest::newRow("1 working day, Monday after 1 May -> Thursday 30 April")
        << R::daysBefore(1, ten, true) << QDate(2026, 5, 4) << utc(2026, 4, 30, 8, 0);
    QTest::newRow("2 working days, Monday after 8 May -> Wednesday 6 May")
        << R::daysBefore(2, QTime(18, 0), true) << QDate(2026, 5, 11) << utc(2026, 5, 6, 16, 0);
    QTest::newRow("1 working day, Ascension bridge Friday -> Wednesday")
        << R::daysBefore(1, ten, true) << QDate(2026, 5, 15) << utc(2026, 5, 13, 8, 0);
    QTest::newRow("1 working day, after Whit Monday -> Friday")
        << R::daysBefore(1, ten, true) << QDate(2026, 5, 26) << utc(2026, 5, 22, 8, 0);
    QTest::newRow("1 working day, Tuesday after All Saints' Monday 2027 -> Friday, summer time")
        << R::daysBefore(1, ten, true) << QDate(2027, 11, 2) << utc(2027, 10, 29, 8, 0);
    QTest::newRow("2 working days, Tuesday after the autumn Sunday 2026")
        << R::daysBefore(2, ten, true) << QDate(2026, 10, 27) << utc(2026, 10, 23, 8, 0);
    QTest::newRow("0 working days: the day itself")
        << R::daysBefore(0, ten, true) << QDate(2026, 5, 1) << utc(2026, 5, 1, 8, 0);

    // Le <jour> précédent: the last such weekday strictly before the day.
    QTest::newRow("previous Thursday 09:00 for a Monday, winter")
        << R::weekdayBefore(4, QTime(9, 0)) << QDate(2026, 3, 30) << utc(2026, 3, 26, 8, 0);
    QTest::newRow("previous Thursday for a Thursday: a week before")
        << R::weekdayBefore(4, QTime(9, 0)) << QDate(2026, 4, 2) << utc(2026, 3, 26, 8, 0);
    QTest::newRow("previous Thursday for a Friday, summer")
        << R::weekdayBefore(4, QTime(9, 0)) << QDate(2026, 4, 3) << utc(2026, 4, 2, 7, 0);
    QTest::newRow("previous Sunday 02:30 in the spring gap")
        << R::weekdayBefore(7, QTime(2, 30)) << QDate(2026, 3, 30) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("previous Sunday 02:30 twice in autumn")
        << R::weekdayBefore(7, QTime(2, 30)) << QDate(2026, 10, 27) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("previous Friday is 8 May: holidays not skipped")
        << R::weekdayBefore(5, QTime(12, 0)) << QDate(2026, 5, 11) << utc(2026, 5, 8, 10, 0);
    QTest::newRow("previous Thursday 2027, before the autumn change")
        << R::weekdayBefore(4, QTime(9, 0)) << QDate(2027, 11, 1) << utc(2027, 10, 28, 7, 0);
    QTest::newRow("previous Thursday 2027, after the spring change")
        << R::weekdayBefore(4, QTime(9, 0)) << QDate(2027, 4, 2) << utc(2027, 4, 1, 7, 0);

    // Le <jour> de la semaine précédente: in the ISO week before the day's.
    QTest::newRow("Wednesday of the previous week, for a Wednesday")
        << R::weekdayOfPreviousWeek(3, QTime(12, 0)) << QDate(2026, 4, 1) << utc(2026, 3, 25, 11, 0);
    QTest::newRow("Wednesday of the previous week, for a Sunday")
        << R::weekdayOfPreviousWeek(3, QTime(12, 0)) << QDate(2026, 4, 5) << utc(2026, 3, 25, 11, 0);
    QTest::newRow("Monday of the previous week, winter again")
        << R::weekdayOfPreviousWeek(1, QTime(8, 0)) << QDate(2026, 11, 2) << utc(2026, 10, 26, 7, 0);
    QTest::newRow("Sunday of the previous week 02:30 twice")
        << R::weekdayOfPreviousWeek(7, QTime(2, 30)) << QDate(2026, 10, 26) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("Sunday of the previous week 02:30, 2027 gap")
        << R::weekdayOfPreviousWeek(7, QTime(2, 30)) << QDate(2027, 3, 31) << utc(2027, 3, 28, 1, 0);

    // S-N: that weekday of the ISO week N weeks before.
    QTest::newRow("S-2 Sunday 23:59 into summer time")
        << R::weeksBefore(2) << QDate(2026, 4, 8) << utc(2026, 3, 29, 21, 59);
    QTest::newRow("S-2 Sunday 23:59 into winter time")
        << R::weeksBefore(2) << QDate(2026, 11, 5) << utc(2026, 10, 25, 22, 59);
    QTest::newRow("S-1 Friday 17:00") << R::weeksBefore(1, 5, QTime(17, 0)) << QDate(2026, 11, 2)
                                      << utc(2026, 10, 30, 16, 0);
    QTest::newRow("S-8 Monday 00:00") << R::weeksBefore(8, 1, QTime(0, 0)) << QDate(2027, 5, 3)
                                      << utc(2027, 3, 7, 23, 0);
    QTest::newRow("S-1 Sunday 02:15, 2027 autumn twice")
        << R::weeksBefore(1, 7, QTime(2, 15)) << QDate(2027, 11, 3) << utc(2027, 10, 31, 0, 15);

    // Le N du mois précédent.
    QTest::newRow("the 20th of the previous month")
        << R::dayOfPreviousMonth(20, QTime(12, 0)) << QDate(2026, 4, 15) << utc(2026, 3, 20, 11, 0);
    QTest::newRow("the 25th, the autumn Sunday")
        << R::dayOfPreviousMonth(25, QTime(12, 0)) << QDate(2026, 11, 3) << utc(2026, 10, 25, 11, 0);
    QTest::newRow("the 28th, the 2027 spring Sunday")
        << R::dayOfPreviousMonth(28, QTime(12, 0)) << QDate(2027, 4, 2) << utc(2027, 3, 28, 10, 0);
    QTest::newRow("the 1st at midnight, across the year")
        << R::dayOfPreviousMonth(1, QTime(0, 0)) << QDate(2027, 1, 10) << utc(2026, 11, 30, 23, 0);
    QTest::newRow("the 28th of February")
        << R::dayOfPreviousMonth(28, QTime(12, 0)) << QDate(2026, 3, 10) << utc(2026, 2, 28, 11, 0);
}

void TestBookingPolicy::deadline()
{
    QVERIFY2(QTimeZone("Europe/Paris").isValid(), "Europe/Paris needs the system's tzdata");
    QFETCH(BookingRule, rule);
    QFETCH(QDate, day);
    QFETCH(QDateTime, expected);
    const QDateTime deadline = rule.deadline(day);
    QCOMPARE(deadline, expected);
    QVERIFY(deadline < QDateTime(day, QTime(0, 0), Qt::UTC).addDays(1));
    // Exclusive: open a minute before, closed at the deadline and after it.
    QVERIFY(rule.isOpen(day, expected.addSecs(-60)));
    QVERIFY(rule.isOpen(day, expected.addSecs(-1)));
    QVERIFY(!rule.isOpen(day, expected));
    QVERIFY(!rule.isOpen(day, expected.addSecs(60)));
}

void TestBookingPolicy::clampsToTheMonthsLength()
{
    BookingRule rule = BookingRule::dayOfPreviousMonth(28, QTime(12, 0));
    rule.dayOfMonth = 31; // beyond what fromJson accepts, as a caller might build it
    QCOMPARE(rule.deadlineDate(QDate(2026, 3, 5)), QDate(2026, 2, 28));
    QCOMPARE(rule.deadlineDate(QDate(2028, 3, 5)), QDate(2028, 2, 29));
    QCOMPARE(rule.deadlineDate(QDate(2026, 5, 5)), QDate(2026, 4, 30));
    QCOMPARE(rule.deadlineDate(QDate(2026, 8, 5)), QDate(2026, 7, 31));
    QVERIFY(!rule.deadline(QDate()).isValid());
}

void TestBookingPolicy::description_data()
{
    QTest::addColumn<BookingRule>("rule");
    QTest::addColumn<QString>("expected");
    using R = BookingRule;
    QTest::newRow("same day") << R::daysBefore(0, QTime(8, 0)) << QStringLiteral("the same day before 8:00");
    QTest::newRow("day before") << R::daysBefore(1, QTime(10, 0)) << QStringLiteral("the previous day before 10:00");
    QTest::newRow("3 days") << R::daysBefore(3, QTime(18, 30)) << QStringLiteral("3 day(s) ahead, before 18:30");
    QTest::newRow("2 working days") << R::daysBefore(2, QTime(18, 0), true)
                                    << QStringLiteral("2 working day(s) ahead, before 18:00");
    QTest::newRow("previous Thursday") << R::weekdayBefore(4, QTime(9, 0))
                                       << QStringLiteral("the previous Thursday before 9:00");
    QTest::newRow("Wednesday of the previous week")
        << R::weekdayOfPreviousWeek(3, QTime(12, 0)) << QStringLiteral("Wednesday of the previous week, before 12:00");
    QTest::newRow("S-2") << R::weeksBefore(2) << QStringLiteral("Sunday of week W-2, before 23:59");
    QTest::newRow("the 20th") << R::dayOfPreviousMonth(20, QTime(12, 0))
                              << QStringLiteral("day 20 of the previous month, before 12:00");
    QTest::newRow("the 1st") << R::dayOfPreviousMonth(1, QTime(0, 5))
                             << QStringLiteral("the 1st of the previous month, before 0:05");
}

void TestBookingPolicy::description()
{
    // The English source strings; the French ("la veille avant 10 h") comes with the translation.
    QFETCH(BookingRule, rule);
    QFETCH(QString, expected);
    QCOMPARE(rule.description(), expected);
}

// The French the lead's translation gives these strings, so that the pieces (the clock, the weekday,
// the count) are seen to compose into French sentences.
class FrenchBookingRules : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        static const QHash<QString, QString> french {
            { QStringLiteral("%1:00"), QStringLiteral("%1 h") },
            { QStringLiteral("%1:%2"), QStringLiteral("%1 h %2") },
            { QStringLiteral("Thursday"), QStringLiteral("jeudi") },
            { QStringLiteral("the previous day before %1"), QStringLiteral("la veille avant %1") },
            { QStringLiteral("the previous %1 before %2"), QStringLiteral("le %1 précédent avant %2") },
            { QStringLiteral("%n working day(s) ahead, before %1"), QStringLiteral("%n jours ouvrés avant, avant %1") },
        };
        if (qstrcmp(context, "BookingRule") != 0)
            return {};
        return french.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

void TestBookingPolicy::descriptionThroughATranslation()
{
    FrenchBookingRules french;
    QVERIFY(QCoreApplication::installTranslator(&french));
    const QString dayBefore = BookingRule::daysBefore(1, QTime(10, 0)).description();
    const QString thursday = BookingRule::weekdayBefore(4, QTime(9, 0)).description();
    const QString working = BookingRule::daysBefore(2, QTime(18, 30), true).description();
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(dayBefore, QStringLiteral("la veille avant 10 h"));
    QCOMPARE(thursday, QStringLiteral("le jeudi précédent avant 9 h"));
    QCOMPARE(working, QStringLiteral("2 jours ouvrés avant, avant 18 h 30"));
}

static BookingPolicy canteen()
{
    BookingPolicy p;
    p.book = BookingRule::weekdayBefore(4, QTime(9, 0));
    p.cancel = BookingRule::daysBefore(2, QTime(18, 0), true);
    p.lateBook = LateBooking { BookingRule::daysBefore(1, QTime(10, 0), true), 150 };
    p.capacity = 120;
    p.waitingList = 10;
    p.weekdays = { 1, 2, 4, 5 };
    return p;
}

void TestBookingPolicy::roundTrip_data()
{
    QTest::addColumn<BookingPolicy>("policy");
    QTest::newRow("defaults") << BookingPolicy {};
    QTest::newRow("canteen") << canteen();
    BookingPolicy centre;
    centre.book = BookingRule::weeksBefore(2, 5, QTime(17, 30));
    centre.cancel = BookingRule::weekdayOfPreviousWeek(3, QTime(12, 0));
    centre.weekdays = { 3 };
    centre.holidayWeekdays = { 1, 2, 3, 4, 5 };
    centre.schoolHolidays = SchoolHolidayMode::Open;
    centre.horizonWeeks = 12;
    centre.closedOnPublicHolidays = false;
    QTest::newRow("accueil de loisirs") << centre;
    BookingPolicy camp;
    camp.book = BookingRule::dayOfPreviousMonth(20, QTime(12, 0));
    camp.cancel = BookingRule::dayOfPreviousMonth(25, QTime(0, 0));
    camp.schoolHolidays = SchoolHolidayMode::Only;
    QTest::newRow("holiday camp") << camp;
}

void TestBookingPolicy::roundTrip()
{
    QFETCH(BookingPolicy, policy);
    const QByteArray wire = QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact);
    FieldErrors errors;
    const std::optional<BookingPolicy> back = BookingPolicy::fromJson(QJsonDocument::fromJson(wire).object(), &errors);
    QVERIFY2(back,
             qPrintable(errors.isEmpty() ? QString() : errors.first().field + QLatin1Char(' ') + errors.first().code));
    QVERIFY(*back == policy);
    QCOMPARE(QJsonDocument(back->toJson()).toJson(QJsonDocument::Compact), wire);
}

void TestBookingPolicy::defaults()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "book": {"kind": "weeks_before", "weeks": 2},
        "cancel": {"kind": "days_before", "days": 1, "time": "10:00"}
    })")
                                 .object();
    const std::optional<BookingPolicy> p = BookingPolicy::fromJson(json);
    QVERIFY(p);
    QCOMPARE(p->book.weekday, 7);
    QCOMPARE(p->book.time, QTime(23, 59));
    QVERIFY(!p->cancel.workingDays);
    QVERIFY(!p->lateBook);
    QCOMPARE(p->horizonWeeks, 8);
    QCOMPARE(p->capacity, 0);
    QCOMPARE(p->waitingList, 0);
    QCOMPARE(p->weekdays, (QList<int> { 1, 2, 3, 4, 5 }));
    QCOMPARE(p->effectiveHolidayWeekdays(), p->weekdays);
    QCOMPARE(p->schoolHolidays, SchoolHolidayMode::Closed);
    QVERIFY(p->closedOnPublicHolidays);
    // Weekdays are kept in order whatever order they come in.
    QJsonObject shuffled = json;
    shuffled.insert(QStringLiteral("weekdays"), QJsonArray { 5, 1, 4, 2 });
    QCOMPARE(BookingPolicy::fromJson(shuffled)->weekdays, (QList<int> { 1, 2, 4, 5 }));
}

// Sets `path` ("book.time") in `json` to the JSON `value`, or removes it when `value` is empty.
static void setPath(QJsonObject& json, const QStringList& path, const QByteArray& value)
{
    if (path.size() == 1) {
        if (value.isEmpty())
            json.remove(path.first());
        else
            json.insert(path.first(), QJsonDocument::fromJson("[" + value + "]").array().first());
        return;
    }
    QJsonObject inner = json.value(path.first()).toObject();
    setPath(inner, path.mid(1), value);
    json.insert(path.first(), inner);
}

void TestBookingPolicy::fieldErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value"); // empty: removed
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const auto row = [](const char* name, const char* path, const char* value, const char* field, const QString& code) {
        QTest::newRow(name) << QString::fromLatin1(path) << QByteArray(value) << QString::fromLatin1(field) << code;
    };
    using namespace FieldCode;
    row("no book", "book", "", "book", Required);
    row("book not an object", "book", "\"J-1\"", "book", InvalidType);
    row("no cancel", "cancel", "", "cancel", Required);
    row("no kind", "book.kind", "", "book.kind", Required);
    row("unknown kind", "book.kind", "\"hours_before\"", "book.kind", InvalidChoice);
    row("kind not a string", "book.kind", "3", "book.kind", InvalidType);
    row("no time", "book.time", "", "book.time", Required);
    row("time without leading zero", "book.time", "\"9:00\"", "book.time", InvalidTime);
    row("time 24:00", "book.time", "\"24:00\"", "book.time", InvalidTime);
    row("time 10:60", "book.time", "\"10:60\"", "book.time", InvalidTime);
    row("time with seconds", "book.time", "\"10:00:00\"", "book.time", InvalidTime);
    row("time with letters", "book.time", "\"1O:00\"", "book.time", InvalidTime);
    row("time empty", "book.time", "\"\"", "book.time", InvalidTime);
    row("time a number", "book.time", "10", "book.time", InvalidType);
    row("no days", "cancel.days", "", "cancel.days", Required);
    row("days negative", "cancel.days", "-1", "cancel.days", OutOfRange);
    row("days 61", "cancel.days", "61", "cancel.days", OutOfRange);
    row("days fractional", "cancel.days", "1.5", "cancel.days", InvalidType);
    row("days a string", "cancel.days", "\"1\"", "cancel.days", InvalidType);
    row("workingDays a string", "cancel.workingDays", "\"yes\"", "cancel.workingDays", InvalidType);
    row("weekday 0", "book.weekday", "0", "book.weekday", OutOfRange);
    row("weekday 8", "book.weekday", "8", "book.weekday", OutOfRange);
    row("no weekday", "book.weekday", "", "book.weekday", Required);
    row("field of another kind", "book.days", "2", "book.days", NotAllowed);
    row("lateBook without rule", "lateBook.rule", "", "lateBook.rule", Required);
    row("lateBook rule time", "lateBook.rule.time", "\"25:00\"", "lateBook.rule.time", InvalidTime);
    row("lateBook weeks 0", "lateBook.rule", R"({"kind":"weeks_before","weeks":0})", "lateBook.rule.weeks", OutOfRange);
    row("lateBook weeks 9", "lateBook.rule", R"({"kind":"weeks_before","weeks":9})", "lateBook.rule.weeks", OutOfRange);
    row("lateBook day 29", "lateBook.rule", R"({"kind":"day_of_previous_month","day":29,"time":"12:00"})",
        "lateBook.rule.day", OutOfRange);
    row("lateBook day 0", "lateBook.rule", R"({"kind":"day_of_previous_month","day":0,"time":"12:00"})",
        "lateBook.rule.day", OutOfRange);
    row("lateBook without surcharge", "lateBook.surchargeCents", "", "lateBook.surchargeCents", Required);
    row("surcharge negative", "lateBook.surchargeCents", "-1", "lateBook.surchargeCents", Negative);
    row("surcharge too large", "lateBook.surchargeCents", "1000000001", "lateBook.surchargeCents", TooLarge);
    row("surcharge in euros", "lateBook.surchargeCents", "1.5", "lateBook.surchargeCents", InvalidType);
    row("lateBook not an object", "lateBook", "true", "lateBook", InvalidType);
    row("horizon 0", "horizonWeeks", "0", "horizonWeeks", OutOfRange);
    row("horizon 53", "horizonWeeks", "53", "horizonWeeks", OutOfRange);
    row("capacity negative", "capacity", "-1", "capacity", OutOfRange);
    row("capacity too large", "capacity", "10001", "capacity", OutOfRange);
    row("waiting list without capacity", "capacity", "0", "waitingList", NotAllowed);
    row("waiting list negative", "waitingList", "-2", "waitingList", OutOfRange);
    row("weekdays empty", "weekdays", "[]", "weekdays", Required);
    row("weekdays not a list", "weekdays", "\"1,2\"", "weekdays", InvalidType);
    row("weekday 0 in the list", "weekdays", "[0, 1]", "weekdays[0]", OutOfRange);
    row("weekday twice", "weekdays", "[1, 1]", "weekdays[1]", InvalidChoice);
    row("weekday a name", "weekdays", "[\"monday\"]", "weekdays[0]", InvalidType);
    row("holiday weekday 8", "holidayWeekdays", "[1, 8]", "holidayWeekdays[1]", OutOfRange);
    row("school holidays unknown", "schoolHolidays", "\"sometimes\"", "schoolHolidays", InvalidChoice);
    row("school holidays a number", "schoolHolidays", "1", "schoolHolidays", InvalidType);
    row("public holidays a string", "closedOnPublicHolidays", "\"no\"", "closedOnPublicHolidays", InvalidType);
}

void TestBookingPolicy::fieldErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QJsonObject json = canteen().toJson();
    QVERIFY(BookingPolicy::fromJson(json)); // the base is valid
    setPath(json, path.split(QLatin1Char('.')), value);
    FieldErrors errors;
    QVERIFY(!BookingPolicy::fromJson(json, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
}

void TestBookingPolicy::errorsCarryThePrefix()
{
    QJsonObject json = canteen().toJson();
    setPath(json, { QStringLiteral("book"), QStringLiteral("time") }, "\"9h\"");
    setPath(json, { QStringLiteral("cancel"), QStringLiteral("days") }, "");
    FieldErrors errors;
    QVERIFY(!BookingPolicy::fromJson(json, &errors, QStringLiteral("services[2].booking")));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0), (FieldError { QStringLiteral("services[2].booking.book.time"), FieldCode::InvalidTime }));
    QCOMPARE(errors.at(1), (FieldError { QStringLiteral("services[2].booking.cancel.days"), FieldCode::Required }));
}

QTEST_GUILESS_MAIN(TestBookingPolicy)
#include "tst_bookingpolicy.moc"
