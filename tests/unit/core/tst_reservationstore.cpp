// The reservations on the client: the wire types read as the booking contract writes them
// (cents as integers, dates, the outcome per day), the weekly pattern's dates, and the
// repository on a real SQLite store (migration 5): the months seen with their ETags, the
// upcoming list.
#include "models/Reservation.h"
#include "store/LocalStore.h"
#include "store/ReservationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

QJsonObject dayJson(const QString& date, const QString& state, const QString& reason, qint64 price = 330)
{
    return { { QStringLiteral("date"), date },
             { QStringLiteral("state"), state },
             { QStringLiteral("bookBy"), QStringLiteral("2026-05-07T07:00:00Z") },
             { QStringLiteral("cancelBy"), QStringLiteral("2026-05-07T16:00:00Z") },
             { QStringLiteral("lateBookBy"), QJsonValue::Null },
             { QStringLiteral("priceCents"), price },
             { QStringLiteral("surchargeCents"), 0 },
             { QStringLiteral("reason"), reason } };
}

QJsonObject monthJson(const QList<QJsonObject>& days)
{
    QJsonArray list;
    for (const QJsonObject& d : days)
        list.append(d);
    return { { QStringLiteral("now"), QStringLiteral("2026-05-04T09:59:00Z") },
             { QStringLiteral("subscriptionId"), QStringLiteral("s1") },
             { QStringLiteral("beneficiaryId"), QStringLiteral("b1") },
             { QStringLiteral("itemId"), QStringLiteral("repas-enfant") },
             { QStringLiteral("itemLabel"), QStringLiteral("Repas enfant") },
             { QStringLiteral("unit"), QStringLiteral("repas") },
             { QStringLiteral("days"), list } };
}

QJsonObject rowJson(const QString& id, const QString& date, qint64 price)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("date"), date },
             { QStringLiteral("subscriptionId"), QStringLiteral("s1") },
             { QStringLiteral("serviceName"), QStringLiteral("Réservation pour enfants") },
             { QStringLiteral("communeName"), QStringLiteral("ALLÈGRE") },
             { QStringLiteral("itemId"), QStringLiteral("repas-enfant") },
             { QStringLiteral("itemLabel"), QStringLiteral("Repas enfant") },
             { QStringLiteral("beneficiaryId"), QStringLiteral("b1") },
             { QStringLiteral("beneficiaryName"), QStringLiteral("Léa Martin") },
             { QStringLiteral("status"), QStringLiteral("booked") },
             { QStringLiteral("priceCents"), price },
             { QStringLiteral("surchargeCents"), 150 },
             { QStringLiteral("cancelBy"), QStringLiteral("2026-05-10T16:00:00Z") },
             { QStringLiteral("attendance"), QJsonValue::Null },
             { QStringLiteral("orderId"), QStringLiteral("o1") } };
}

QList<QDate> isoDates(const QStringList& texts)
{
    QList<QDate> dates;
    for (const QString& t : texts)
        dates.append(QDate::fromString(t, Qt::ISODate));
    return dates;
}

} // namespace

class TestReservationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void monthAnswerRead();
    void bookingResultRead();
    void bookingResultRefusesAnUnknownStatus();
    void requestWrittenAsTheContractSays();
    void requestChecks();
    void patternDates_data();
    void patternDates();
    void patternChecks();
    void monthsStoredWithTheirEtag();
    void forgetEtagsDropsTheChildsMonths();
    void upcomingReplaced();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestReservationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("citoyens.sqlite")));
    QVERIFY(m_store->open());
}

void TestReservationStore::monthAnswerRead()
{
    const auto month = BookingMonth::fromJson(
        monthJson({ dayJson(QStringLiteral("2026-05-12"), QStringLiteral("booked"), QStringLiteral("cancellable")) }));
    QVERIFY(month);
    QCOMPARE(month->now, QDateTime(QDate(2026, 5, 4), QTime(9, 59), Qt::UTC));
    QCOMPARE(month->itemLabel, QStringLiteral("Repas enfant"));
    QCOMPARE(month->days.size(), 1);
    QCOMPARE(month->days.at(0).state, BookingDay::State::Booked);
    QCOMPARE(month->days.at(0).priceCents, 330);
    QVERIFY(month->day(QDate(2026, 5, 12)));
    QVERIFY(!month->day(QDate(2026, 5, 13)));
    // It goes through the store as it came.
    QCOMPARE(BookingMonth::fromJson(month->toJson())->toJson(), month->toJson());
    QJsonObject noNow = monthJson({});
    noNow.remove(QStringLiteral("now"));
    QVERIFY(!BookingMonth::fromJson(noNow));
}

void TestReservationStore::bookingResultRead()
{
    const QJsonObject json { { QStringLiteral("outcomes"),
                               QJsonArray {
                                   QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-09") },
                                                 { QStringLiteral("status"), QStringLiteral("booked") },
                                                 { QStringLiteral("reservationId"), QStringLiteral("r1") },
                                                 { QStringLiteral("priceCents"), 330 },
                                                 { QStringLiteral("surchargeCents"), 150 } },
                                   QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-11") },
                                                 { QStringLiteral("status"), QStringLiteral("skipped") },
                                                 { QStringLiteral("reason"), QStringLiteral("weekday_not_served") },
                                                 { QStringLiteral("priceCents"), 0 },
                                                 { QStringLiteral("surchargeCents"), 0 } },
                                   QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-12") },
                                                 { QStringLiteral("status"), QStringLiteral("waiting_list") },
                                                 { QStringLiteral("priceCents"), 330 },
                                                 { QStringLiteral("surchargeCents"), 0 } },
                               } },
                             { QStringLiteral("totalCents"), qint64(9'000'000'001) },
                             { QStringLiteral("orderId"), QStringLiteral("o1") },
                             { QStringLiteral("balanceCents"), 1520 } };
    const auto result = BookingResult::fromJson(json);
    QVERIFY(result);
    QCOMPARE(result->outcomes.size(), 3);
    QCOMPARE(result->count(BookingOutcome::Status::Booked), 1);
    QCOMPARE(result->count(BookingOutcome::Status::Skipped), 1);
    QCOMPARE(result->count(BookingOutcome::Status::WaitingList), 1);
    QCOMPARE(result->outcomes.at(1).reason, QStringLiteral("weekday_not_served"));
    QCOMPARE(result->totalCents, qint64(9'000'000'001)); // never through a double
    QCOMPARE(result->balanceCents, 1520);
    QJsonObject nothing = json;
    nothing.insert(QStringLiteral("orderId"), QJsonValue::Null);
    QCOMPARE(BookingResult::fromJson(nothing)->orderId, QString());
}

void TestReservationStore::bookingResultRefusesAnUnknownStatus()
{
    const QJsonObject json { { QStringLiteral("outcomes"),
                               QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-09") },
                                                          { QStringLiteral("status"), QStringLiteral("maybe") } } } },
                             { QStringLiteral("totalCents"), 0 } };
    QVERIFY(!BookingResult::fromJson(json));
}

void TestReservationStore::requestWrittenAsTheContractSays()
{
    BookingRequest request;
    request.subscriptionId = QStringLiteral("s1");
    request.beneficiaryId = QStringLiteral("b1");
    request.dates = isoDates({ QStringLiteral("2026-03-12"), QStringLiteral("2026-03-09") });
    QJsonObject json = request.toJson();
    QCOMPARE(json.value(QStringLiteral("dates")).toArray(),
             (QJsonArray { QStringLiteral("2026-03-09"), QStringLiteral("2026-03-12") }));
    QVERIFY(!json.contains(QStringLiteral("itemId")));
    QVERIFY(!json.contains(QStringLiteral("pattern")));

    request.dates.clear();
    request.itemId = QStringLiteral("garderie-periscolaire");
    request.pattern = BookingPattern { { 4, 1 }, BookingPattern::Weeks::Odd, QDate(2026, 3, 2), QDate(2026, 3, 31) };
    json = request.toJson();
    QCOMPARE(json.value(QStringLiteral("itemId")).toString(), QStringLiteral("garderie-periscolaire"));
    QVERIFY(!json.contains(QStringLiteral("dates")));
    const QJsonObject pattern = json.value(QStringLiteral("pattern")).toObject();
    QCOMPARE(pattern.value(QStringLiteral("weekdays")).toArray(), (QJsonArray { 1, 4 }));
    QCOMPARE(pattern.value(QStringLiteral("every")).toInt(), 2);
    QCOMPARE(pattern.value(QStringLiteral("parity")).toString(), QStringLiteral("odd"));
    QCOMPARE(pattern.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(pattern.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-31"));
    request.pattern->weeks = BookingPattern::Weeks::Every;
    QCOMPARE(request.toJson().value(QStringLiteral("pattern")).toObject().value(QStringLiteral("every")).toInt(), 1);
    QVERIFY(!request.toJson().value(QStringLiteral("pattern")).toObject().contains(QStringLiteral("parity")));
}

void TestReservationStore::requestChecks()
{
    BookingRequest request;
    request.subscriptionId = QStringLiteral("s1");
    request.beneficiaryId = QStringLiteral("b1");
    QCOMPARE(request.check(), (FieldErrors { { QStringLiteral("dates"), QStringLiteral("required") } }));
    request.dates = { QDate(2026, 3, 9), QDate(2026, 3, 9) };
    QCOMPARE(request.check(), (FieldErrors { { QStringLiteral("dates"), QStringLiteral("duplicate") } }));
    request.dates.clear();
    for (int i = 0; i < BookingRequest::MaxDates + 1; ++i)
        request.dates.append(QDate(2026, 1, 1).addDays(i));
    QCOMPARE(request.check(), (FieldErrors { { QStringLiteral("dates"), QStringLiteral("too_large") } }));
    request.dates.removeLast();
    QVERIFY(request.check().isEmpty());
    request.beneficiaryId.clear();
    QCOMPARE(request.check(), (FieldErrors { { QStringLiteral("beneficiaryId"), QStringLiteral("required") } }));
}

void TestReservationStore::patternDates_data()
{
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QStringList>("expected");
    // March 2026: Monday 2 is in ISO week 10, Monday 9 in week 11, 16 in 12, 23 in 13, 30 in 14.
    QTest::newRow("every week") << int(BookingPattern::Weeks::Every)
                                << QStringList { "2026-03-02", "2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16",
                                                 "2026-03-19", "2026-03-23", "2026-03-26", "2026-03-30" };
    // Counted from the week of `from`: Sunday 1 March is in week 9, so weeks 9, 11, 13.
    QTest::newRow("every other week, from the first")
        << int(BookingPattern::Weeks::EveryOther)
        << QStringList { "2026-03-09", "2026-03-12", "2026-03-23", "2026-03-26" };
    QTest::newRow("even weeks") << int(BookingPattern::Weeks::Even)
                                << QStringList { "2026-03-02", "2026-03-05", "2026-03-16", "2026-03-19", "2026-03-30" };
    QTest::newRow("odd weeks") << int(BookingPattern::Weeks::Odd)
                               << QStringList { "2026-03-09", "2026-03-12", "2026-03-23", "2026-03-26" };
}

void TestReservationStore::patternDates()
{
    QFETCH(int, weeks);
    QFETCH(QStringList, expected);
    const BookingPattern pattern {
        { 1, 4 }, static_cast<BookingPattern::Weeks>(weeks), QDate(2026, 3, 1), QDate(2026, 3, 31)
    };
    QCOMPARE(pattern.dates(), isoDates(expected));
}

void TestReservationStore::patternChecks()
{
    BookingPattern pattern { {}, BookingPattern::Weeks::Every, QDate(2026, 3, 2), QDate(2026, 3, 1) };
    QCOMPARE(pattern.check(),
             (FieldErrors { { QStringLiteral("pattern.weekdays"), QStringLiteral("required") },
                            { QStringLiteral("pattern.to"), QStringLiteral("out_of_range") } }));
    pattern.weekdays = { 8 };
    pattern.to = pattern.from.addDays(7 * BookingPattern::MaxWeeks);
    QCOMPARE(pattern.check(),
             (FieldErrors { { QStringLiteral("pattern.weekdays"), QStringLiteral("invalid_choice") },
                            { QStringLiteral("pattern.to"), QStringLiteral("out_of_range") } }));
    pattern.weekdays = { 3 };
    pattern.to = pattern.from.addDays(7 * BookingPattern::MaxWeeks - 1);
    QVERIFY(pattern.check().isEmpty());
}

void TestReservationStore::monthsStoredWithTheirEtag()
{
    ReservationRepository repository(m_store.get());
    QSignalSpy changed(&repository, &ReservationRepository::monthChanged);
    const MonthKey may { QStringLiteral("s1"), QStringLiteral("b1"), QString(), QDate(2026, 5, 1) };
    MonthKey june = may;
    june.month = QDate(2026, 6, 1);
    MonthKey garderie = may;
    garderie.itemId = QStringLiteral("garderie-periscolaire");
    QVERIFY(!repository.month(may));
    QVERIFY(repository.monthEtag(may).isEmpty());

    const auto month = BookingMonth::fromJson(
        monthJson({ dayJson(QStringLiteral("2026-05-12"), QStringLiteral("booked"), QStringLiteral("cancellable")) }));
    QVERIFY(repository.saveMonth(may, *month, "\"v1\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<MonthKey>(), may);
    QCOMPARE(repository.month(may)->toJson(), month->toJson());
    QCOMPARE(repository.monthEtag(may), QByteArray("\"v1\""));
    QVERIFY(!repository.month(june));
    QVERIFY(!repository.month(garderie));

    // The same days again (a new ETag only): nothing for the page to repaint.
    QVERIFY(repository.saveMonth(may, *month, "\"v2\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.monthEtag(may), QByteArray("\"v2\""));

    // Another store (another account's) does not have it; the same file opened again does.
    m_store->close();
    LocalStore again(m_dir->filePath(QStringLiteral("citoyens.sqlite")));
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), LocalStore::latestSchemaVersion());
    ReservationRepository reopened(&again);
    QCOMPARE(reopened.month(may)->days.size(), 1);
}

void TestReservationStore::forgetEtagsDropsTheChildsMonths()
{
    ReservationRepository repository(m_store.get());
    const auto month = BookingMonth::fromJson(monthJson({}));
    const MonthKey lea { QStringLiteral("s1"), QStringLiteral("b1"), QString(), QDate(2026, 5, 1) };
    const MonthKey tom { QStringLiteral("s1"), QStringLiteral("b2"), QString(), QDate(2026, 5, 1) };
    QVERIFY(repository.saveMonth(lea, *month, "\"a\""));
    QVERIFY(repository.saveMonth(tom, *month, "\"b\""));
    QVERIFY(repository.replaceUpcoming({}, "\"u\""));
    QVERIFY(repository.forgetEtags(QStringLiteral("s1"), QStringLiteral("b1")));
    QVERIFY(repository.monthEtag(lea).isEmpty());
    QVERIFY(repository.month(lea)); // still painted from the store
    QCOMPARE(repository.monthEtag(tom), QByteArray("\"b\""));
    QVERIFY(repository.upcomingEtag().isEmpty());
}

void TestReservationStore::upcomingReplaced()
{
    ReservationRepository repository(m_store.get());
    QSignalSpy changed(&repository, &ReservationRepository::upcomingChanged);
    const auto first = ReservationRow::listFromJson(
        { { QStringLiteral("reservations"),
            QJsonArray { rowJson(QStringLiteral("r2"), QStringLiteral("2026-05-14"), 330),
                         rowJson(QStringLiteral("r1"), QStringLiteral("2026-05-12"), 330) } } });
    QVERIFY(first);
    QVERIFY(repository.replaceUpcoming(*first, "\"e1\""));
    QCOMPARE(changed.size(), 1);
    QList<ReservationRow> stored = repository.upcoming();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).id, QStringLiteral("r1")); // by date
    QCOMPARE(stored.at(0).surchargeCents, 150);
    QCOMPARE(stored.at(0).beneficiaryName, QStringLiteral("Léa Martin"));
    QCOMPARE(repository.upcomingEtag(), QByteArray("\"e1\""));
    QVERIFY(repository.replaceUpcoming(*first, "\"e1\""));
    QCOMPARE(changed.size(), 1);
    // r1 cancelled.
    QVERIFY(repository.replaceUpcoming({ first->at(0) }, "\"e2\""));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(repository.upcoming().size(), 1);
    QCOMPARE(repository.upcoming().at(0).id, QStringLiteral("r2"));
    // A row the contract does not allow makes the whole answer unreadable.
    QJsonObject bad = rowJson(QStringLiteral("r3"), QStringLiteral("2026-05-15"), 330);
    bad.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    QVERIFY(!ReservationRow::listFromJson({ { QStringLiteral("reservations"), QJsonArray { bad } } }));
}

QTEST_GUILESS_MAIN(TestReservationStore)
#include "tst_reservationstore.moc"
