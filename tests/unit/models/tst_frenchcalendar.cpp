#include <QSet>
#include <QTest>

#include "models/FrenchCalendar.h"

using namespace citoyens;

// The calendar the booking rules count with: Easter, the public holidays, working days, the
// school holidays of zone A and Paris wall-clock times across the clock changes.
class TestFrenchCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data();
    void easter();
    void publicHolidays_data();
    void publicHolidays();
    void holidayNames();
    void workingDays_data();
    void workingDays();
    void schoolHolidays_data();
    void schoolHolidays();
    void schoolHolidayTableIsOrderedSaturdayToSunday();
    void coverage();
    void parisInstant_data();
    void parisInstant();
    void parisDate();
};

void TestFrenchCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2008 (early)") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2011") << 2011 << QDate(2011, 4, 24);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2038 (latest possible, 25 April)") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2285 (earliest possible, 22 March)") << 2285 << QDate(2285, 3, 22);
}

void TestFrenchCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(FrenchCalendar::easterSunday(year), expected);
    QCOMPARE(expected.dayOfWeek(), 7);
}

void TestFrenchCalendar::publicHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    const auto fixed = [](int y, QDate easterMonday, QDate ascension, QDate whitMonday) {
        return QList<QDate> { QDate(y, 1, 1),  easterMonday,     QDate(y, 5, 1),  QDate(y, 5, 8),
                              ascension,       whitMonday,       QDate(y, 7, 14), QDate(y, 8, 15),
                              QDate(y, 11, 1), QDate(y, 11, 11), QDate(y, 12, 25) };
    };
    QTest::newRow("2025") << 2025 << fixed(2025, QDate(2025, 4, 21), QDate(2025, 5, 29), QDate(2025, 6, 9));
    QTest::newRow("2026") << 2026 << fixed(2026, QDate(2026, 4, 6), QDate(2026, 5, 14), QDate(2026, 5, 25));
    // Ascension before 8 May: the list stays in date order.
    QTest::newRow("2027") << 2027 << QList<QDate> { QDate(2027, 1, 1),   QDate(2027, 3, 29), QDate(2027, 5, 1),
                                                    QDate(2027, 5, 6),   QDate(2027, 5, 8),  QDate(2027, 5, 17),
                                                    QDate(2027, 7, 14),  QDate(2027, 8, 15), QDate(2027, 11, 1),
                                                    QDate(2027, 11, 11), QDate(2027, 12, 25) };
    QTest::newRow("2038 (latest possible, 25 April)")
        << 2038 << fixed(2038, QDate(2038, 4, 26), QDate(2038, 6, 3), QDate(2038, 6, 14));
    // Ascension on 1 May: both holidays stay.
    QList<QDate> y2008 { QDate(2008, 1, 1),  QDate(2008, 3, 24),  QDate(2008, 5, 1),  QDate(2008, 5, 1),
                         QDate(2008, 5, 8),  QDate(2008, 5, 12),  QDate(2008, 7, 14), QDate(2008, 8, 15),
                         QDate(2008, 11, 1), QDate(2008, 11, 11), QDate(2008, 12, 25) };
    QTest::newRow("2008, Ascension on 1 May") << 2008 << y2008;
}

void TestFrenchCalendar::publicHolidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QList<QDate> dates;
    for (const PublicHoliday& h : FrenchCalendar::publicHolidays(year))
        dates.append(h.date);
    QCOMPARE(dates, expected);
    int holidays = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        QCOMPARE(FrenchCalendar::isPublicHoliday(d), expected.contains(d));
        holidays += FrenchCalendar::isPublicHoliday(d) ? 1 : 0;
    }
    QCOMPARE(holidays, int(QSet<QDate>(expected.begin(), expected.end()).size()));
    // Good Friday and Easter Sunday itself are not public holidays in metropolitan France.
    QVERIFY(!FrenchCalendar::isPublicHoliday(FrenchCalendar::easterSunday(year)));
    QVERIFY(!FrenchCalendar::isPublicHoliday(FrenchCalendar::easterSunday(year).addDays(-2)));
    QVERIFY(!FrenchCalendar::isPublicHoliday(QDate(year, 12, 26)));
}

void TestFrenchCalendar::holidayNames()
{
    const QList<PublicHoliday> h = FrenchCalendar::publicHolidays(2026);
    QCOMPARE(h.at(1).id, QStringLiteral("easter_monday"));
    QCOMPARE(h.at(1).name(), QStringLiteral("Easter Monday"));
    QCOMPARE(FrenchCalendar::publicHoliday(QDate(2026, 5, 14))->id, QStringLiteral("ascension"));
    QCOMPARE(FrenchCalendar::publicHoliday(QDate(2026, 5, 25))->name(), QStringLiteral("Whit Monday"));
    QCOMPARE(FrenchCalendar::publicHoliday(QDate(2026, 11, 11))->name(), QStringLiteral("Armistice Day"));
    QVERIFY(!FrenchCalendar::publicHoliday(QDate(2026, 5, 15)));
    QCOMPARE(FrenchCalendar::schoolHoliday(QDate(2026, 10, 20))->name(), QStringLiteral("All Saints' holidays"));
}

void TestFrenchCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    // 2026: 1 May and 8 May are Fridays, Ascension Thursday 14 May, Whit Monday 25 May.
    QTest::newRow("Thu 30 Apr 2026") << QDate(2026, 4, 30) << true;
    QTest::newRow("Fri 1 May 2026, holiday") << QDate(2026, 5, 1) << false;
    QTest::newRow("Sat 2 May 2026") << QDate(2026, 5, 2) << false;
    QTest::newRow("Sun 3 May 2026") << QDate(2026, 5, 3) << false;
    QTest::newRow("Mon 4 May 2026") << QDate(2026, 5, 4) << true;
    QTest::newRow("Thu 7 May 2026") << QDate(2026, 5, 7) << true;
    QTest::newRow("Fri 8 May 2026, holiday") << QDate(2026, 5, 8) << false;
    QTest::newRow("Wed 13 May 2026") << QDate(2026, 5, 13) << true;
    QTest::newRow("Thu 14 May 2026, Ascension") << QDate(2026, 5, 14) << false;
    QTest::newRow("Fri 15 May 2026, bridge but working") << QDate(2026, 5, 15) << true;
    QTest::newRow("Mon 25 May 2026, Whit Monday") << QDate(2026, 5, 25) << false;
    QTest::newRow("Tue 26 May 2026") << QDate(2026, 5, 26) << true;
    // 2027: 1 May and 8 May are Saturdays, Ascension Thursday 6 May.
    QTest::newRow("Sat 1 May 2027") << QDate(2027, 5, 1) << false;
    QTest::newRow("Wed 5 May 2027") << QDate(2027, 5, 5) << true;
    QTest::newRow("Thu 6 May 2027, Ascension") << QDate(2027, 5, 6) << false;
    QTest::newRow("Fri 7 May 2027") << QDate(2027, 5, 7) << true;
    QTest::newRow("Mon 29 Mar 2027, Easter Monday") << QDate(2027, 3, 29) << false;
    QTest::newRow("Invalid date") << QDate() << false;
}

void TestFrenchCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(FrenchCalendar::isWorkingDay(date), working);
}

void TestFrenchCalendar::schoolHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("period"); // empty: term time
    QTest::addColumn<int>("schoolYear");
    QTest::newRow("first day of classes 2025") << QDate(2025, 9, 1) << QString() << 0;
    QTest::newRow("Fri 17 Oct 2025, last day of classes") << QDate(2025, 10, 17) << QString() << 0;
    QTest::newRow("Sat 18 Oct 2025") << QDate(2025, 10, 18) << QStringLiteral("toussaint") << 2025;
    QTest::newRow("Sun 2 Nov 2025") << QDate(2025, 11, 2) << QStringLiteral("toussaint") << 2025;
    QTest::newRow("Mon 3 Nov 2025, classes resume") << QDate(2025, 11, 3) << QString() << 0;
    QTest::newRow("Fri 19 Dec 2025") << QDate(2025, 12, 19) << QString() << 0;
    QTest::newRow("Sat 20 Dec 2025") << QDate(2025, 12, 20) << QStringLiteral("noel") << 2025;
    QTest::newRow("Sun 4 Jan 2026") << QDate(2026, 1, 4) << QStringLiteral("noel") << 2025;
    QTest::newRow("Mon 5 Jan 2026") << QDate(2026, 1, 5) << QString() << 0;
    QTest::newRow("Fri 6 Feb 2026") << QDate(2026, 2, 6) << QString() << 0;
    QTest::newRow("Sat 7 Feb 2026") << QDate(2026, 2, 7) << QStringLiteral("hiver") << 2025;
    QTest::newRow("Sun 22 Feb 2026") << QDate(2026, 2, 22) << QStringLiteral("hiver") << 2025;
    QTest::newRow("Mon 23 Feb 2026") << QDate(2026, 2, 23) << QString() << 0;
    QTest::newRow("Sat 4 Apr 2026") << QDate(2026, 4, 4) << QStringLiteral("printemps") << 2025;
    QTest::newRow("Mon 6 Apr 2026, Easter Monday in the holidays")
        << QDate(2026, 4, 6) << QStringLiteral("printemps") << 2025;
    QTest::newRow("Sun 19 Apr 2026") << QDate(2026, 4, 19) << QStringLiteral("printemps") << 2025;
    QTest::newRow("Mon 20 Apr 2026") << QDate(2026, 4, 20) << QString() << 0;
    QTest::newRow("Wed 13 May 2026") << QDate(2026, 5, 13) << QString() << 0;
    QTest::newRow("Fri 15 May 2026, bridge") << QDate(2026, 5, 15) << QStringLiteral("ascension") << 2025;
    QTest::newRow("Mon 18 May 2026") << QDate(2026, 5, 18) << QString() << 0;
    QTest::newRow("Fri 3 Jul 2026") << QDate(2026, 7, 3) << QString() << 0;
    QTest::newRow("Sat 4 Jul 2026") << QDate(2026, 7, 4) << QStringLiteral("ete") << 2025;
    QTest::newRow("Mon 31 Aug 2026") << QDate(2026, 8, 31) << QStringLiteral("ete") << 2025;
    QTest::newRow("Tue 1 Sep 2026, first day of classes") << QDate(2026, 9, 1) << QString() << 0;
    QTest::newRow("Fri 16 Oct 2026") << QDate(2026, 10, 16) << QString() << 0;
    QTest::newRow("Sat 17 Oct 2026") << QDate(2026, 10, 17) << QStringLiteral("toussaint") << 2026;
    QTest::newRow("Sun 25 Oct 2026, clocks change") << QDate(2026, 10, 25) << QStringLiteral("toussaint") << 2026;
    QTest::newRow("Sun 1 Nov 2026") << QDate(2026, 11, 1) << QStringLiteral("toussaint") << 2026;
    QTest::newRow("Mon 2 Nov 2026") << QDate(2026, 11, 2) << QString() << 0;
    QTest::newRow("Sat 19 Dec 2026") << QDate(2026, 12, 19) << QStringLiteral("noel") << 2026;
    QTest::newRow("Sun 3 Jan 2027") << QDate(2027, 1, 3) << QStringLiteral("noel") << 2026;
    QTest::newRow("Mon 4 Jan 2027") << QDate(2027, 1, 4) << QString() << 0;
    QTest::newRow("Sat 13 Feb 2027") << QDate(2027, 2, 13) << QStringLiteral("hiver") << 2026;
    QTest::newRow("Sun 28 Feb 2027") << QDate(2027, 2, 28) << QStringLiteral("hiver") << 2026;
    QTest::newRow("Mon 1 Mar 2027") << QDate(2027, 3, 1) << QString() << 0;
    QTest::newRow("Sat 10 Apr 2027") << QDate(2027, 4, 10) << QStringLiteral("printemps") << 2026;
    QTest::newRow("Sun 25 Apr 2027") << QDate(2027, 4, 25) << QStringLiteral("printemps") << 2026;
    QTest::newRow("Mon 26 Apr 2027") << QDate(2027, 4, 26) << QString() << 0;
    QTest::newRow("Fri 2 Jul 2027") << QDate(2027, 7, 2) << QString() << 0;
    QTest::newRow("Sat 3 Jul 2027") << QDate(2027, 7, 3) << QStringLiteral("ete") << 2026;
    QTest::newRow("Tue 31 Aug 2027") << QDate(2027, 8, 31) << QStringLiteral("ete") << 2026;
    QTest::newRow("1 Sep 2027, beyond the data") << QDate(2027, 9, 1) << QString() << 0;
}

void TestFrenchCalendar::schoolHolidays()
{
    QFETCH(QDate, date);
    QFETCH(QString, period);
    QFETCH(int, schoolYear);
    const std::optional<SchoolHolidayPeriod> p = FrenchCalendar::schoolHoliday(date);
    if (period.isEmpty()) {
        QVERIFY2(!p, qPrintable(p ? p->id : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->id, period);
    QCOMPARE(p->schoolYear, schoolYear);
}

void TestFrenchCalendar::schoolHolidayTableIsOrderedSaturdayToSunday()
{
    const QList<SchoolHolidayPeriod>& periods = FrenchCalendar::schoolHolidayPeriods();
    QCOMPARE(periods.size(), 11);
    for (int i = 0; i < periods.size(); ++i) {
        const SchoolHolidayPeriod& p = periods.at(i);
        QVERIFY(p.first <= p.last);
        if (i > 0)
            QVERIFY(periods.at(i - 1).last < p.first);
        if (p.id == QLatin1String("ete")) {
            QCOMPARE(p.first.dayOfWeek(), 6);
            QCOMPARE(p.last, QDate(p.first.year(), 8, 31));
        } else if (p.id == QLatin1String("ascension")) {
            QVERIFY(FrenchCalendar::publicHoliday(p.first)->id == QLatin1String("ascension"));
        } else {
            QCOMPARE(p.first.dayOfWeek(), 6); // classes end on the Saturday
            QCOMPARE(p.last.dayOfWeek(), 7); // and resume on a Monday
            QCOMPARE(p.first.daysTo(p.last), 15); // two weeks
        }
    }
}

void TestFrenchCalendar::coverage()
{
    QCOMPARE(FrenchCalendar::coveredYears(), (QList<int> { 2025, 2026 }));
    QCOMPARE(FrenchCalendar::schoolCalendarStart(), QDate(2025, 9, 1));
    QCOMPARE(FrenchCalendar::schoolCalendarEnd(), QDate(2027, 8, 31));
    QVERIFY(!FrenchCalendar::coversSchoolCalendar(QDate(2025, 8, 31)));
    QVERIFY(FrenchCalendar::coversSchoolCalendar(QDate(2025, 9, 1)));
    QVERIFY(FrenchCalendar::coversSchoolCalendar(QDate(2027, 8, 31)));
    QVERIFY(!FrenchCalendar::coversSchoolCalendar(QDate(2027, 9, 1)));
}

static QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

void TestFrenchCalendar::parisInstant_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("winter") << QDate(2026, 1, 15) << QTime(10, 0) << utc(2026, 1, 15, 9, 0);
    QTest::newRow("summer") << QDate(2026, 7, 15) << QTime(10, 0) << utc(2026, 7, 15, 8, 0);
    // 29 March 2026: 02:00 winter time becomes 03:00 summer time (01:00 UTC).
    QTest::newRow("spring night 01:59") << QDate(2026, 3, 29) << QTime(1, 59) << utc(2026, 3, 29, 0, 59);
    QTest::newRow("spring gap 02:00") << QDate(2026, 3, 29) << QTime(2, 0) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("spring gap 02:30") << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("spring gap 02:59") << QDate(2026, 3, 29) << QTime(2, 59) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("spring 03:00") << QDate(2026, 3, 29) << QTime(3, 0) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("spring 03:01") << QDate(2026, 3, 29) << QTime(3, 1) << utc(2026, 3, 29, 1, 1);
    QTest::newRow("spring day 10:00") << QDate(2026, 3, 29) << QTime(10, 0) << utc(2026, 3, 29, 8, 0);
    QTest::newRow("day before spring 23:59") << QDate(2026, 3, 28) << QTime(23, 59) << utc(2026, 3, 28, 22, 59);
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time (01:00 UTC).
    QTest::newRow("autumn 01:59") << QDate(2026, 10, 25) << QTime(1, 59) << utc(2026, 10, 24, 23, 59);
    QTest::newRow("autumn twice 02:00, first") << QDate(2026, 10, 25) << QTime(2, 0) << utc(2026, 10, 25, 0, 0);
    QTest::newRow("autumn twice 02:30, first") << QDate(2026, 10, 25) << QTime(2, 30) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("autumn twice 02:59, first") << QDate(2026, 10, 25) << QTime(2, 59) << utc(2026, 10, 25, 0, 59);
    QTest::newRow("autumn 03:00") << QDate(2026, 10, 25) << QTime(3, 0) << utc(2026, 10, 25, 2, 0);
    QTest::newRow("autumn day 10:00") << QDate(2026, 10, 25) << QTime(10, 0) << utc(2026, 10, 25, 9, 0);
    // 2027: 28 March and 31 October.
    QTest::newRow("2027 spring gap 02:15") << QDate(2027, 3, 28) << QTime(2, 15) << utc(2027, 3, 28, 1, 0);
    QTest::newRow("2027 spring 09:00") << QDate(2027, 3, 28) << QTime(9, 0) << utc(2027, 3, 28, 7, 0);
    QTest::newRow("2027 autumn twice 02:15") << QDate(2027, 10, 31) << QTime(2, 15) << utc(2027, 10, 31, 0, 15);
    QTest::newRow("2027 autumn 09:00") << QDate(2027, 10, 31) << QTime(9, 0) << utc(2027, 10, 31, 8, 0);
}

void TestFrenchCalendar::parisInstant()
{
    QVERIFY2(FrenchCalendar::paris().isValid(), "Europe/Paris needs the system's tzdata");
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    const QDateTime got = FrenchCalendar::parisInstant(date, time);
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestFrenchCalendar::parisDate()
{
    QCOMPARE(FrenchCalendar::parisDate(utc(2026, 7, 14, 21, 59)), QDate(2026, 7, 14));
    QCOMPARE(FrenchCalendar::parisDate(utc(2026, 7, 14, 22, 0)), QDate(2026, 7, 15));
    QCOMPARE(FrenchCalendar::parisDate(utc(2026, 12, 31, 22, 59)), QDate(2026, 12, 31));
    QCOMPARE(FrenchCalendar::parisDate(utc(2026, 12, 31, 23, 0)), QDate(2027, 1, 1));
}

QTEST_GUILESS_MAIN(TestFrenchCalendar)
#include "tst_frenchcalendar.moc"
