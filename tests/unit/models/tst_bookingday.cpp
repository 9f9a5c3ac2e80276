#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "models/BookingDay.h"
#include "models/FieldCodes.h"
#include "models/FrenchCalendar.h"

using namespace citoyens;

// One day of a child's month: booked, cancelled, full, closed or too late, decided to the minute
// on each side of every deadline, and a month of a canteen and of an accueil de loisirs.
class TestBookingDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlineEdges_data();
    void deadlineEdges();
    void lateBooking();
    void capacityAndWaitingList_data();
    void capacityAndWaitingList();
    void closures_data();
    void closures();
    void horizon();
    void pastAndToday();
    void canteenMonth();
    void accueilDeLoisirsMonth();
    void reasonTexts();
    void moneyIsWrittenAsIntegers();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

Q_DECLARE_METATYPE(BookingRule)
Q_DECLARE_METATYPE(BookingDay::State)

static QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// Runs every day all year, so that only the deadlines decide.
static BookingPolicy everyDay(const BookingRule& book, const BookingRule& cancel)
{
    BookingPolicy p;
    p.book = book;
    p.cancel = cancel;
    p.weekdays = { 1, 2, 3, 4, 5, 6, 7 };
    p.schoolHolidays = SchoolHolidayMode::Open;
    p.closedOnPublicHolidays = false;
    p.horizonWeeks = 12;
    return p;
}

static BookingDayFacts on(const QDate& date, const QDateTime& now)
{
    BookingDayFacts f;
    f.date = date;
    f.now = now;
    return f;
}

static BookingDay evaluate(const BookingPolicy& p, const QDate& date, const QDateTime& now,
                           ReservationStatus reservation = ReservationStatus::None, int booked = 0, int waiting = 0)
{
    BookingDayFacts f;
    f.date = date;
    f.now = now;
    f.reservation = reservation;
    f.reservationId = reservation == ReservationStatus::None ? QString() : QStringLiteral("r-1");
    f.bookedCount = booked;
    f.waitingCount = waiting;
    f.priceCents = 320;
    return BookingDay::evaluate(p, f);
}

void TestBookingDay::deadlineEdges_data()
{
    QTest::addColumn<BookingRule>("rule");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("booked");
    QTest::addColumn<BookingDay::State>("state");
    QTest::addColumn<QString>("reason");
    struct Case
    {
        const char* name;
        BookingRule rule;
        QDate day;
        QDateTime deadline;
    };
    using R = BookingRule;
    const Case cases[] = {
        { "J-1 10:00 on the 2026 spring Sunday", R::daysBefore(1, QTime(10, 0)), QDate(2026, 3, 30),
          utc(2026, 3, 29, 8, 0) },
        { "J-1 02:30 in the 2026 spring gap", R::daysBefore(1, QTime(2, 30)), QDate(2026, 3, 30),
          utc(2026, 3, 29, 1, 0) },
        { "J-1 02:30 twice, 2026 autumn", R::daysBefore(1, QTime(2, 30)), QDate(2026, 10, 26),
          utc(2026, 10, 25, 0, 30) },
        { "J-1 10:00 on the 2026 autumn Sunday", R::daysBefore(1, QTime(10, 0)), QDate(2026, 10, 26),
          utc(2026, 10, 25, 9, 0) },
        { "J-0 08:00 the same day", R::daysBefore(0, QTime(8, 0)), QDate(2026, 6, 3), utc(2026, 6, 3, 6, 0) },
        { "2 working days over 8 May", R::daysBefore(2, QTime(18, 0), true), QDate(2026, 5, 11),
          utc(2026, 5, 6, 16, 0) },
        { "1 working day over the Ascension", R::daysBefore(1, QTime(10, 0), true), QDate(2026, 5, 15),
          utc(2026, 5, 13, 8, 0) },
        { "1 working day over the spring weekend", R::daysBefore(1, QTime(10, 0), true), QDate(2026, 3, 30),
          utc(2026, 3, 27, 9, 0) },
        { "previous Thursday 09:00, 2027 spring", R::weekdayBefore(4, QTime(9, 0)), QDate(2027, 4, 2),
          utc(2027, 4, 1, 7, 0) },
        { "previous Sunday 02:30, 2026 autumn", R::weekdayBefore(7, QTime(2, 30)), QDate(2026, 10, 27),
          utc(2026, 10, 25, 0, 30) },
        { "Wednesday of the previous week", R::weekdayOfPreviousWeek(3, QTime(12, 0)), QDate(2026, 4, 1),
          utc(2026, 3, 25, 11, 0) },
        { "Sunday of the previous week, 2027 gap", R::weekdayOfPreviousWeek(7, QTime(2, 30)), QDate(2027, 3, 31),
          utc(2027, 3, 28, 1, 0) },
        { "S-2 Sunday 23:59 into winter time", R::weeksBefore(2), QDate(2026, 11, 5), utc(2026, 10, 25, 22, 59) },
        { "S-1 Sunday 02:15, 2027 autumn", R::weeksBefore(1, 7, QTime(2, 15)), QDate(2027, 11, 3),
          utc(2027, 10, 31, 0, 15) },
        { "the 25th, 2026 autumn Sunday", R::dayOfPreviousMonth(25, QTime(12, 0)), QDate(2026, 11, 3),
          utc(2026, 10, 25, 11, 0) },
        { "the 28th, 2027 spring Sunday", R::dayOfPreviousMonth(28, QTime(12, 0)), QDate(2027, 4, 2),
          utc(2027, 3, 28, 10, 0) },
    };
    using S = BookingDay::State;
    for (const Case& c : cases) {
        const auto row = [&c](const char* side, int minutes, bool booked, S state, const char* reason) {
            QTest::addRow("%s, %s", c.name, side) << c.rule << c.day << c.deadline.addSecs(60 * minutes) << booked
                                                  << state << QString::fromLatin1(reason);
        };
        row("book 1 min before", -1, false, S::Bookable, "bookable");
        row("book at the minute", 0, false, S::DeadlinePassed, "booking_deadline_passed");
        row("book 1 min after", 1, false, S::DeadlinePassed, "booking_deadline_passed");
        row("cancel 1 min before", -1, true, S::Booked, "cancellable");
        row("cancel at the minute", 0, true, S::Booked, "cancel_deadline_passed");
        row("cancel 1 min after", 1, true, S::Booked, "cancel_deadline_passed");
    }
}

void TestBookingDay::deadlineEdges()
{
    QFETCH(BookingRule, rule);
    QFETCH(QDate, day);
    QFETCH(QDateTime, now);
    QFETCH(bool, booked);
    QFETCH(BookingDay::State, state);
    QFETCH(QString, reason);
    const BookingPolicy policy = everyDay(rule, rule);
    const BookingDay d = evaluate(policy, day, now, booked ? ReservationStatus::Booked : ReservationStatus::None);
    QCOMPARE(d.state, state);
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.bookBy, rule.deadline(day));
    QCOMPARE(d.cancelBy, rule.deadline(day));
    QCOMPARE(d.priceCents, qint64(320));
    QCOMPARE(d.surchargeCents, qint64(0));
    QCOMPARE(d.reservationId, booked ? QStringLiteral("r-1") : QString());
}

void TestBookingDay::lateBooking()
{
    BookingPolicy p = everyDay(BookingRule::daysBefore(2, QTime(10, 0)), BookingRule::daysBefore(1, QTime(10, 0)));
    p.lateBook = LateBooking { BookingRule::daysBefore(1, QTime(10, 0)), 150 };
    const QDate day(2026, 3, 31); // J-2 is the spring Sunday, J-1 the first summer-time Monday
    const QDateTime ordinary = utc(2026, 3, 29, 8, 0);
    const QDateTime late = utc(2026, 3, 30, 8, 0);

    BookingDay d = evaluate(p, day, ordinary.addSecs(-60));
    QCOMPARE(d.state, BookingDay::State::Bookable);
    QCOMPARE(d.reason, QStringLiteral("bookable"));
    QCOMPARE(d.bookBy, ordinary);
    QCOMPARE(d.lateBookBy, late);
    QCOMPARE(d.surchargeCents, qint64(0));

    for (const QDateTime& now : { ordinary, ordinary.addSecs(60), late.addSecs(-60) }) {
        d = evaluate(p, day, now);
        QCOMPARE(d.state, BookingDay::State::Bookable);
        QCOMPARE(d.reason, QStringLiteral("late_booking"));
        QCOMPARE(d.bookBy, late);
        QCOMPARE(d.surchargeCents, qint64(150));
        QCOMPARE(d.priceCents, qint64(320));
    }
    for (const QDateTime& now : { late, late.addSecs(60) }) {
        d = evaluate(p, day, now);
        QCOMPARE(d.state, BookingDay::State::DeadlinePassed);
        QCOMPARE(d.surchargeCents, qint64(0));
    }
    // A late rule that ends before the ordinary one opens nothing more.
    p.lateBook->rule = BookingRule::daysBefore(3, QTime(10, 0));
    QCOMPARE(evaluate(p, day, ordinary).state, BookingDay::State::DeadlinePassed);
}

void TestBookingDay::capacityAndWaitingList_data()
{
    QTest::addColumn<int>("booked");
    QTest::addColumn<int>("waiting");
    QTest::addColumn<int>("reservation"); // ReservationStatus
    QTest::addColumn<BookingDay::State>("state");
    QTest::addColumn<QString>("reason");
    using S = BookingDay::State;
    const int none = int(ReservationStatus::None);
    QTest::newRow("empty") << 0 << 0 << none << S::Bookable << QStringLiteral("bookable");
    QTest::newRow("one place left") << 29 << 0 << none << S::Bookable << QStringLiteral("bookable");
    QTest::newRow("full, list open") << 30 << 0 << none << S::Full << QStringLiteral("waiting_list_open");
    QTest::newRow("full, one list place") << 30 << 4 << none << S::Full << QStringLiteral("waiting_list_open");
    QTest::newRow("full, list full") << 30 << 5 << none << S::Full << QStringLiteral("full");
    QTest::newRow("booked on a full day")
        << 30 << 5 << int(ReservationStatus::Booked) << S::Booked << QStringLiteral("cancellable");
    QTest::newRow("on the list") << 30 << 5 << int(ReservationStatus::WaitingList) << S::WaitingList
                                 << QStringLiteral("cancellable");
}

void TestBookingDay::capacityAndWaitingList()
{
    QFETCH(int, booked);
    QFETCH(int, waiting);
    QFETCH(int, reservation);
    QFETCH(BookingDay::State, state);
    QFETCH(QString, reason);
    BookingPolicy p = everyDay(BookingRule::daysBefore(1, QTime(10, 0)), BookingRule::daysBefore(1, QTime(10, 0)));
    p.capacity = 30;
    p.waitingList = 5;
    const BookingDay d = evaluate(p, QDate(2026, 6, 10), utc(2026, 6, 1, 8, 0),
                                  static_cast<ReservationStatus>(reservation), booked, waiting);
    QCOMPARE(d.state, state);
    QCOMPARE(d.reason, reason);
    // Unlimited capacity is never full.
    p.capacity = 0;
    p.waitingList = 0;
    QVERIFY(evaluate(p, QDate(2026, 6, 10), utc(2026, 6, 1, 8, 0), ReservationStatus::None, 5000).state
            == BookingDay::State::Bookable);
}

static BookingPolicy canteen()
{
    BookingPolicy p;
    p.book = BookingRule::weekdayBefore(4, QTime(9, 0));
    p.cancel = BookingRule::daysBefore(2, QTime(18, 0), true);
    p.weekdays = { 1, 2, 4, 5 };
    p.capacity = 100;
    p.waitingList = 10;
    return p;
}

static BookingPolicy accueilDeLoisirs()
{
    BookingPolicy p;
    p.book = BookingRule::weekdayOfPreviousWeek(3, QTime(12, 0));
    p.cancel = BookingRule::daysBefore(7, QTime(12, 0));
    p.weekdays = { 3 };
    p.holidayWeekdays = { 1, 2, 3, 4, 5 };
    p.schoolHolidays = SchoolHolidayMode::Open;
    return p;
}

void TestBookingDay::closures_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason"); // empty: open (bookable here)
    QTest::newRow("canteen, Monday") << QStringLiteral("canteen") << QDate(2026, 6, 8) << QString();
    QTest::newRow("canteen, Wednesday") << QStringLiteral("canteen") << QDate(2026, 6, 10)
                                        << QStringLiteral("weekday_not_served");
    QTest::newRow("canteen, Saturday") << QStringLiteral("canteen") << QDate(2026, 6, 13)
                                       << QStringLiteral("weekday_not_served");
    QTest::newRow("canteen, Whit Monday")
        << QStringLiteral("canteen") << QDate(2026, 5, 25) << QStringLiteral("public_holiday");
    QTest::newRow("canteen, Ascension bridge Friday")
        << QStringLiteral("canteen") << QDate(2026, 5, 15) << QStringLiteral("school_holidays");
    QTest::newRow("canteen, Tuesday of Toussaint")
        << QStringLiteral("canteen") << QDate(2026, 10, 20) << QStringLiteral("school_holidays");
    QTest::newRow("canteen, Monday classes resume") << QStringLiteral("canteen") << QDate(2026, 11, 2) << QString();
    QTest::newRow("canteen, Armistice on a Wednesday")
        << QStringLiteral("canteen") << QDate(2026, 11, 11) << QStringLiteral("weekday_not_served");
    QTest::newRow("canteen, beyond the school calendar")
        << QStringLiteral("canteen") << QDate(2027, 9, 2) << QStringLiteral("school_calendar_unknown");
    QTest::newRow("centre, Wednesday in term") << QStringLiteral("centre") << QDate(2026, 6, 10) << QString();
    QTest::newRow("centre, Thursday in term")
        << QStringLiteral("centre") << QDate(2026, 6, 11) << QStringLiteral("weekday_not_served");
    QTest::newRow("centre, Thursday of Toussaint") << QStringLiteral("centre") << QDate(2026, 10, 22) << QString();
    QTest::newRow("centre, Saturday of Toussaint")
        << QStringLiteral("centre") << QDate(2026, 10, 24) << QStringLiteral("weekday_not_served");
    QTest::newRow("centre, Armistice on a Wednesday")
        << QStringLiteral("centre") << QDate(2026, 11, 11) << QStringLiteral("public_holiday");
    QTest::newRow("centre, Easter Monday in the holidays")
        << QStringLiteral("centre") << QDate(2026, 4, 6) << QStringLiteral("public_holiday");
    QTest::newRow("centre, beyond the school calendar")
        << QStringLiteral("centre") << QDate(2027, 9, 8) << QStringLiteral("school_calendar_unknown");
    QTest::newRow("camp, in term") << QStringLiteral("camp") << QDate(2026, 6, 10) << QStringLiteral("school_term");
    QTest::newRow("camp, in the summer") << QStringLiteral("camp") << QDate(2026, 7, 15) << QString();
    QTest::newRow("camp, Bastille Day") << QStringLiteral("camp") << QDate(2026, 7, 14)
                                        << QStringLiteral("public_holiday");
    QTest::newRow("open all year, Bastille Day") << QStringLiteral("always") << QDate(2026, 7, 14) << QString();
    QTest::newRow("open all year, beyond the calendar") << QStringLiteral("always") << QDate(2027, 9, 8) << QString();
}

void TestBookingDay::closures()
{
    QFETCH(QString, service);
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    BookingPolicy p = service == QLatin1String("centre") ? accueilDeLoisirs() : canteen();
    if (service == QLatin1String("camp")) {
        p.schoolHolidays = SchoolHolidayMode::Only;
        p.weekdays = { 1, 2, 3, 4, 5 };
    } else if (service == QLatin1String("always")) {
        p = everyDay(p.book, p.cancel);
    }
    p.horizonWeeks = 52;
    // Two weeks before: every rule here is still open.
    const QDateTime now = FrenchCalendar::parisInstant(date.addDays(-14), QTime(8, 0));
    const BookingDay d = evaluate(p, date, now);
    if (reason.isEmpty()) {
        QCOMPARE(d.reason, QStringLiteral("bookable"));
        QCOMPARE(d.state, BookingDay::State::Bookable);
        return;
    }
    QCOMPARE(d.state, BookingDay::State::Closed);
    QCOMPARE(d.reason, reason);
    QVERIFY(!d.bookBy.isValid() && !d.cancelBy.isValid());
}

void TestBookingDay::horizon()
{
    BookingPolicy p = canteen();
    p.book = BookingRule::daysBefore(1, QTime(10, 0));
    // Open in the summer too, so that only the horizon closes: from Monday 1 June 2026, 08:00
    // Paris, 8 weeks ahead is Monday 27 July.
    p.schoolHolidays = SchoolHolidayMode::Open;
    const QDateTime now = utc(2026, 6, 1, 6, 0);
    QCOMPARE(evaluate(p, QDate(2026, 7, 27), now).reason, QStringLiteral("bookable")); // + 56 days
    QCOMPARE(evaluate(p, QDate(2026, 7, 28), now).reason, QStringLiteral("beyond_horizon")); // + 57
    QCOMPARE(evaluate(p, QDate(2026, 7, 28), now).state, BookingDay::State::Closed);
    // The horizon moves with the Paris day, not the UTC one: 00:30 on 2 June in Paris is still
    // 1 June in UTC.
    QCOMPARE(evaluate(p, QDate(2026, 7, 28), utc(2026, 6, 1, 22, 30)).reason, QStringLiteral("bookable"));
    QCOMPARE(evaluate(p, QDate(2026, 7, 28), utc(2026, 6, 1, 21, 59)).reason, QStringLiteral("beyond_horizon"));
    p.horizonWeeks = 1;
    QCOMPARE(evaluate(p, QDate(2026, 6, 8), now).reason, QStringLiteral("bookable"));
    QCOMPARE(evaluate(p, QDate(2026, 6, 9), now).reason, QStringLiteral("beyond_horizon"));
}

void TestBookingDay::pastAndToday()
{
    const BookingPolicy p = everyDay(BookingRule::daysBefore(0, QTime(18, 0)), BookingRule::daysBefore(0, QTime(8, 0)));
    const QDateTime now = utc(2026, 6, 3, 8, 0); // 10:00 Paris
    BookingDay d = evaluate(p, QDate(2026, 6, 2), now, ReservationStatus::Booked);
    QCOMPARE(d.state, BookingDay::State::Past);
    QCOMPARE(d.reason, QStringLiteral("past"));
    QCOMPARE(d.reservationId, QStringLiteral("r-1"));
    QCOMPARE(evaluate(p, QDate(2026, 6, 3), now).state, BookingDay::State::Bookable);
    QCOMPARE(evaluate(p, QDate(2026, 6, 3), now, ReservationStatus::Booked).reason,
             QStringLiteral("cancel_deadline_passed"));
    // Midnight Paris is 22:00 UTC in summer: the 1st is past from then, not before.
    QCOMPARE(evaluate(p, QDate(2026, 6, 1), utc(2026, 6, 1, 21, 59)).state, BookingDay::State::DeadlinePassed);
    QCOMPARE(evaluate(p, QDate(2026, 6, 1), utc(2026, 6, 1, 22, 0)).state, BookingDay::State::Past);
}

// One letter per day: B bookable, K booked, Q waiting list, L full with the list open, D deadline
// passed, P past, W weekday not served, F public holiday, H school holidays.
static QString letters(const QList<BookingDay>& days)
{
    QString out;
    for (const BookingDay& d : days) {
        if (d.state == BookingDay::State::Closed)
            out += d.reason == QLatin1String("weekday_not_served") ? QLatin1Char('W')
                : d.reason == QLatin1String("public_holiday")      ? QLatin1Char('F')
                : d.reason == QLatin1String("school_holidays")     ? QLatin1Char('H')
                                                                   : QLatin1Char('?');
        else
            out += QLatin1Char("BKQLCDP"[static_cast<int>(d.state)]);
    }
    return out;
}

void TestBookingDay::canteenMonth()
{
    // Wednesday 4 November 2026, 08:00 Paris, the week classes resume after the Toussaint.
    const QDateTime now = utc(2026, 11, 4, 7, 0);
    const QList<BookingDay> days = BookingDay::month(canteen(), 2026, 11, now, [](const QDate& d) {
        BookingDayFacts f;
        f.priceCents = 320;
        if (d == QDate(2026, 11, 3) || d == QDate(2026, 11, 9)) {
            f.reservation = ReservationStatus::Booked;
            f.reservationId = QStringLiteral("r-") + d.toString(Qt::ISODate);
        }
        if (d == QDate(2026, 11, 12))
            f.bookedCount = 100;
        if (d == QDate(2026, 11, 13)) {
            f.bookedCount = 100;
            f.reservation = ReservationStatus::WaitingList;
        }
        return f;
    });
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.first().date, QDate(2026, 11, 1));
    //                      1234567890123456789012345678901
    QCOMPARE(letters(days), QStringLiteral("HPPWDBWWKBWLQWWBBWBBWWBBWBBWWB"));
    // Thursday 5 November was due on Thursday 29 October; Friday 6 is due on Thursday 5 at 9:00.
    QCOMPARE(days.at(4).bookBy, utc(2026, 10, 29, 8, 0));
    QCOMPARE(days.at(5).bookBy, utc(2026, 11, 5, 8, 0));
    // Monday 9 cancels until two working days before, Thursday 5 at 18:00.
    QCOMPARE(days.at(8).cancelBy, utc(2026, 11, 5, 17, 0));
    QCOMPARE(days.at(8).reason, QStringLiteral("cancellable"));
    QCOMPARE(days.at(8).reservationId, QStringLiteral("r-2026-11-09"));
    QCOMPARE(days.at(2).reservationId, QStringLiteral("r-2026-11-03"));
    QCOMPARE(days.at(0).reasonText(), QStringLiteral("Closed during the school holidays (All Saints' holidays)."));
    for (const BookingDay& d : days)
        QCOMPARE(d.priceCents, qint64(320));
}

void TestBookingDay::accueilDeLoisirsMonth()
{
    // Wednesday 7 October 2026, 11:00 Paris: the week before is due at noon today.
    const QDateTime now = utc(2026, 10, 7, 9, 0);
    const QList<BookingDay> days = BookingDay::month(accueilDeLoisirs(), 2026, 10, now, nullptr);
    QCOMPARE(days.size(), 31);
    //                      1234567890123456789012345678901
    QCOMPARE(letters(days), QStringLiteral("WWWWWWDWWWWWWBWWWWBBBBBWWBBBBBW"));
    QCOMPARE(days.at(13).bookBy, utc(2026, 10, 7, 10, 0)); // Wednesday 14: Wednesday 7 at noon
    QCOMPARE(days.at(25).bookBy, utc(2026, 10, 21, 10, 0)); // Monday 26: Wednesday 21, summer time
    QCOMPARE(days.at(25).cancelBy, utc(2026, 10, 19, 10, 0)); // J-7 noon
    // November: Toussaint ends on Sunday 1; Wednesday 11 is Armistice Day.
    const QList<BookingDay> november = BookingDay::month(accueilDeLoisirs(), 2026, 11, now, nullptr);
    QCOMPARE(letters(november), QStringLiteral("WWWBWWWWWWFWWWWWWBWWWWWWBWWWWW"));
    QCOMPARE(november.at(10).reasonText(), QStringLiteral("Closed: Armistice Day."));
}

void TestBookingDay::reasonTexts()
{
    BookingDay d;
    d.reason = QStringLiteral("late_booking");
    d.surchargeCents = 150;
    QCOMPARE(d.reasonText(),
             QStringLiteral("Late booking, with a surcharge of 1,50") + QChar(0x00A0) + QStringLiteral("€."));
    d.reason = QStringLiteral("cancellable");
    d.state = BookingDay::State::WaitingList;
    QCOMPARE(d.reasonText(), QStringLiteral("On the waiting list; can still be withdrawn."));
    d.state = BookingDay::State::Booked;
    QCOMPARE(d.reasonText(), QStringLiteral("Booked; can still be cancelled."));
    d.reason = QStringLiteral("public_holiday");
    d.date = QDate(2026, 5, 1);
    QCOMPARE(d.reasonText(), QStringLiteral("Closed: Labour Day."));
    // The outcome words of a booking.
    d.reason = QStringLiteral("already_booked");
    QCOMPARE(d.reasonText(), QStringLiteral("Already booked for this child."));
    d.reason = QStringLiteral("already_waiting");
    QCOMPARE(d.reasonText(), QStringLiteral("Already on the waiting list for this child."));
    for (const char* word :
         { "weekday_not_served", "school_term", "school_calendar_unknown", "beyond_horizon", "past", "bookable", "full",
           "waiting_list_open", "booking_deadline_passed", "cancel_deadline_passed" }) {
        d.reason = QString::fromLatin1(word);
        QVERIFY2(!d.reasonText().isEmpty(), word);
    }
}

void TestBookingDay::moneyIsWrittenAsIntegers()
{
    // 2^53 + 1 cents does not survive a double: written as a qint64 it does, to the cent.
    BookingDay d;
    d.date = QDate(2026, 5, 4);
    d.priceCents = (qint64(1) << 53) + 1;
    d.surchargeCents = (qint64(1) << 53) + 3;
    const QByteArray wire = QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(wire.contains("\"priceCents\":9007199254740993"), wire.constData());
    QVERIFY2(wire.contains("\"surchargeCents\":9007199254740995"), wire.constData());
    // The reasons of a booking's outcome read back like the others.
    d.reason = QStringLiteral("already_booked");
    d.priceCents = 280;
    d.surchargeCents = 150;
    FieldErrors errors;
    const std::optional<BookingDay> back = BookingDay::fromJson(d.toJson(), &errors);
    QVERIFY2(back, qPrintable(errors.value(0).field));
    QCOMPARE(back->reason, QStringLiteral("already_booked"));
    QCOMPARE(back->priceCents, 280);
}

void TestBookingDay::jsonRoundTrip()
{
    BookingPolicy p = canteen();
    p.lateBook = LateBooking { BookingRule::daysBefore(1, QTime(10, 0)), 150 };
    BookingDayFacts f;
    f.date = QDate(2026, 11, 9);
    f.now = utc(2026, 11, 4, 7, 0);
    f.reservation = ReservationStatus::Booked;
    f.reservationId = QStringLiteral("r-9");
    f.attendance = QStringLiteral("present");
    f.priceCents = 320;
    for (const BookingDay& day : { BookingDay::evaluate(p, f), BookingDay::evaluate(p, on(QDate(2026, 11, 11), f.now)),
                                   BookingDay::evaluate(p, on(QDate(2026, 11, 12), f.now)) }) {
        const QByteArray wire = QJsonDocument(day.toJson()).toJson(QJsonDocument::Compact);
        FieldErrors errors;
        const std::optional<BookingDay> back = BookingDay::fromJson(QJsonDocument::fromJson(wire).object(), &errors);
        QVERIFY2(back, wire.constData());
        QVERIFY(*back == day);
    }
    const QJsonObject json = BookingDay::evaluate(p, f).toJson();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("booked"));
    QCOMPARE(json.value(QStringLiteral("cancelBy")).toString(), QStringLiteral("2026-11-05T17:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("bookBy")).toString(), QStringLiteral("2026-11-05T08:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("lateBookBy")).toString(), QStringLiteral("2026-11-08T09:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("attendance")).toString(), QStringLiteral("present"));
    const QJsonObject closed = BookingDay::evaluate(p, on(QDate(2026, 11, 11), f.now)).toJson();
    QVERIFY(closed.value(QStringLiteral("bookBy")).isNull());
    QVERIFY(closed.value(QStringLiteral("reservationId")).isNull());
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("weekday_not_served"));
}

void TestBookingDay::jsonErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value"); // empty: removed
    QTest::addColumn<QString>("code");
    using namespace FieldCode;
    QTest::newRow("no date") << QStringLiteral("date") << QByteArray() << Required;
    QTest::newRow("bad date") << QStringLiteral("date") << QByteArray("\"2026-02-30\"") << InvalidDate;
    QTest::newRow("unknown state") << QStringLiteral("state") << QByteArray("\"maybe\"") << InvalidChoice;
    QTest::newRow("no state") << QStringLiteral("state") << QByteArray() << Required;
    QTest::newRow("bad bookBy") << QStringLiteral("bookBy") << QByteArray("\"tomorrow\"") << InvalidDate;
    QTest::newRow("negative price") << QStringLiteral("priceCents") << QByteArray("-1") << Negative;
    QTest::newRow("no price") << QStringLiteral("priceCents") << QByteArray() << Required;
    QTest::newRow("fractional surcharge") << QStringLiteral("surchargeCents") << QByteArray("1.5") << InvalidType;
    QTest::newRow("unknown reason") << QStringLiteral("reason") << QByteArray("\"because\"") << InvalidChoice;
    QTest::newRow("unknown attendance") << QStringLiteral("attendance") << QByteArray("\"late\"") << InvalidChoice;
}

void TestBookingDay::jsonErrors()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    QJsonObject json = evaluate(canteen(), QDate(2026, 6, 8), utc(2026, 6, 1, 6, 0)).toJson();
    QVERIFY(BookingDay::fromJson(json));
    if (value.isEmpty())
        json.remove(field);
    else
        json.insert(field, QJsonDocument::fromJson("[" + value + "]").array().first());
    FieldErrors errors;
    QVERIFY(!BookingDay::fromJson(json, &errors, QStringLiteral("days[3]")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("days[3].") + field);
    QCOMPARE(errors.first().code, code);
}

QTEST_GUILESS_MAIN(TestBookingDay)
#include "tst_bookingday.moc"
