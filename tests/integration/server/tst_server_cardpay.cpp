// Paying the exact amount by card, against the real server over TLS with the sandbox provider,
// on SQLite and PostgreSQL: an order (« Acheter ») and a booking held pending while their
// payment runs, confirmed exactly once however the notification, the browser's return and the
// status reads race; released with nothing charged and the days given back when the payment
// is refused, abandoned or expires; held days counting against capacity meanwhile; one
// Idempotency-Key, one order, one payment; a payment made while the server was down confirmed
// by the reconciliation at start; someone else's order 404.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include "wallet/CardPayment.h"

#include <QTest>

using namespace support;
using citoyens::server::CardPayment;

namespace {

// Thursday 30 April 2026, 9:30 in Paris (as tst_server_topups): the days of the week of 18 May
// can be booked at the ordinary price.
const QString Now = QStringLiteral("2026-04-30T09:30:00+02:00");
constexpr qint64 WeekCents = 3600; // Rosières, « semaine », bracket "inf 399"
constexpr qint64 MealCents = 280; // Allègre, repas-enfant, bracket "inf 399"
constexpr qint64 Lifetime = 20LL * 60 * 1000;

// Allègre's meals with one place a day and no waiting list.
const QString OnePlace = QStringLiteral(
    R"({"items":["repas-enfant","garderie-periscolaire"],"policy":{"book":{"kind":"weekday_before","weekday":4,)"
    R"("time":"09:00"},"cancel":{"kind":"days_before","days":1,"time":"12:00","workingDays":false},)"
    R"("capacity":1,"waitingList":0,"weekdays":[1,2,4,5],"schoolHolidays":"closed"}})");

QJsonObject weekOrder(const QString& requestId, const QString& payment = QStringLiteral("card"))
{
    return { { QStringLiteral("subscriptionId"), requestId },
             { QStringLiteral("lines"),
               QJsonArray { QJsonObject { { QStringLiteral("itemId"), QStringLiteral("semaine") },
                                          { QStringLiteral("quantity"), 1 } } } },
             { QStringLiteral("payment"), payment } };
}

QJsonObject byCard(QJsonObject body)
{
    body.insert(QStringLiteral("payment"), QStringLiteral("card"));
    return body;
}

QString orderStatus(TestHttp& http, const QString& id)
{
    return http.get(QStringLiteral("/me/orders/") + id).json().value(QStringLiteral("status")).toString();
}

// The places taken on `day` of Allègre's meals.
int placesTaken(const TestServer& server, const QString& day)
{
    return execOnServerDatabase(server,
                                QStringLiteral("SELECT booked FROM reservation_days WHERE service_id = ? AND "
                                               "item_id = 'repas-enfant' AND day = ?"),
                                { AllegreChildren, day });
}

QString firstOutcome(const TestReply& booking)
{
    return booking.json()
        .value(QStringLiteral("outcomes"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

class TestServerCardPay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void anOrderPaidByCardIsConfirmedOnceUnderRacingChannels();
    void aBookingHeldByCardTakesItsPlaceUntilPaid();
    void aRefusedAbandonedOrExpiredPaymentReleasesTheDays();
    void oneKeyIsOneOrderAndOnePayment();
    void pendingCardPaymentsAreCapped();
    void someoneElsesOrderIsNotFound();
    void aPaymentMadeWhileTheServerWasDownIsConfirmedAtStart();

private:
    // The sandbox never notifies: the tests send the notifications themselves.
    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--test-sandbox-silent"),
                            QStringLiteral("--now"), Now } };
    std::unique_ptr<Person> m_agent;
};

void TestServerCardPay::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    // After the start: the demo data's catalogue merge would put the policy back.
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("UPDATE services SET booking = ? WHERE id = ?"),
                                  { OnePlace, AllegreChildren }),
             1);
    m_agent = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("allegre")));
}

void TestServerCardPay::cleanupTestCase()
{
    m_server.stop();
}

void TestServerCardPay::anOrderPaidByCardIsConfirmedOnceUnderRacingChannels()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(!request.isEmpty());
    // An empty wallet: the card pays the exact amount.
    const TestReply created
        = citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(newKey()));
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json();
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(order.value(QStringLiteral("paidWith")).toString(), QStringLiteral("card"));
    QCOMPARE(order.value(QStringLiteral("totalCents")).toInteger(), WeekCents);
    QVERIFY(!order.value(QStringLiteral("expiresAt")).toString().isEmpty());
    const QString idOp = idOpOf(created);
    QVERIFY(!idOp.isEmpty());
    // Registered for the exact amount, under the order's number.
    const QString number = order.value(QStringLiteral("number")).toString();
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("SELECT amount_cents FROM sandbox_payments WHERE id_op = ? AND "
                                                 "refdet = ?"),
                                  { idOp, QString(number).remove(QLatin1Char('-')) }),
             int(WeekCents));
    const QString id = idOf(created);
    QCOMPARE(orderStatus(*citizen.http, id), QStringLiteral("pending"));

    // Paid on the provider's page; then the notification, the browser's return and the
    // owner's reads all at once.
    TestHttp browser(m_server);
    QCOMPARE(sandboxAction(browser, idOp, QStringLiteral("payer")).status, 200);
    ParallelRequests race(m_server, {});
    for (int i = 0; i < 6; ++i) {
        race.add({ "POST", QStringLiteral("/payments/payfip/notification"), "idop=" + idOp.toLatin1(), FormType, {} });
        race.add({ "GET", QStringLiteral("/payments/payfip/retour?idop=") + idOp, {}, {}, {} });
        race.add(
            { "GET", QStringLiteral("/me/orders/") + id, {}, {}, { { "Authorization", "Bearer " + citizen.token } } });
    }
    for (const TestReply& r : race.run())
        QVERIFY2(r.status == 204 || r.status == 200, qPrintable(QString::number(r.status) + r.networkError));
    const QJsonObject paid = citizen.http->get(QStringLiteral("/me/orders/") + id).json();
    QCOMPARE(paid.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(paid.value(QStringLiteral("paidWith")).toString(), QStringLiteral("card"));
    QVERIFY(!paid.contains(QStringLiteral("paymentUrl")));
    // Confirmed once: one transaction changed its status, whoever won the race.
    QTRY_COMPARE(m_server.serverLog().count(QStringLiteral("order %1 paid by card").arg(number)), 1);
    // Nothing taken from (or given to) the wallet.
    QCOMPARE(balanceOf(*citizen.http), 0);
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE account_id = ?"),
                                  { citizen.id }),
             0);
    const TestReply back = browser.get(QStringLiteral("/payments/payfip/retour?idop=") + idOp);
    QVERIFY(QString::fromUtf8(back.body).contains(QStringLiteral("la commande %1 est payée").arg(number)));
    // The wallet order of the house is unchanged.
    const TestReply wallet = citizen.http->post(QStringLiteral("/me/orders"),
                                                weekOrder(request, QStringLiteral("wallet")), idempotencyKey(newKey()));
    QCOMPARE(wallet.status, 409);
    QCOMPARE(wallet.code(), QStringLiteral("insufficient_funds"));
    const TestReply bad
        = citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request, QStringLiteral("chèque")));
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.body.contains("invalid_choice"));
}

void TestServerCardPay::aBookingHeldByCardTakesItsPlaceUntilPaid()
{
    const QString day = QStringLiteral("2026-05-18");
    Family first = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0, QStringLiteral("Léa"));
    Family second = approvedFamily(m_server, *m_agent->http, AllegreChildren, 1000, QStringLiteral("Tom"));
    QVERIFY(!first.childId.isEmpty() && !second.childId.isEmpty());

    const TestReply held = first.parent.http->post(QStringLiteral("/me/reservations"),
                                                   byCard(bookDates(first, { day })), idempotencyKey(newKey()));
    QCOMPARE(held.status, 201);
    QCOMPARE(firstOutcome(held), QStringLiteral("booked"));
    QCOMPARE(held.json().value(QStringLiteral("orderStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(held.json().value(QStringLiteral("paidWith")).toString(), QStringLiteral("card"));
    QCOMPARE(held.json().value(QStringLiteral("totalCents")).toInteger(), MealCents);
    QCOMPARE(held.json().value(QStringLiteral("balanceCents")).toInteger(), 0);
    const QString idOp = idOpOf(held);
    QVERIFY(!idOp.isEmpty());
    QCOMPARE(placesTaken(m_server, day), 1);

    // The last place is held: the second family cannot take it.
    const TestReply late = second.parent.http->post(QStringLiteral("/me/reservations"), bookDates(second, { day }),
                                                    idempotencyKey(newKey()));
    QCOMPARE(firstOutcome(late), QStringLiteral("skipped"));
    QCOMPARE(balanceOf(*second.parent.http), 1000);
    // A held day waits for its payment: nothing to cancel or refund yet.
    const TestReply cancel
        = first.parent.http->send("DELETE", QStringLiteral("/me/reservations/") + firstReservationId(held), {});
    QCOMPARE(cancel.status, 409);
    QCOMPARE(cancel.code(), QStringLiteral("payment_pending"));

    TestHttp browser(m_server);
    QCOMPARE(sandboxAction(browser, idOp, QStringLiteral("payer")).status, 200);
    QCOMPARE(notification(browser, idOp).status, 204);
    const QString orderId = held.json().value(QStringLiteral("orderId")).toString();
    QCOMPARE(orderStatus(*first.parent.http, orderId), QStringLiteral("paid"));
    QCOMPARE(placesTaken(m_server, day), 1);
    const QJsonArray mine = first.parent.http->get(QStringLiteral("/me/reservations?from=%1&to=%1").arg(day))
                                .json()
                                .value(QStringLiteral("reservations"))
                                .toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(balanceOf(*first.parent.http), 0);
}

void TestServerCardPay::aRefusedAbandonedOrExpiredPaymentReleasesTheDays()
{
    const QStringList days { QStringLiteral("2026-05-19"), QStringLiteral("2026-05-21"), QStringLiteral("2026-05-22") };
    const QStringList actions { QStringLiteral("refuser"), QStringLiteral("abandonner"), QString() };
    const QStringList ends { QStringLiteral("refused"), QStringLiteral("abandoned"), QStringLiteral("expired") };
    Family family = approvedFamily(m_server, *m_agent->http, AllegreChildren, 0, QStringLiteral("Jules"));
    Family other = approvedFamily(m_server, *m_agent->http, AllegreChildren, 1000, QStringLiteral("Inès"));
    QVERIFY(!family.childId.isEmpty() && !other.childId.isEmpty());
    TestHttp browser(m_server);
    for (int i = 0; i < days.size(); ++i) {
        const QString& day = days.at(i);
        const TestReply held = family.parent.http->post(QStringLiteral("/me/reservations"),
                                                        byCard(bookDates(family, { day })), idempotencyKey(newKey()));
        QCOMPARE(held.status, 201);
        QCOMPARE(placesTaken(m_server, day), 1);
        const QString idOp = idOpOf(held);
        const QString orderId = held.json().value(QStringLiteral("orderId")).toString();
        if (!actions.at(i).isEmpty()) {
            QCOMPARE(sandboxAction(browser, idOp, actions.at(i)).status, 200);
            QCOMPARE(notification(browser, idOp).status, 204);
        } else {
            // Left alone past the payment's life, as the clock would.
            QCOMPARE(execOnServerDatabase(m_server,
                                          QStringLiteral("UPDATE orders SET created_at = created_at - ? WHERE id = ?"),
                                          { Lifetime + 60'000, orderId }),
                     1);
        }
        QCOMPARE(orderStatus(*family.parent.http, orderId), ends.at(i));
        // Nothing charged, the day free again, the reservation gone.
        QCOMPARE(balanceOf(*family.parent.http), 0);
        QCOMPARE(placesTaken(m_server, day), 0);
        QVERIFY(family.parent.http->get(QStringLiteral("/me/reservations?from=%1&to=%1").arg(day))
                    .json()
                    .value(QStringLiteral("reservations"))
                    .toArray()
                    .isEmpty());
        const TestReply back = browser.get(QStringLiteral("/payments/payfip/retour?idop=") + idOp);
        QVERIFY(QString::fromUtf8(back.body).contains(QStringLiteral("rien n'a été débité")));
        // Another family takes the place.
        const TestReply taken = other.parent.http->post(QStringLiteral("/me/reservations"), bookDates(other, { day }),
                                                        idempotencyKey(newKey()));
        QCOMPARE(firstOutcome(taken), QStringLiteral("booked"));
    }
    QCOMPARE(balanceOf(*other.parent.http), 1000 - 3 * MealCents);
}

void TestServerCardPay::oneKeyIsOneOrderAndOnePayment()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(!request.isEmpty());
    const QString key = newKey();
    // The same request twice at once, then again: one order, one payment.
    ParallelRequests twins(m_server, citizen.token);
    for (int i = 0; i < 2; ++i)
        twins.add({ "POST",
                    QStringLiteral("/me/orders"),
                    QJsonDocument(weekOrder(request)).toJson(),
                    "application/json",
                    { { "Idempotency-Key", key.toLatin1() } } });
    for (const TestReply& r : twins.run())
        QVERIFY2(r.status == 201 || (r.status == 409 && r.code() == QLatin1String("in_progress")),
                 qPrintable(QString::number(r.status)));
    const TestReply replay = citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM orders WHERE account_id = ?"),
                                  { citizen.id }),
             1);
    const QString refdet = replay.json().value(QStringLiteral("number")).toString().remove(QLatin1Char('-'));
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM sandbox_payments WHERE refdet = ?"),
                                  { refdet }),
             1);
    QCOMPARE(idOpOf(replay).isEmpty(), false);
}

void TestServerCardPay::pendingCardPaymentsAreCapped()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(!request.isEmpty());
    for (int i = 0; i < CardPayment::MaxPendingCardOrders; ++i)
        QCOMPARE(citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(newKey())).status,
                 201);
    const QString key = newKey();
    const TestReply refused = citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(key));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.code(), QStringLiteral("too_many_pending_payments"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= Lifetime / 1000);
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM orders WHERE account_id = ?"),
                                  { citizen.id }),
             CardPayment::MaxPendingCardOrders);
}

void TestServerCardPay::someoneElsesOrderIsNotFound()
{
    Person owner = newCitizen(m_server);
    const QString request = approvedRequest(m_server, owner);
    const TestReply created
        = owner.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(newKey()));
    QCOMPARE(created.status, 201);
    Person stranger = newCitizen(m_server);
    QCOMPARE(stranger.http->get(QStringLiteral("/me/orders/") + idOf(created)).status, 404);
    TestHttp anyone(m_server);
    QCOMPARE(notification(anyone, QStringLiteral("nosuchoperation")).status, 404);
}

void TestServerCardPay::aPaymentMadeWhileTheServerWasDownIsConfirmedAtStart()
{
    // A server of its own: the pass at start walks every pending order of its database.
    TestServer server { { QStringLiteral("--demo-data"), QStringLiteral("--test-sandbox-silent") } };
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Person citizen = newCitizen(server);
    const QString request = approvedRequest(server, citizen);
    const TestReply created
        = citizen.http->post(QStringLiteral("/me/orders"), weekOrder(request), idempotencyKey(newKey()));
    QCOMPARE(created.status, 201);
    // Paid on the provider's page; the notification never comes (the server goes down).
    TestHttp browser(server);
    QCOMPARE(sandboxAction(browser, idOpOf(created), QStringLiteral("payer")).status, 200);
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.serverLog().contains(QStringLiteral("settled 1 pending card orders")), 60'000);
    QCOMPARE(execOnServerDatabase(server,
                                  QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = ? AND status = 'paid'"),
                                  { idOf(created) }),
             1);
    server.stop();
}

QTEST_GUILESS_MAIN(TestServerCardPay)
#include "tst_server_cardpay.moc"
