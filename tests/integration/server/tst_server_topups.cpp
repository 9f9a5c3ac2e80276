// Bounded work around top-ups, against the real server over TLS, on SQLite and PostgreSQL: a
// few pending top-ups per account (the rest 429 with Retry-After, nothing registered with the
// provider), a settled, abandoned or expired one freeing its place; the provider asked at a
// bounded rate however many notifications, returns and status reads arrive, counted in the
// sandbox provider's own book (sandbox_payments.lookups); a reconciliation pass bounded per
// run. And a waiting-list promotion in the late window, charged the price of when the family
// queued.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include "payments/TopUpSettlement.h"
#include "wallet/WalletRoutes.h"

#include <QElapsedTimer>
#include <QTest>

using namespace support;
using citoyens::server::TopUpSettlement;
using citoyens::server::WalletRoutes;

namespace {

// Thursday 30 April 2026, 9:30 in Paris (as tst_server_reservations): Monday 18 May can still
// be booked at the ordinary price.
const QString Now = QStringLiteral("2026-04-30T09:30:00+02:00");
constexpr qint64 MealCents = 280; // repas-enfant, bracket "inf 399"
constexpr qint64 LateCents = 150;
constexpr qint64 Lifetime = 20LL * 60 * 1000;

// How often the sandbox provider was asked about the payment `idOp`.
int lookups(const TestServer& server, const QString& idOp)
{
    return execOnServerDatabase(server, QStringLiteral("SELECT lookups FROM sandbox_payments WHERE id_op = ?"),
                                { idOp });
}

// The most provider questions one channel may ask in `elapsedMs` (one per window, the first
// at once): whatever the machine's speed, the bound holds.
int bound(qint64 elapsedMs)
{
    return 1 + int(elapsedMs / TopUpSettlement::QueryWindowMs);
}

} // namespace

class TestServerTopUps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pendingTopUpsAreCapped();
    void aSettledAbandonedOrExpiredTopUpFreesItsPlace();
    void notificationsAskTheProviderAtABoundedRate();
    void statusReadsAskTheProviderAtABoundedRate();
    void aReadDoesNotHoldBackTheNotification();
    void aReconciliationPassIsBounded();
    void aPromotionInTheLateWindowPaysTheQueuedPrice();

private:
    // The sandbox never notifies: the tests send the notifications themselves.
    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--test-sandbox-silent"),
                            QStringLiteral("--now"), Now } };
};

void TestServerTopUps::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerTopUps::cleanupTestCase()
{
    m_server.stop();
}

void TestServerTopUps::pendingTopUpsAreCapped()
{
    Person citizen = newCitizen(m_server);
    const int registered = execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM sandbox_payments"));
    // Eight at once, each with its own key, as a script would.
    ParallelRequests burst(m_server, citizen.token);
    QStringList keys;
    for (int i = 0; i < 8; ++i) {
        keys.append(newKey());
        burst.add({ "POST",
                    QStringLiteral("/me/wallet/top-ups"),
                    R"({"amountCents":500})",
                    "application/json",
                    { { "Idempotency-Key", keys.last().toLatin1() }, { "Accept-Language", "fr" } } });
    }
    const QList<TestReply> replies = burst.run();
    int created = 0;
    QString acceptedKey;
    QString refusedKey;
    for (int i = 0; i < replies.size(); ++i) {
        const TestReply& r = replies.at(i);
        if (r.status == 201) {
            ++created;
            acceptedKey = keys.at(i);
            continue;
        }
        QCOMPARE(r.status, 429);
        refusedKey = keys.at(i);
        QCOMPARE(r.code(), QStringLiteral("too_many_pending_top_ups"));
        QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("Rechargements en attente"));
        QVERIFY(r.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("3 rechargements")));
        QCOMPARE(r.json().value(QStringLiteral("maxPendingTopUps")).toInt(), WalletRoutes::MaxPendingTopUps);
        // Until the oldest pending one expires, at the latest.
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= Lifetime / 1000, r.header("Retry-After").constData());
    }
    QCOMPARE(created, WalletRoutes::MaxPendingTopUps);
    // Only those were registered with the provider.
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE account_id = ?"),
                                  { citizen.id }),
             WalletRoutes::MaxPendingTopUps);
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM sandbox_payments")),
             registered + WalletRoutes::MaxPendingTopUps);

    // One more, one at a time: refused the same way.
    const TestReply again = startTopUp(*citizen.http, 1000);
    QCOMPARE(again.status, 429);
    QVERIFY(!again.header("Retry-After").isEmpty());
    // A replay of an accepted request still answers its first answer; a refused key was not
    // spent.
    const TestReply replay = startTopUp(*citizen.http, 500, acceptedKey);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(startTopUp(*citizen.http, 500, refusedKey).status, 429);
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM sandbox_payments")),
             registered + WalletRoutes::MaxPendingTopUps);
}

void TestServerTopUps::aSettledAbandonedOrExpiredTopUpFreesItsPlace()
{
    Person citizen = newCitizen(m_server);
    QList<TestReply> pending;
    for (int i = 0; i < WalletRoutes::MaxPendingTopUps; ++i) {
        pending.append(startTopUp(*citizen.http, 1000));
        QCOMPARE(pending.last().status, 201);
    }
    QCOMPARE(startTopUp(*citizen.http, 1000).status, 429);

    // Paid on the provider's page, and notified: the place is free (and the wallet credited).
    TestHttp browser(m_server);
    QCOMPARE(sandboxAction(browser, idOpOf(pending.at(0)), QStringLiteral("payer")).status, 200);
    QCOMPARE(notification(browser, idOpOf(pending.at(0))).status, 204);
    const TestReply afterPaid = startTopUp(*citizen.http, 500);
    QCOMPARE(afterPaid.status, 201);
    QCOMPARE(balanceOf(*citizen.http), 1000);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 429);

    // Abandoned: the same.
    QCOMPARE(sandboxAction(browser, idOpOf(pending.at(1)), QStringLiteral("abandonner")).status, 200);
    QCOMPARE(notification(browser, idOpOf(pending.at(1))).status, 204);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 201);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 429);

    // Left alone past its lifetime: no longer payable, it no longer counts, even before any
    // pass has marked it expired.
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("UPDATE top_ups SET created_at = created_at - ? WHERE id = ?"),
                                  { Lifetime + 60'000, idOf(pending.at(2)) }),
             1);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 201);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 429);
    QCOMPARE(balanceOf(*citizen.http), 1000);
}

void TestServerTopUps::notificationsAskTheProviderAtABoundedRate()
{
    Person citizen = newCitizen(m_server);
    const TestReply topUp = startTopUp(*citizen.http, 2500);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    QCOMPARE(lookups(m_server, idOp), 0);

    // Anyone at all, over and over: notifications and browser returns, at once and one by one.
    QElapsedTimer clock;
    clock.start();
    ParallelRequests flood(m_server, {});
    // (12 + 12 connections: under the server's cap of connections per client address.)
    for (int i = 0; i < 12; ++i) {
        flood.add({ "POST", QStringLiteral("/payments/payfip/notification"), "idop=" + idOp.toLatin1(), FormType, {} });
        flood.add({ "GET", QStringLiteral("/payments/payfip/retour?idop=") + idOp, {}, {}, {} });
    }
    for (const TestReply& r : flood.run())
        QVERIFY2(r.status == 204 || r.status == 200, qPrintable(QString::number(r.status) + r.networkError));
    TestHttp anyone(m_server);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(notification(anyone, idOp).status, 204);
    const qint64 elapsed = clock.elapsed();
    // Each of the two channels asked once per window at most; 44 questions came.
    const int asked = lookups(m_server, idOp);
    QVERIFY2(asked >= 1 && asked <= 2 * bound(elapsed), qPrintable(QString::number(asked)));
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));

    // Past the window, the next notification asks again, once.
    const int before = lookups(m_server, idOp);
    QVERIFY(execOnServerDatabase(m_server,
                                 QStringLiteral("UPDATE top_up_checks SET checked_at = checked_at - ? "
                                                "WHERE top_up_id = ?"),
                                 { TopUpSettlement::QueryWindowMs, idOf(topUp) })
            >= 1);
    QCOMPARE(notification(anyone, idOp).status, 204);
    QCOMPARE(lookups(m_server, idOp), before + 1);
}

void TestServerTopUps::statusReadsAskTheProviderAtABoundedRate()
{
    Person citizen = newCitizen(m_server);
    const TestReply topUp = startTopUp(*citizen.http, 500);
    QCOMPARE(topUp.status, 201);
    const QString path = QStringLiteral("/me/wallet/top-ups/") + idOf(topUp);
    QElapsedTimer clock;
    clock.start();
    ParallelRequests reads(m_server, citizen.token);
    for (int i = 0; i < 20; ++i)
        reads.add({ "GET", path, {}, {}, {} });
    for (const TestReply& r : reads.run()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    }
    for (int i = 0; i < 20; ++i)
        QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));
    const int asked = lookups(m_server, idOpOf(topUp));
    QVERIFY2(asked >= 1 && asked <= bound(clock.elapsed()), qPrintable(QString::number(asked)));
}

void TestServerTopUps::aReadDoesNotHoldBackTheNotification()
{
    // The client reads the status every few seconds while the person pays: the provider's
    // notification that follows is still asked about at once, and credits at once.
    Person citizen = newCitizen(m_server);
    const TestReply topUp = startTopUp(*citizen.http, 1000);
    const QString idOp = idOpOf(topUp);
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));
    QCOMPARE(lookups(m_server, idOp), 1);
    TestHttp provider(m_server);
    QCOMPARE(sandboxAction(provider, idOp, QStringLiteral("payer")).status, 200);
    QCOMPARE(notification(provider, idOp).status, 204);
    QCOMPARE(lookups(m_server, idOp), 2);
    QCOMPARE(balanceOf(*citizen.http), 1000);
    // Settled: the browser's return and further reads ask nothing.
    const TestReply back = provider.get(QStringLiteral("/payments/payfip/retour?idop=") + idOp);
    QVERIFY(QString::fromUtf8(back.body).contains(QStringLiteral("Paiement accepté")));
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("paid"));
    QCOMPARE(lookups(m_server, idOp), 2);
}

void TestServerTopUps::aReconciliationPassIsBounded()
{
    // A server of its own: the pass walks every pending top-up of its database.
    TestServer server { { QStringLiteral("--demo-data"), QStringLiteral("--test-sandbox-silent") } };
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Person citizen = newCitizen(server);
    // More pending top-ups than one pass asks about, all past their lifetime (as after a long
    // stop), in one statement.
    const int total = TopUpSettlement::MaxQueriesPerPass + 10;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - Lifetime - 3'600'000;
    QCOMPARE(execOnServerDatabase(
                 server,
                 QStringLiteral("INSERT INTO top_ups (id, account_id, amount_cents, status, provider, id_op, "
                                "payment_url, created_at, settled_at) "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "SELECT 'backlog' || (100000 + i), ?, 500, 'pending', 'sandbox', "
                                "'backlogop' || (100000 + i), NULL, CAST(? AS BIGINT) + i, NULL FROM n"),
                 { total, citizen.id, start }),
             total);
    // The pass at start after a restart asks about the oldest MaxQueriesPerPass, no more.
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.serverLog().contains(
                                 QStringLiteral("settled %1 pending top-ups").arg(TopUpSettlement::MaxQueriesPerPass)),
                             60'000);
    const QString count = QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE account_id = ? AND status = ?");
    QCOMPARE(execOnServerDatabase(server, count, { citizen.id, QStringLiteral("expired") }),
             TopUpSettlement::MaxQueriesPerPass);
    QCOMPARE(execOnServerDatabase(server, count, { citizen.id, QStringLiteral("pending") }), 10);
    QCOMPARE(execOnServerDatabase(server,
                                  QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE account_id = ? AND "
                                                 "status = 'pending' AND created_at > ?"),
                                  { citizen.id, start + TopUpSettlement::MaxQueriesPerPass }),
             10);
    server.stop();
}

void TestServerTopUps::aPromotionInTheLateWindowPaysTheQueuedPrice()
{
    // Thursday 14 May 2026 at noon: Monday 18 May's ordinary cut-off (Thursday 9:00) has passed,
    // its late one (Friday 15 May, 10:00) has not. Started first: a server with --demo-data
    // merges the catalogue, which would put back the policy changed below.
    std::unique_ptr<TestServer> late = serverAt(m_server, QStringLiteral("2026-05-14T12:00:00+02:00"));
    QVERIFY(late);
    // Allègre's meals with one place and one waiting-list place, cancellable until the day
    // before at noon.
    const QString policy = QStringLiteral(
        R"({"items":["repas-enfant","garderie-periscolaire"],"policy":{"book":{"kind":"weekday_before","weekday":4,)"
        R"("time":"09:00"},"cancel":{"kind":"days_before","days":1,"time":"12:00","workingDays":false},)"
        R"("lateBook":{"rule":{"kind":"days_before","days":1,"time":"10:00","workingDays":true},"surchargeCents":150},)"
        R"("capacity":1,"waitingList":1,"weekdays":[1,2,4,5],"schoolHolidays":"closed"}})");
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("UPDATE services SET booking = ? WHERE id = ?"),
                                  { policy, AllegreChildren }),
             1);
    Person agent = demoAgent(m_server, QStringLiteral("allegre"));
    Family booked = approvedFamily(m_server, *agent.http, AllegreChildren, 1000, QStringLiteral("Léa"));
    Family queued = approvedFamily(m_server, *agent.http, AllegreChildren, 1000, QStringLiteral("Tom"));
    Family other = approvedFamily(m_server, *agent.http, AllegreChildren, 0, QStringLiteral("Zoé"));
    QVERIFY(!booked.childId.isEmpty() && !queued.childId.isEmpty() && !other.childId.isEmpty());
    const QString day = QStringLiteral("2026-05-18");

    // On 30 April, before the ordinary cut-off: one booked, one on the waiting list.
    const TestReply first = booked.parent.http->post(QStringLiteral("/me/reservations"), bookDates(booked, { day }),
                                                     idempotencyKey(newKey()));
    QCOMPARE(first.status, 201);
    const TestReply second = queued.parent.http->post(QStringLiteral("/me/reservations"), bookDates(queued, { day }),
                                                      idempotencyKey(newKey()));
    const QJsonObject waiting = second.json().value(QStringLiteral("outcomes")).toArray().first().toObject();
    QCOMPARE(waiting.value(QStringLiteral("status")).toString(), QStringLiteral("waiting_list"));
    QCOMPARE(centsOf(waiting, QStringLiteral("priceCents")), MealCents);
    QCOMPARE(centsOf(waiting, QStringLiteral("surchargeCents")), 0);
    QCOMPARE(balanceOf(*queued.parent.http), 1000);

    // On 14 May the same day would cost the surcharge to anyone asking now.
    std::unique_ptr<TestHttp> otherLate = clientOf(*late, other.parent);
    const QJsonObject now = byDate(otherLate
                                       ->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=%3&to=%3")
                                                 .arg(other.requestId, other.childId, day))
                                       .json()
                                       .value(QStringLiteral("days"))
                                       .toArray())
                                .value(day);
    QCOMPARE(now.value(QStringLiteral("state")).toString(), QStringLiteral("full"));
    QCOMPARE(centsOf(now, QStringLiteral("surchargeCents")), LateCents);

    // The booked family cancels inside the late window: the place goes to the waiting list, at
    // the price of when the family queued, without the surcharge.
    std::unique_ptr<TestHttp> bookedLate = clientOf(*late, booked.parent);
    const QString bookedId = firstReservationId(first);
    QCOMPARE(bookedLate->send("DELETE", QStringLiteral("/me/reservations/") + bookedId, {}).status, 204);
    std::unique_ptr<TestHttp> queuedLate = clientOf(*late, queued.parent);
    const QJsonObject promoted = queuedLate->get(QStringLiteral("/me/reservations?from=%1&to=%1").arg(day))
                                     .json()
                                     .value(QStringLiteral("reservations"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(promoted.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(centsOf(promoted, QStringLiteral("priceCents")), MealCents);
    QCOMPARE(centsOf(promoted, QStringLiteral("surchargeCents")), 0);
    QCOMPARE(balanceOf(*queuedLate), 1000 - MealCents);
    const QJsonArray movements
        = queuedLate->get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray();
    QCOMPARE(centsOf(movements.first().toObject(), QStringLiteral("amountCents")), -MealCents);
    const QJsonObject order
        = queuedLate->get(QStringLiteral("/me/orders/") + promoted.value(QStringLiteral("orderId")).toString()).json();
    QCOMPARE(centsOf(order, QStringLiteral("totalCents")), MealCents);
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(QStringLiteral("itemId")).toString(), QStringLiteral("repas-enfant"));
    late->stop();
}

QTEST_GUILESS_MAIN(TestServerTopUps)
#include "tst_server_topups.moc"
