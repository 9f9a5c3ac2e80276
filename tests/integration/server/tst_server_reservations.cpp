// « Mes réservations » against the real server over TLS, on SQLite and PostgreSQL, its booking
// clock set with --now: a child's days of a month, refusals naming their field, a pattern over
// a month with closed and late days paid as one order, a short wallet, double submissions,
// cancellation on each side of its deadline (a second server process on the same database at
// another instant), and places under a burst of concurrent bookings with their waiting list.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include <QTest>

using namespace support;

namespace {

// Thursday 30 April 2026, 9:30 in Paris: Allègre's ordinary cut-off for the week of 4 May
// ("le jeudi précédent avant 9 h") has just passed, its late one (the working day before, at
// 10:00; 1 May is a holiday) is still ahead for Monday 4, Tuesday 5 and Thursday 7 May.
const QString Now = QStringLiteral("2026-04-30T09:30:00+02:00");
constexpr qint64 MealCents = 280; // repas-enfant, bracket "inf 399"
constexpr qint64 GarderieCents = 110; // garderie-periscolaire, bracket "inf 399"
constexpr qint64 LateCents = 150;

QJsonObject mayPattern()
{
    return QJsonObject { { QStringLiteral("weekdays"), QJsonArray { 1, 2, 3, 4, 5 } },
                         { QStringLiteral("every"), 1 },
                         { QStringLiteral("from"), QStringLiteral("2026-05-01") },
                         { QStringLiteral("to"), QStringLiteral("2026-05-31") } };
}

// The caller's reservation of `day` (the first one of GET /me/reservations on that day).
QJsonObject reservationOn(const Family& family, const QString& day)
{
    return family.parent.http->get(QStringLiteral("/me/reservations?from=%1&to=%1").arg(day))
        .json()
        .value(QStringLiteral("reservations"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestServerReservations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void daysOfAMonthFollowThePolicy();
    void accueilDeLoisirsDaysFollowTheHolidays();
    void daysAreRefusedNamingWhy();
    void bookingsAreRefusedNamingTheField();
    void aPatternOverAMonthIsPaidAsOneOrder();
    void aShortWalletBooksNothing();
    void aDoubleSubmissionBooksOnce();
    void cancellationIsRefundedBeforeTheDeadlineOnly();
    void placesHoldUnderConcurrentBookings();

private:
    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--now"), Now } };
    std::unique_ptr<Person> m_agent;
};

void TestServerReservations::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_agent = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("allegre")));
    QVERIFY(!m_agent->token.isEmpty());
}

void TestServerReservations::cleanupTestCase()
{
    m_server.stop();
}

void TestServerReservations::daysOfAMonthFollowThePolicy()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0);
    QVERIFY(!f.childId.isEmpty());
    const TestReply reply = daysOf(f, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    // The server's clock, to the minute: --now, run on for as long as the test took.
    const QDateTime now = QDateTime::fromString(json.value(QStringLiteral("now")).toString(), Qt::ISODate);
    const QDateTime start = QDateTime::fromString(Now, Qt::ISODate);
    QVERIFY2(now >= start && now < start.addSecs(600), qPrintable(now.toString(Qt::ISODate)));
    QCOMPARE(json.value(QStringLiteral("itemId")).toString(), QStringLiteral("repas-enfant"));
    QCOMPARE(json.value(QStringLiteral("itemLabel")).toString(), QStringLiteral("Repas enfant"));
    QCOMPARE(json.value(QStringLiteral("unit")).toString(), QStringLiteral("repas"));
    const QJsonArray days = json.value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 31);
    const QHash<QString, QJsonObject> day = byDate(days);
    const auto check = [&](const char* date, const char* state, const char* reason) {
        const QJsonObject d = day.value(QLatin1String(date));
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QLatin1String(state));
        QCOMPARE(d.value(QStringLiteral("reason")).toString(), QLatin1String(reason));
    };
    check("2026-05-01", "closed", "public_holiday");
    check("2026-05-02", "closed", "weekday_not_served");
    check("2026-05-04", "bookable", "late_booking");
    check("2026-05-06", "closed", "weekday_not_served");
    check("2026-05-08", "closed", "public_holiday");
    check("2026-05-11", "bookable", "bookable");
    check("2026-05-14", "closed", "school_holidays"); // the Ascension bridge
    check("2026-05-25", "closed", "public_holiday"); // Whit Monday
    const QJsonObject late = day.value(QStringLiteral("2026-05-04"));
    QCOMPARE(centsOf(late, QStringLiteral("priceCents")), MealCents);
    QCOMPARE(centsOf(late, QStringLiteral("surchargeCents")), LateCents);
    // The late cut-off: Thursday 30 April at 10:00 (Friday 1 May is a holiday), summer time.
    QCOMPARE(late.value(QStringLiteral("bookBy")).toString(), QStringLiteral("2026-04-30T08:00:00Z"));
    const QJsonObject ordinary = day.value(QStringLiteral("2026-05-11"));
    QCOMPARE(ordinary.value(QStringLiteral("bookBy")).toString(), QStringLiteral("2026-05-07T07:00:00Z"));
    QCOMPARE(centsOf(ordinary, QStringLiteral("surchargeCents")), 0);
    // "2 working days before, before 18:00": Friday 15 May is worked, Thursday 14 is Ascension.
    QCOMPARE(day.value(QStringLiteral("2026-05-18")).value(QStringLiteral("cancelBy")).toString(),
             QStringLiteral("2026-05-13T16:00:00Z"));
    // The other booked item, at its own price; the same answer again costs a 304.
    const TestReply garderie = daysOf(f, QStringLiteral("2026-05-11"), QStringLiteral("2026-05-11"),
                                      QStringLiteral("&itemId=garderie-periscolaire"));
    QCOMPARE(garderie.status, 200);
    const QJsonObject g = garderie.json().value(QStringLiteral("days")).toArray().first().toObject();
    QCOMPARE(centsOf(g, QStringLiteral("priceCents")), GarderieCents);
    const QByteArray etag = garderie.header("ETag");
    QVERIFY(!etag.isEmpty());
    const TestReply again = f.parent.http->get(
        QStringLiteral(
            "/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-11&to=2026-05-11&itemId=garderie-periscolaire")
            .arg(f.requestId, f.childId),
        { { "If-None-Match", etag } });
    QVERIFY2(again.status == 304 || again.status == 200, qPrintable(QString::number(again.status)));
    if (again.status == 200) // the minute changed between the two reads: a new answer
        QVERIFY(again.header("ETag") != etag);
}

void TestServerReservations::accueilDeLoisirsDaysFollowTheHolidays()
{
    // GET /communes carries the booking blocks.
    const QJsonArray communes
        = m_agent->http->get(QStringLiteral("/communes")).json().value(QStringLiteral("communes")).toArray();
    QStringList booked;
    for (const QJsonValue& c : communes) {
        for (const QJsonValue& sv : c.toObject().value(QStringLiteral("services")).toArray()) {
            const QJsonValue b = sv.toObject().value(QStringLiteral("booking"));
            if (b.isObject())
                booked.append(sv.toObject().value(QStringLiteral("id")).toString());
        }
    }
    QCOMPARE(booked.size(), 6);
    QVERIFY(booked.contains(RosieresService));
    Person rosieres = demoAgent(m_server, QStringLiteral("rosieres"));
    Family f = approvedFamily(m_server, *rosieres.http, RosieresService, 0);
    QVERIFY(!f.childId.isEmpty());
    const TestReply reply = daysOf(f, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("itemId")).toString(), QStringLiteral("journee"));
    const QHash<QString, QJsonObject> day = byDate(reply.json().value(QStringLiteral("days")).toArray());
    const auto state = [&](const char* date) {
        const QJsonObject d = day.value(QLatin1String(date));
        return d.value(QStringLiteral("state")).toString() + QLatin1Char('/')
            + d.value(QStringLiteral("reason")).toString();
    };
    // "S-2": Wednesday 6 May was due on Sunday 26 April; Wednesday 13 May on Sunday 3 May.
    QCOMPARE(state("2026-05-06"), QStringLiteral("deadline_passed/booking_deadline_passed"));
    QCOMPARE(state("2026-05-13"), QStringLiteral("bookable/bookable"));
    QCOMPARE(day.value(QStringLiteral("2026-05-13")).value(QStringLiteral("bookBy")).toString(),
             QStringLiteral("2026-05-03T21:59:00Z"));
    QCOMPARE(state("2026-05-12"), QStringLiteral("closed/weekday_not_served")); // a Tuesday in term time
    QCOMPARE(state("2026-05-14"), QStringLiteral("closed/public_holiday")); // Ascension, in the bridge
    QCOMPARE(state("2026-05-15"), QStringLiteral("bookable/bookable")); // the bridge is holidays: open
    QCOMPARE(centsOf(day.value(QStringLiteral("2026-05-13")), QStringLiteral("priceCents")), 800);
    // An item of the service that is not booked per day.
    QCOMPARE(fieldErrors(daysOf(f, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"),
                                QStringLiteral("&itemId=semaine"))),
             QStringList { "itemId:not_allowed" });
}

void TestServerReservations::daysAreRefusedNamingWhy()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0);
    QVERIFY(!f.childId.isEmpty());
    // Another citizen's request or child: as if they did not exist.
    Family other = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0, QStringLiteral("Tom"));
    QVERIFY(!other.childId.isEmpty());
    const QString from = QStringLiteral("2026-05-01");
    QCOMPARE(f.parent.http
                 ->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-01&to=2026-05-31")
                           .arg(other.requestId, f.childId))
                 .status,
             404);
    QCOMPARE(f.parent.http
                 ->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-01&to=2026-05-31")
                           .arg(f.requestId, other.childId))
                 .status,
             404);
    // A child the commune has not approved yet, a request still pending.
    const QString pendingChild
        = idOf(f.parent.http->post(QStringLiteral("/me/beneficiaries"),
                                   QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                                 { QStringLiteral("firstName"), QStringLiteral("Noé") } }));
    const TestReply childPending
        = f.parent.http->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-01&to=2026-05-31")
                                 .arg(f.requestId, pendingChild));
    QCOMPARE(childPending.status, 409);
    QCOMPARE(childPending.code(), QStringLiteral("not_approved"));
    const TestReply pending = subscribe(*f.parent.http, BainsService);
    QCOMPARE(pending.status, 201);
    const TestReply requestPending
        = f.parent.http->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-01&to=2026-05-31")
                                 .arg(idOf(pending), f.childId));
    QCOMPARE(requestPending.code(), QStringLiteral("not_approved"));
    // A service that is bought, not booked per day.
    const TestReply adults = subscribe(*f.parent.http, QStringLiteral("allegre-reservation-pour-adultes"));
    QCOMPARE(
        m_agent->http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(adults)), decision("approve"))
            .status,
        200);
    const TestReply notBookable
        = f.parent.http->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-05-01&to=2026-05-31")
                                 .arg(idOf(adults), f.childId));
    QCOMPARE(notBookable.status, 409);
    QCOMPARE(notBookable.code(), QStringLiteral("not_bookable"));
    // Query fields.
    QCOMPARE(fieldErrors(daysOf(f, QString(), QStringLiteral("2026-05-31"))), QStringList { "from:required" });
    QCOMPARE(fieldErrors(daysOf(f, from, QStringLiteral("2026-04-30"))), QStringList { "to:out_of_range" });
    QCOMPARE(fieldErrors(daysOf(f, from, QStringLiteral("2026-07-02"))), QStringList { "to:out_of_range" });
    QCOMPARE(daysOf(f, from, QStringLiteral("2026-07-01")).status, 200); // 62 days
    QCOMPARE(fieldErrors(daysOf(f, QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01"))),
             QStringList { "from:invalid_date" });
    QCOMPARE(fieldErrors(daysOf(f, from, QStringLiteral("2026-05-31"), QStringLiteral("&itemId=repas-adulte"))),
             QStringList { "itemId:not_found" });
}

void TestServerReservations::bookingsAreRefusedNamingTheField()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0);
    QVERIFY(!f.childId.isEmpty());
    const auto refused = [&](const QJsonObject& body) {
        const TestReply r = f.parent.http->post(QStringLiteral("/me/reservations"), body, idempotencyKey(newKey()));
        return r.status == 422 ? fieldErrors(r) : QStringList { QString::number(r.status) };
    };
    QJsonObject both = bookDates(f, { QStringLiteral("2026-05-11") });
    both.insert(QStringLiteral("pattern"), mayPattern());
    QCOMPARE(refused(both), QStringList { "pattern:not_allowed" });
    QJsonObject neither = bookDates(f, {});
    neither.remove(QStringLiteral("dates"));
    QCOMPARE(refused(neither), QStringList { "dates:required" });
    QCOMPARE(refused(bookDates(f, {})), QStringList { "dates:required" });
    QCOMPARE(refused(bookDates(f, { QStringLiteral("2026-05-11"), QStringLiteral("2026-02-30") })),
             QStringList { "dates[1]:invalid_date" });
    QCOMPARE(refused(bookDates(f, { QStringLiteral("2026-05-11"), QStringLiteral("2026-05-11") })),
             QStringList { "dates[1]:duplicate" });
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(QDate(2026, 5, 1).addDays(i).toString(Qt::ISODate));
    QCOMPARE(refused(bookDates(f, many)), QStringList { "dates:too_long" });
    QCOMPARE(refused(bookDates(f, { QStringLiteral("2026-05-11") }, QStringLiteral("repas-adulte"))),
             QStringList { "itemId:not_found" });
    QJsonObject pattern = mayPattern();
    pattern.insert(QStringLiteral("every"), 3);
    QCOMPARE(refused(bookPattern(f, pattern)), QStringList { "pattern.every:invalid_choice" });
    pattern = mayPattern();
    pattern.insert(QStringLiteral("parity"), QStringLiteral("even"));
    QCOMPARE(refused(bookPattern(f, pattern)), QStringList { "pattern.parity:not_allowed" });
    pattern = mayPattern();
    pattern.insert(QStringLiteral("to"), QStringLiteral("2026-11-06")); // 27 weeks
    QCOMPARE(refused(bookPattern(f, pattern)), QStringList { "pattern.to:out_of_range" });
    pattern = mayPattern();
    pattern.insert(QStringLiteral("weekdays"), QJsonArray { 1, 8 });
    QCOMPARE(refused(bookPattern(f, pattern)), QStringList { "pattern.weekdays[1]:out_of_range" });
    // Nothing was booked by any of them.
    QCOMPARE(datesWith(daysOf(f, QStringLiteral("2026-05-11"), QStringLiteral("2026-05-12"))
                           .json()
                           .value(QStringLiteral("days"))
                           .toArray(),
                       QStringLiteral("booked")),
             QStringList {});
}

void TestServerReservations::aPatternOverAMonthIsPaidAsOneOrder()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 5000);
    QVERIFY(!f.childId.isEmpty());
    const TestReply booked = f.parent.http->post(QStringLiteral("/me/reservations"), bookPattern(f, mayPattern()),
                                                 idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    const QJsonObject json = booked.json();
    const QJsonArray outcomes = json.value(QStringLiteral("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 21); // the weekdays Monday to Friday of May 2026
    const QStringList late { "2026-05-04", "2026-05-05", "2026-05-07" };
    const QStringList ordinary { "2026-05-11", "2026-05-12", "2026-05-18", "2026-05-19", "2026-05-21",
                                 "2026-05-22", "2026-05-26", "2026-05-28", "2026-05-29" };
    QCOMPARE(datesWith(outcomes, QStringLiteral("booked")), late + ordinary);
    const QHash<QString, QJsonObject> out = byDate(outcomes);
    const auto reason = [&](const char* date) {
        return out.value(QLatin1String(date)).value(QStringLiteral("reason")).toString();
    };
    QCOMPARE(reason("2026-05-01"), QStringLiteral("public_holiday"));
    QCOMPARE(reason("2026-05-06"), QStringLiteral("weekday_not_served"));
    QCOMPARE(reason("2026-05-14"), QStringLiteral("school_holidays"));
    QCOMPARE(reason("2026-05-15"), QStringLiteral("school_holidays"));
    QCOMPARE(reason("2026-05-25"), QStringLiteral("public_holiday"));
    for (const QString& d : late)
        QCOMPARE(centsOf(out.value(d), QStringLiteral("surchargeCents")), LateCents);
    QCOMPARE(centsOf(out.value(QStringLiteral("2026-05-11")), QStringLiteral("surchargeCents")), 0);
    // 12 meals at 2,80 € and 3 late surcharges at 1,50 €: 38,10 €.
    const qint64 total = 12 * MealCents + 3 * LateCents;
    QCOMPARE(centsOf(json, QStringLiteral("totalCents")), total);
    QCOMPARE(centsOf(json, QStringLiteral("balanceCents")), 5000 - total);
    QCOMPARE(balanceOf(*f.parent.http), 5000 - total);
    const TestReply order
        = f.parent.http->get(QStringLiteral("/me/orders/") + json.value(QStringLiteral("orderId")).toString());
    QCOMPARE(order.status, 200);
    QCOMPARE(centsOf(order.json(), QStringLiteral("totalCents")), total);
    const QJsonArray lines = order.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("itemId")).toString(), QStringLiteral("repas-enfant"));
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("quantity")).toInt(), 12);
    QCOMPARE(centsOf(lines.at(0).toObject(), QStringLiteral("totalCents")), 12 * MealCents);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("itemId")).toString(), QStringLiteral("late-booking"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Majoration réservation tardive"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("quantity")).toInt(), 3);
    QCOMPARE(centsOf(lines.at(1).toObject(), QStringLiteral("totalCents")), 3 * LateCents);
    QCOMPARE(order.json().value(QStringLiteral("beneficiaryId")).toString(), f.childId);
    // The month now shows them booked, with their reservation.
    const QHash<QString, QJsonObject> days
        = byDate(daysOf(f, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"))
                     .json()
                     .value(QStringLiteral("days"))
                     .toArray());
    QCOMPARE(days.value(QStringLiteral("2026-05-11")).value(QStringLiteral("state")).toString(),
             QStringLiteral("booked"));
    QCOMPARE(days.value(QStringLiteral("2026-05-11")).value(QStringLiteral("reservationId")).toString(),
             out.value(QStringLiteral("2026-05-11")).value(QStringLiteral("reservationId")).toString());
}

void TestServerReservations::aShortWalletBooksNothing()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 500);
    QVERIFY(!f.childId.isEmpty());
    const TestReply refused = f.parent.http->post(QStringLiteral("/me/reservations"), bookPattern(f, mayPattern()),
                                                  idempotencyKey(newKey()));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("insufficient_funds"));
    QCOMPARE(centsOf(refused.json(), QStringLiteral("balanceCents")), 500);
    QCOMPARE(centsOf(refused.json(), QStringLiteral("missingCents")), 12 * MealCents + 3 * LateCents - 500);
    QCOMPARE(balanceOf(*f.parent.http), 500);
    const QJsonArray days = daysOf(f, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"))
                                .json()
                                .value(QStringLiteral("days"))
                                .toArray();
    QCOMPARE(datesWith(days, QStringLiteral("booked")), QStringList {});
    QCOMPARE(execOnServerDatabase(
                 m_server, QStringLiteral("SELECT COUNT(*) FROM reservations WHERE beneficiary_id = ?"), { f.childId }),
             0);
    // One day fits.
    const TestReply one = f.parent.http->post(QStringLiteral("/me/reservations"),
                                              bookDates(f, { QStringLiteral("2026-05-11") }), idempotencyKey(newKey()));
    QCOMPARE(one.status, 201);
    QCOMPARE(balanceOf(*f.parent.http), 500 - MealCents);
}

void TestServerReservations::aDoubleSubmissionBooksOnce()
{
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 1000);
    QVERIFY(!f.childId.isEmpty());
    const QJsonObject body = bookDates(f, { QStringLiteral("2026-05-11"), QStringLiteral("2026-05-12") });
    const QString key = newKey();
    const TestReply first = f.parent.http->post(QStringLiteral("/me/reservations"), body, idempotencyKey(key));
    QCOMPARE(first.status, 201);
    const TestReply replayed = f.parent.http->post(QStringLiteral("/me/reservations"), body, idempotencyKey(key));
    QCOMPARE(replayed.status, 201);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.json(), first.json());
    QCOMPARE(balanceOf(*f.parent.http), 1000 - 2 * MealCents);
    // Another key for the same days: nothing booked twice, nothing paid.
    const TestReply second = f.parent.http->post(QStringLiteral("/me/reservations"), body, idempotencyKey(newKey()));
    QCOMPARE(second.status, 200);
    const QJsonArray outcomes = second.json().value(QStringLiteral("outcomes")).toArray();
    QCOMPARE(datesWith(outcomes, QStringLiteral("skipped")), QStringList({ "2026-05-11", "2026-05-12" }));
    QCOMPARE(outcomes.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("already_booked"));
    QVERIFY(second.json().value(QStringLiteral("orderId")).isNull());
    QCOMPARE(centsOf(second.json(), QStringLiteral("totalCents")), 0);
    QCOMPARE(balanceOf(*f.parent.http), 1000 - 2 * MealCents);
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("SELECT COUNT(*) FROM reservations WHERE beneficiary_id = ? AND "
                                                 "status = 'booked'"),
                                  { f.childId }),
             2);
    // Four keys at once for one more day: booked once, the others find it booked.
    const QJsonObject friday = bookDates(f, { QStringLiteral("2026-05-22") });
    const QList<TestReply> twins
        = bookAtOnce(m_server, { { &f, friday }, { &f, friday }, { &f, friday }, { &f, friday } });
    QStringList statuses;
    for (const TestReply& r : twins) {
        const QJsonObject o = r.json().value(QStringLiteral("outcomes")).toArray().first().toObject();
        statuses.append(o.value(QStringLiteral("status")).toString() + QLatin1Char('/')
                        + o.value(QStringLiteral("reason")).toString());
    }
    statuses.sort();
    QCOMPARE(statuses,
             QStringList({ "booked/", "skipped/already_booked", "skipped/already_booked", "skipped/already_booked" }));
    QCOMPARE(balanceOf(*f.parent.http), 1000 - 3 * MealCents);
    // The same key with another body is refused.
    const TestReply reused = f.parent.http->post(QStringLiteral("/me/reservations"),
                                                 bookDates(f, { QStringLiteral("2026-05-18") }), idempotencyKey(key));
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
}

void TestServerReservations::cancellationIsRefundedBeforeTheDeadlineOnly()
{
    // Monday 18 May's meal and garderie: one deadline, Wednesday 13 May at 18:00.
    Family f = approvedFamily(m_server, *m_agent->http, AllegreChildren, 1000);
    QVERIFY(!f.childId.isEmpty());
    const TestReply booked = f.parent.http->post(
        QStringLiteral("/me/reservations"), bookDates(f, { QStringLiteral("2026-05-18") }), idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    QCOMPARE(f.parent.http
                 ->post(QStringLiteral("/me/reservations"),
                        bookDates(f, { QStringLiteral("2026-05-18") }, QStringLiteral("garderie-periscolaire")),
                        idempotencyKey(newKey()))
                 .status,
             201);
    const QString orderId = booked.json().value(QStringLiteral("orderId")).toString();
    const TestReply listed = f.parent.http->get(QStringLiteral("/me/reservations?from=2026-05-18&to=2026-05-18"));
    QCOMPARE(listed.status, 200);
    QHash<QString, QJsonObject> mine; // by item
    for (const QJsonValue& v : listed.json().value(QStringLiteral("reservations")).toArray())
        mine.insert(v.toObject().value(QStringLiteral("itemId")).toString(), v.toObject());
    QCOMPARE(mine.size(), 2);
    const QJsonObject meal = mine.value(QStringLiteral("repas-enfant"));
    const QJsonObject garderie = mine.value(QStringLiteral("garderie-periscolaire"));
    QCOMPARE(meal.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(meal.value(QStringLiteral("serviceName")).toString(), QStringLiteral("Réservation pour enfants"));
    QCOMPARE(meal.value(QStringLiteral("beneficiaryName")).toString(), QStringLiteral("Léa Martin"));
    QCOMPARE(meal.value(QStringLiteral("itemLabel")).toString(), QStringLiteral("Repas enfant"));
    QCOMPARE(meal.value(QStringLiteral("orderId")).toString(), orderId);
    QCOMPARE(meal.value(QStringLiteral("cancelBy")).toString(), QStringLiteral("2026-05-13T16:00:00Z"));
    QCOMPARE(garderie.value(QStringLiteral("cancelBy")).toString(), QStringLiteral("2026-05-13T16:00:00Z"));
    QCOMPARE(centsOf(garderie, QStringLiteral("priceCents")), GarderieCents);
    QCOMPARE(fieldErrors(f.parent.http->get(QStringLiteral("/me/reservations?from=2026-05-01&to=2026-07-02"))),
             QStringList { "to:out_of_range" });
    const qint64 before = balanceOf(*f.parent.http);
    QCOMPARE(before, 1000 - MealCents - GarderieCents);

    // One minute before the deadline, on a server whose clock starts there.
    std::unique_ptr<TestServer> early = serverAt(m_server, QStringLiteral("2026-05-13T17:59:00+02:00"));
    QVERIFY(early);
    std::unique_ptr<TestHttp> parent = clientOf(*early, f.parent);
    const QString mealId = meal.value(QStringLiteral("id")).toString();
    QCOMPARE(parent->send("DELETE", QStringLiteral("/me/reservations/") + mealId, {}).status, 204);
    QCOMPARE(balanceOf(*parent), before + MealCents);
    const QJsonObject refund = parent->get(QStringLiteral("/me/wallet"))
                                   .json()
                                   .value(QStringLiteral("movements"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(refund.value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    QCOMPARE(centsOf(refund, QStringLiteral("amountCents")), MealCents);
    QCOMPARE(refund.value(QStringLiteral("orderId")).toString(), orderId);
    QCOMPARE(refund.value(QStringLiteral("label")).toString(),
             QStringLiteral("Annulation : Repas enfant du 18/05/2026 — Léa"));
    QCOMPARE(centsOf(parent->get(QStringLiteral("/me/orders/") + orderId).json(), QStringLiteral("refundedCents")),
             MealCents);
    // Cancelled: gone from the list, and not cancelled twice.
    QCOMPARE(parent->send("DELETE", QStringLiteral("/me/reservations/") + mealId, {}).status, 404);
    QCOMPARE(balanceOf(*parent), before + MealCents);
    QCOMPARE(parent->get(QStringLiteral("/me/reservations?from=2026-05-18&to=2026-05-18"))
                 .json()
                 .value(QStringLiteral("reservations"))
                 .toArray()
                 .size(),
             1);
    early->stop();

    // One minute after the same deadline.
    std::unique_ptr<TestServer> late = serverAt(m_server, QStringLiteral("2026-05-13T18:01:00+02:00"));
    QVERIFY(late);
    parent = clientOf(*late, f.parent);
    const QString garderieId = garderie.value(QStringLiteral("id")).toString();
    const TestReply tooLate = parent->send("DELETE", QStringLiteral("/me/reservations/") + garderieId, {});
    QCOMPARE(tooLate.status, 409);
    QCOMPARE(tooLate.code(), QStringLiteral("deadline_passed"));
    QCOMPARE(tooLate.json().value(QStringLiteral("cancelBy")).toString(), QStringLiteral("2026-05-13T16:00:00Z"));
    QCOMPARE(balanceOf(*parent), before + MealCents);
    // Another citizen's reservation is not there for them.
    Family other = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0, QStringLiteral("Tom"));
    QCOMPARE(other.parent.http->send("DELETE", QStringLiteral("/me/reservations/") + garderieId, {}).status, 404);
    late->stop();
}

void TestServerReservations::placesHoldUnderConcurrentBookings()
{
    // Bains' canteen, here with 3 places and 2 on the waiting list for the test.
    const QString policy = QStringLiteral(
        R"({"items":["repas-enfant"],"policy":{"book":{"kind":"days_before","days":2,"time":"10:00","workingDays":true},)"
        R"("cancel":{"kind":"days_before","days":2,"time":"10:00","workingDays":true},"capacity":3,"waitingList":2,)"
        R"("weekdays":[1,2,4,5],"schoolHolidays":"closed"}})");
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("UPDATE services SET booking = ? WHERE id = ?"),
                                  { policy, BainsService }),
             1);
    Person bains = demoAgent(m_server, QStringLiteral("bains"));
    std::vector<Family> families;
    for (int i = 0; i < 8; ++i) {
        families.push_back(
            approvedFamily(m_server, *bains.http, BainsService, 1000, QStringLiteral("Enfant%1").arg(i)));
        QVERIFY(!families.back().childId.isEmpty());
    }
    const QString day = QStringLiteral("2026-05-21");
    QList<std::pair<const Family*, QJsonObject>> calls;
    for (const Family& f : families)
        calls.append({ &f, bookDates(f, { day }) });
    const QList<TestReply> replies = bookAtOnce(m_server, calls);
    QStringList booked, waiting, full;
    QStringList waitingIds;
    for (int i = 0; i < replies.size(); ++i) {
        QVERIFY2(replies.at(i).status == 201 || replies.at(i).status == 200,
                 qPrintable(QString::number(replies.at(i).status) + replies.at(i).networkError));
        const QJsonObject o = replies.at(i).json().value(QStringLiteral("outcomes")).toArray().first().toObject();
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("booked"))
            booked.append(QString::number(i));
        else if (status == QLatin1String("waiting_list")) {
            waiting.append(QString::number(i));
            waitingIds.append(o.value(QStringLiteral("reservationId")).toString());
        } else if (o.value(QStringLiteral("reason")).toString() == QLatin1String("full"))
            full.append(QString::number(i));
        const qint64 expected = status == QLatin1String("booked") ? 1000 - 280 : 1000;
        QCOMPARE(balanceOf(*families.at(i).parent.http), expected);
    }
    QCOMPARE(booked.size(), 3);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(full.size(), 3);
    const QString counter = QStringLiteral("SELECT %1 FROM reservation_days WHERE service_id = ? AND day = ?");
    QCOMPARE(execOnServerDatabase(m_server, counter.arg(QStringLiteral("booked")), { BainsService, day }), 3);
    QCOMPARE(execOnServerDatabase(m_server, counter.arg(QStringLiteral("waiting")), { BainsService, day }), 2);
    const QString live
        = QStringLiteral("SELECT COUNT(*) FROM reservations WHERE service_id = ? AND day = ? AND status = ?");
    QCOMPARE(execOnServerDatabase(m_server, live, { BainsService, day, QStringLiteral("booked") }), 3);
    QCOMPARE(execOnServerDatabase(m_server, live, { BainsService, day, QStringLiteral("waiting_list") }), 2);

    // The first of the waiting list cannot pay any more: the place goes to the second.
    const QString firstSql = QStringLiteral(
        "SELECT COUNT(*) FROM reservations w, reservations r WHERE r.id = ? AND w.status = 'waiting_list' AND "
        "w.service_id = r.service_id AND w.day = r.day AND (w.created_at < r.created_at OR (w.created_at = "
        "r.created_at AND w.id < r.id))");
    const int firstAt = execOnServerDatabase(m_server, firstSql, { waitingIds.at(0) }) == 0 ? 0 : 1;
    Family& first = families.at(waiting.at(firstAt).toInt());
    Family& second = families.at(waiting.at(1 - firstAt).toInt());
    // Its wallet spent on three other days (meals are booked by the day, never ordered).
    QStringList others;
    for (const QJsonValue& v : daysOf(first, QStringLiteral("2026-05-22"), QStringLiteral("2026-06-12"))
                                   .json()
                                   .value(QStringLiteral("days"))
                                   .toArray()) {
        if (v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("bookable") && others.size() < 3)
            others.append(v.toObject().value(QStringLiteral("date")).toString());
    }
    QCOMPARE(others.size(), 3);
    const TestReply spent = first.parent.http->post(QStringLiteral("/me/reservations"), bookDates(first, others),
                                                    idempotencyKey(newKey()));
    QCOMPARE(datesWith(spent.json().value(QStringLiteral("outcomes")).toArray(), QStringLiteral("booked")), others);
    QCOMPARE(balanceOf(*first.parent.http), 1000 - 3 * 280);
    Family& leaving = families.at(booked.first().toInt());
    const QString leavingId = reservationOn(leaving, day).value(QStringLiteral("id")).toString();
    QCOMPARE(leaving.parent.http->send("DELETE", QStringLiteral("/me/reservations/") + leavingId, {}).status, 204);
    QCOMPARE(balanceOf(*leaving.parent.http), 1000);
    const auto statusOf = [&](const Family& f) {
        return reservationOn(f, day).value(QStringLiteral("status")).toString();
    };
    QCOMPARE(statusOf(second), QStringLiteral("booked"));
    QCOMPARE(balanceOf(*second.parent.http), 1000 - 280);
    QCOMPARE(statusOf(first), QStringLiteral("waiting_list"));
    QCOMPARE(balanceOf(*first.parent.http), 1000 - 3 * 280);
    const QJsonObject news = second.parent.http->get(QStringLiteral("/me/notifications"))
                                 .json()
                                 .value(QStringLiteral("notifications"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(news.value(QStringLiteral("title")).toString(), QStringLiteral("Place obtenue"));
    QCOMPARE(news.value(QStringLiteral("kind")).toString(), QStringLiteral("reservation"));
    QCOMPARE(execOnServerDatabase(m_server, counter.arg(QStringLiteral("booked")), { BainsService, day }), 3);
    QCOMPARE(execOnServerDatabase(m_server, counter.arg(QStringLiteral("waiting")), { BainsService, day }), 1);
    // A waiting-list entry leaves the list: nothing to refund.
    const QString firstId = reservationOn(first, day).value(QStringLiteral("id")).toString();
    QCOMPARE(first.parent.http->send("DELETE", QStringLiteral("/me/reservations/") + firstId, {}).status, 204);
    QCOMPARE(balanceOf(*first.parent.http), 1000 - 3 * 280);
    QCOMPARE(execOnServerDatabase(m_server, counter.arg(QStringLiteral("waiting")), { BainsService, day }), 0);
}

QTEST_GUILESS_MAIN(TestServerReservations)
#include "tst_server_reservations.moc"
