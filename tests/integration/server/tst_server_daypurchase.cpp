// One child's day is paid once, whatever the route, against the real server
// over TLS with its clock set, on SQLite and PostgreSQL. What a service books by the day (its
// `booking.items`: Rosières' « Journée à l'accueil de loisirs ») is paid only by booking that
// child's day (POST /me/reservations); « Acheter » (POST /me/orders) refuses it, 422 naming the
// line's item in French, and its offers name it apart. A day paid by booking, then tried again
// by dates, by a weekly pattern, by a replayed key, by two bookings at once, by the agent in an
// assisted session and by an order with or without the child, is debited once; the child's
// brother can still book that day.

#include "ReservationTestSupport.h"

#include <QTest>

using namespace support;

namespace {

// Thursday 30 April 2026: the accueil de loisirs books its Wednesdays two weeks ahead.
const QString Now = QStringLiteral("2026-04-30T09:30:00+02:00");
const QString Wednesday = QStringLiteral("2026-05-20");
const QString NextWednesday = QStringLiteral("2026-05-27");
constexpr qint64 DayCents = 800; // bracket "inf 399"
constexpr qint64 RegistrationCents = 1500;
constexpr qint64 Funds = 5000;

QJsonObject line(const QString& itemId, int quantity)
{
    return { { QStringLiteral("itemId"), itemId }, { QStringLiteral("quantity"), quantity } };
}

QJsonObject orderBody(const Family& f, const QJsonArray& lines, const QString& beneficiaryId)
{
    QJsonObject o { { QStringLiteral("subscriptionId"), f.requestId }, { QStringLiteral("lines"), lines } };
    if (!beneficiaryId.isEmpty())
        o.insert(QStringLiteral("beneficiaryId"), beneficiaryId);
    return o;
}

// The state of `date` in the child's month, as the calendar shows it.
QString stateOf(const Family& f, const QString& date)
{
    return byDate(daysOf(f, date, date).json().value(QStringLiteral("days")).toArray())
        .value(date)
        .value(QStringLiteral("state"))
        .toString();
}

// The outcome of a booking answer's only day: "booked", or "skipped:<reason>".
QString outcomeOf(const TestReply& r)
{
    const QJsonArray outcomes = r.json().value(QStringLiteral("outcomes")).toArray();
    if (outcomes.size() != 1)
        return QStringLiteral("%1 outcomes (HTTP %2)").arg(outcomes.size()).arg(r.status);
    const QJsonObject o = outcomes.first().toObject();
    const QString status = o.value(QStringLiteral("status")).toString();
    return status == QLatin1String("skipped") ? status + QLatin1Char(':') + o.value(QStringLiteral("reason")).toString()
                                              : status;
}

int countOf(const TestServer& server, const QString& sql, const QVariantList& values)
{
    return execOnServerDatabase(server, sql, values);
}

} // namespace

class TestServerDayPurchase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void offersNameTheDaysApart();
    void anOrderOfADayIsRefusedNamingItsField();
    void aBookedDayIsPaidOnceWhateverTheRoute();
    void twoBookingsOfOneDayAtOnceDebitOnce();

private:
    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--now"), Now } };
    std::unique_ptr<Person> m_agent;
};

void TestServerDayPurchase::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_agent = std::make_unique<Person>(
        signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026")));
    QVERIFY(!m_agent->token.isEmpty());
}

void TestServerDayPurchase::cleanupTestCase()
{
    m_server.stop();
}

void TestServerDayPurchase::offersNameTheDaysApart()
{
    Family f = approvedFamily(m_server, *m_agent->http, RosieresService, 0);
    QVERIFY(!f.requestId.isEmpty());
    const TestReply offers = f.parent.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(f.requestId));
    QCOMPARE(offers.status, 200);
    QStringList sold;
    for (const QJsonValue& v : offers.json().value(QStringLiteral("items")).toArray())
        sold.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(sold, (QStringList { QStringLiteral("semaine"), QStringLiteral("inscription") }));
    const QJsonArray byDay = offers.json().value(QStringLiteral("bookedByDay")).toArray();
    QCOMPARE(byDay.size(), 1);
    QCOMPARE(byDay.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("journee"));
    QCOMPARE(byDay.first().toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Journée à l'accueil de loisirs"));

    // A canteen sells nothing but its booked meals: nothing to order, the meal named apart.
    Family canteen
        = approvedFamily(m_server, *m_agent->http, QStringLiteral("rosieres-reservation-cantine-pour-enfants"), 0);
    QVERIFY(!canteen.requestId.isEmpty());
    const QJsonObject meals
        = canteen.parent.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(canteen.requestId)).json();
    QVERIFY(meals.value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(meals.value(QStringLiteral("bookedByDay")).toArray().first().toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("repas-enfant")));
}

void TestServerDayPurchase::anOrderOfADayIsRefusedNamingItsField()
{
    Family f = approvedFamily(m_server, *m_agent->http, RosieresService, Funds);
    QVERIFY(!f.childId.isEmpty());
    // Without a child, with one, beside an item that is sold: refused whole, the line named.
    for (const QString& child : { QString(), f.childId }) {
        const TestReply refused = f.parent.http->post(
            QStringLiteral("/me/orders"),
            orderBody(f, { line(QStringLiteral("inscription"), 1), line(QStringLiteral("journee"), 3) }, child),
            idempotencyKey(newKey()) + TestHttp::Headers { { "Accept-Language", "fr" } });
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
        QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("lines[1].itemId:booked_by_day") });
        QCOMPARE(refused.json().value(QStringLiteral("title")).toString(), QStringLiteral("Données invalides"));
        const QJsonObject error = refused.json().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(
            error.value(QStringLiteral("message")).toString(),
            QStringLiteral("Cette prestation se réserve jour par jour, pour un enfant, dans « Mes réservations »."));
    }
    // In English too.
    const TestReply english
        = f.parent.http->post(QStringLiteral("/me/orders"), orderBody(f, { line(QStringLiteral("journee"), 1) }, {}),
                              TestHttp::Headers { { "Accept-Language", "en" } });
    QCOMPARE(english.status, 422);
    QVERIFY(english.json()
                .value(QStringLiteral("errors"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("This item is booked day by day")));
    // Nothing paid, no order written; what is not booked by the day is still sold.
    QCOMPARE(balanceOf(*f.parent.http), Funds);
    QVERIFY(idsIn(f.parent.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).isEmpty());
    QCOMPARE(
        f.parent.http
            ->post(QStringLiteral("/me/orders"), orderBody(f, { line(QStringLiteral("inscription"), 1) }, f.childId))
            .status,
        201);
    QCOMPARE(balanceOf(*f.parent.http), Funds - RegistrationCents);
}

void TestServerDayPurchase::aBookedDayIsPaidOnceWhateverTheRoute()
{
    Family f = approvedFamily(m_server, *m_agent->http, RosieresService, Funds);
    QVERIFY(!f.childId.isEmpty());
    QCOMPARE(stateOf(f, Wednesday), QStringLiteral("bookable"));

    // Paid by booking: one order, one debit of the day's price.
    const QString key = newKey();
    const TestReply booked
        = f.parent.http->post(QStringLiteral("/me/reservations"), bookDates(f, { Wednesday }), idempotencyKey(key));
    QCOMPARE(booked.status, 201);
    QCOMPARE(outcomeOf(booked), QStringLiteral("booked"));
    QCOMPARE(centsOf(booked.json(), QStringLiteral("totalCents")), DayCents);
    QCOMPARE(balanceOf(*f.parent.http), Funds - DayCents);
    QCOMPARE(stateOf(f, Wednesday), QStringLiteral("booked"));

    // The same key again: the first answer replayed, nothing debited.
    const TestReply replay
        = f.parent.http->post(QStringLiteral("/me/reservations"), bookDates(f, { Wednesday }), idempotencyKey(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.json(), booked.json());
    // A new booking of the day, by its date, then by a weekly pattern over it.
    const TestReply again = f.parent.http->post(QStringLiteral("/me/reservations"), bookDates(f, { Wednesday }),
                                                idempotencyKey(newKey()));
    QCOMPARE(again.status, 200);
    QCOMPARE(outcomeOf(again), QStringLiteral("skipped:already_booked"));
    QCOMPARE(centsOf(again.json(), QStringLiteral("totalCents")), 0);
    const TestReply pattern = f.parent.http->post(QStringLiteral("/me/reservations"),
                                                  bookPattern(f,
                                                              { { QStringLiteral("weekdays"), QJsonArray { 3 } },
                                                                { QStringLiteral("every"), 1 },
                                                                { QStringLiteral("from"), Wednesday },
                                                                { QStringLiteral("to"), Wednesday } }),
                                                  idempotencyKey(newKey()));
    QCOMPARE(pattern.status, 200);
    QCOMPARE(outcomeOf(pattern), QStringLiteral("skipped:already_booked"));
    // The agent, in an assisted session for the parent.
    TestHttp assisted(m_server);
    openAssisted(m_server, *m_agent, f.parent, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const TestReply byAgent
        = assisted.post(QStringLiteral("/me/reservations"), bookDates(f, { Wednesday }), idempotencyKey(newKey()));
    QCOMPARE(byAgent.status, 200);
    QCOMPARE(outcomeOf(byAgent), QStringLiteral("skipped:already_booked"));
    // « Acheter »: the day as a quantity, for the child, for no child, by the agent.
    for (const QString& child : { f.childId, QString() }) {
        const TestReply order = f.parent.http->post(QStringLiteral("/me/orders"),
                                                    orderBody(f, { line(QStringLiteral("journee"), 1) }, child),
                                                    idempotencyKey(newKey()));
        QCOMPARE(order.status, 422);
        QCOMPARE(fieldErrors(order), QStringList { QStringLiteral("lines[0].itemId:booked_by_day") });
    }
    QCOMPARE(assisted
                 .post(QStringLiteral("/me/orders"), orderBody(f, { line(QStringLiteral("journee"), 1) }, f.childId),
                       idempotencyKey(newKey()))
                 .status,
             422);

    // One debit, one order, one live reservation of the day: paid once.
    QCOMPARE(balanceOf(*f.parent.http), Funds - DayCents);
    QCOMPARE(idsIn(f.parent.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).size(), 1);
    QCOMPARE(countOf(m_server,
                     QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE account_id = ? AND kind = 'order'"),
                     { f.parent.id }),
             1);
    QCOMPARE(countOf(m_server,
                     QStringLiteral("SELECT COUNT(*) FROM reservations WHERE beneficiary_id = ? AND day = ? AND status "
                                    "<> 'cancelled'"),
                     { f.childId, Wednesday }),
             1);

    // The day is one child's: her brother is booked and pays for it.
    const TestReply brother
        = f.parent.http->post(QStringLiteral("/me/beneficiaries"),
                              QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                            { QStringLiteral("firstName"), QStringLiteral("Hugo") },
                                            { QStringLiteral("birthDate"), QStringLiteral("2018-02-03") } });
    QCOMPARE(brother.status, 201);
    QCOMPARE(
        m_agent->http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(idOf(brother)), decision("approve"))
            .status,
        200);
    QJsonObject hisDay = bookDates(f, { Wednesday });
    hisDay.insert(QStringLiteral("beneficiaryId"), idOf(brother));
    const TestReply his = f.parent.http->post(QStringLiteral("/me/reservations"), hisDay, idempotencyKey(newKey()));
    QCOMPARE(outcomeOf(his), QStringLiteral("booked"));
    QCOMPARE(balanceOf(*f.parent.http), Funds - 2 * DayCents);
}

void TestServerDayPurchase::twoBookingsOfOneDayAtOnceDebitOnce()
{
    Family f = approvedFamily(m_server, *m_agent->http, RosieresService, Funds);
    QVERIFY(!f.childId.isEmpty());
    QCOMPARE(stateOf(f, NextWednesday), QStringLiteral("bookable"));
    const QJsonObject body = bookDates(f, { NextWednesday });
    const QList<TestReply> answers = bookAtOnce(m_server, { { &f, body }, { &f, body }, { &f, body } });
    QStringList outcomes;
    for (const TestReply& r : answers)
        outcomes.append(outcomeOf(r));
    outcomes.sort();
    QCOMPARE(outcomes,
             (QStringList { QStringLiteral("booked"), QStringLiteral("skipped:already_booked"),
                            QStringLiteral("skipped:already_booked") }));
    QCOMPARE(balanceOf(*f.parent.http), Funds - DayCents);
    QCOMPARE(countOf(m_server,
                     QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE account_id = ? AND kind = 'order'"),
                     { f.parent.id }),
             1);
}

QTEST_GUILESS_MAIN(TestServerDayPurchase)
#include "tst_server_daypurchase.moc"
