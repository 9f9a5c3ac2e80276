// The body of POST /me/reservations read strictly, and the days of a weekly pattern: every
// week, one week in two counted from the first week, or by ISO week number parity.

#include "booking/BookingRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace citoyens;
using namespace citoyens::server;

namespace {

QStringList isoDates(const QList<QDate>& days)
{
    QStringList out;
    for (const QDate& d : days)
        out.append(d.toString(Qt::ISODate));
    return out;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList out;
    for (const FieldError& e : errors)
        out.append(e.field + QLatin1Char(':') + e.code);
    return out;
}

} // namespace

class TestBookingRequest : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data();
    void patterns();
    void datesAreSortedAndDistinct();
    void errorsNameTheField_data();
    void errorsNameTheField();
};

void TestBookingRequest::patterns_data()
{
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<int>("every");
    QTest::addColumn<QString>("parity");
    QTest::addColumn<QStringList>("days");
    // March 2026: Monday 2 is in ISO week 10 (even), Monday 9 in week 11 (odd).
    QTest::newRow("every week, Monday and Thursday")
        << QList<int> { 1, 4 } << 1 << QString()
        << QStringList { "2026-03-02", "2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16",
                         "2026-03-19", "2026-03-23", "2026-03-26", "2026-03-30" };
    QTest::newRow("one week in two from the first week")
        << QList<int> { 2 } << 2 << QString() << QStringList { "2026-03-03", "2026-03-17", "2026-03-31" };
    QTest::newRow("even ISO weeks") << QList<int> { 1 } << 2 << QStringLiteral("even")
                                    << QStringList { "2026-03-02", "2026-03-16", "2026-03-30" };
    QTest::newRow("odd ISO weeks") << QList<int> { 1 } << 2 << QStringLiteral("odd")
                                   << QStringList { "2026-03-09", "2026-03-23" };
    QTest::newRow("no such weekday in range") << QList<int> { 6, 7 } << 1 << QString() << QStringList {};
}

void TestBookingRequest::patterns()
{
    QFETCH(QList<int>, weekdays);
    QFETCH(int, every);
    QFETCH(QString, parity);
    QFETCH(QStringList, days);
    // Monday 2 March to Tuesday 31 March, without the weekends when none is asked.
    const QDate to = weekdays.contains(6) ? QDate(2026, 3, 6) : QDate(2026, 3, 31);
    QCOMPARE(isoDates(BookingRequest::patternDays(weekdays, every, parity, QDate(2026, 3, 2), to)), days);
}

void TestBookingRequest::datesAreSortedAndDistinct()
{
    FieldErrors errors;
    const BookingRequest r = BookingRequest::read(
        QJsonDocument::fromJson(
            R"({"subscriptionId":"s","beneficiaryId":"b","itemId":"repas","dates":["2026-03-12","2026-03-09"]})")
            .object(),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(r.itemId, QStringLiteral("repas"));
    QCOMPARE(isoDates(r.dates), QStringList({ "2026-03-09", "2026-03-12" }));
    // Wednesday 4 March counts weeks from its own week: the Monday before it is not in range.
    const BookingRequest p = BookingRequest::read(
        QJsonDocument::fromJson(R"({"subscriptionId":"s","beneficiaryId":"b","pattern":{"weekdays":[1,3],"every":2,)"
                                R"("from":"2026-03-04","to":"2026-03-18"}})")
            .object(),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(isoDates(p.dates), QStringList({ "2026-03-04", "2026-03-16", "2026-03-18" }));
}

void TestBookingRequest::errorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors");
    const QByteArray ids = R"("subscriptionId":"s","beneficiaryId":"b",)";
    QTest::newRow("no child") << QByteArray(R"({"subscriptionId":"s","dates":["2026-03-09"]})")
                              << QStringList { "beneficiaryId:required" };
    QTest::newRow("unknown field") << QByteArray("{" + ids + R"("dates":["2026-03-09"],"note":"x"})")
                                   << QStringList { "note:not_allowed" };
    QTest::newRow("dates not a list") << QByteArray("{" + ids + R"("dates":"2026-03-09"})")
                                      << QStringList { "dates:invalid_type" };
    QTest::newRow("a date not a day") << QByteArray("{" + ids + R"("dates":["2026-3-9"]})")
                                      << QStringList { "dates[0]:invalid_date" };
    QTest::newRow("pattern without weekdays")
        << QByteArray("{" + ids + R"("pattern":{"every":1,"from":"2026-03-02","to":"2026-03-31"}})")
        << QStringList { "pattern.weekdays:required" };
    QTest::newRow("weekday twice") << QByteArray(
        "{" + ids + R"("pattern":{"weekdays":[1,1],"every":1,"from":"2026-03-02","to":"2026-03-31"}})")
                                   << QStringList { "pattern.weekdays[1]:duplicate" };
    QTest::newRow("parity unknown") << QByteArray(
        "{" + ids + R"("pattern":{"weekdays":[1],"every":2,"parity":"x","from":"2026-03-02","to":"2026-03-31"}})")
                                    << QStringList { "pattern.parity:invalid_choice" };
    QTest::newRow("to before from") << QByteArray(
        "{" + ids + R"("pattern":{"weekdays":[1],"every":1,"from":"2026-03-31","to":"2026-03-02"}})")
                                    << QStringList { "pattern.to:out_of_range" };
    QTest::newRow("26 weeks is the most")
        << QByteArray("{" + ids + R"("pattern":{"weekdays":[1],"every":1,"from":"2026-03-02","to":"2026-08-30"}})")
        << QStringList {};
    QTest::newRow("more weekdays than a week") << QByteArray(
        "{" + ids + R"("pattern":{"weekdays":[1,2,3,4,5,6,7,0],"every":1,"from":"2026-03-02","to":"2026-03-31"}})")
                                               << QStringList { "pattern.weekdays:too_long" };
    QTest::newRow("thousands of bad weekdays: one error")
        << QByteArray("{" + ids + R"("pattern":{"weekdays":[)" + QByteArray("0,").repeated(30000) + "0"
                      + R"(],"every":1,"from":"2026-03-02","to":"2026-03-31"}})")
        << QStringList { "pattern.weekdays:too_long" };
    QTest::newRow("more dates than allowed: one error") << QByteArray(
        "{" + ids + R"("dates":[)" + QByteArray(R"("x",)").repeated(BookingRequest::MaxDates) + R"("x"]})")
                                                        << QStringList { "dates:too_long" };
    QTest::newRow("pattern field unknown") << QByteArray(
        "{" + ids + R"("pattern":{"weekdays":[1],"every":1,"from":"2026-03-02","to":"2026-03-31","until":1}})")
                                           << QStringList { "pattern.until:not_allowed" };
}

void TestBookingRequest::errorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    FieldErrors found;
    BookingRequest::read(QJsonDocument::fromJson(json).object(), &found);
    QCOMPARE(fieldsOf(found), errors);
}

QTEST_GUILESS_MAIN(TestBookingRequest)
#include "tst_bookingrequest.moc"
