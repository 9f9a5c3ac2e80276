// Orders paid from the wallet against the real server over TLS, on SQLite and PostgreSQL:
// offers priced for the request's bracket (the items booked by the day named apart, never sold
// here: tst_server_daypurchase), an order and its receipt, a short balance, bad
// lines, eight orders at once on a balance that covers three, replays and a running twin,
// other people's orders, and the yearly childcare statement.

#include "WalletTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace support;

namespace {

// Rosières, accueil de loisirs résident commune, bracket "inf 399".
constexpr int WeekCents = 3600;
constexpr int RegistrationCents = 1500;

QJsonObject line(const QString& itemId, const QJsonValue& quantity)
{
    return { { QStringLiteral("itemId"), itemId }, { QStringLiteral("quantity"), quantity } };
}

QJsonObject orderBody(const QString& subscriptionId, const QJsonArray& lines, const QString& beneficiaryId = {})
{
    QJsonObject o { { QStringLiteral("subscriptionId"), subscriptionId }, { QStringLiteral("lines"), lines } };
    if (!beneficiaryId.isEmpty())
        o.insert(QStringLiteral("beneficiaryId"), beneficiaryId);
    return o;
}

QString newChild(TestHttp& http, const QString& firstName, const QDate& birthDate)
{
    return idOf(http.post(QStringLiteral("/me/beneficiaries"),
                          { { QStringLiteral("firstName"), firstName },
                            { QStringLiteral("lastName"), QStringLiteral("Testeuse") },
                            { QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate) },
                            { QStringLiteral("relation"), QStringLiteral("Enfant") } }));
}

// The child `id` approved by Rosières' agent (an order names only a child the selling commune
// approved): `id`, or empty when the agent could not.
QString approvedByRosieres(const TestServer& server, const QString& id)
{
    Person agent
        = signIn(server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    return agent.http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(id), decision("approve")).status
            == 200
        ? id
        : QString();
}

int thisYear()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().year();
}

} // namespace

class TestServerOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void offersAreForApprovedRequestsOnly();
    void orderPaidFromTheWallet();
    void shortBalanceIsRefusedWithTheAmountMissing();
    void badLinesNameTheirField();
    void concurrentOrdersNeverOverdraw();
    void replaysAndInProgress();
    void anotherCitizensOrdersAre404();
    void childcareStatement();
    void assistedTopUpAndOrderAreAudited();

private:
    QTemporaryDir m_holdDir;
    TestServer m_server { { QStringLiteral("--demo-data") } };
};

void TestServerOrders::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY(m_holdDir.isValid());
    QVERIFY2(m_server.start({ QStringLiteral("--test-hold-dir"), m_holdDir.path() }),
             qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerOrders::cleanupTestCase()
{
    m_server.stop();
}

void TestServerOrders::offersAreForApprovedRequestsOnly()
{
    Person citizen = newCitizen(m_server);
    const TestReply pending = subscribe(*citizen.http, RosieresService);
    QCOMPARE(pending.status, 201);
    const TestReply notYet = citizen.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(idOf(pending)));
    QCOMPARE(notYet.status, 409);
    QCOMPARE(notYet.code(), QStringLiteral("not_approved"));
    QVERIFY(!notYet.json().value(QStringLiteral("title")).toString().isEmpty());

    const QString approved = approvedRequest(m_server, citizen);
    QVERIFY(!approved.isEmpty());
    const TestReply offers = citizen.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(approved));
    QCOMPARE(offers.status, 200);
    QStringList seen;
    for (const QJsonValue& v : offers.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        seen.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("unit")).toString())
                .arg(o.value(QStringLiteral("unitPriceCents")).toInt())
                .arg(o.value(QStringLiteral("childcare")).toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    }
    QCOMPARE(seen,
             (QStringList { QStringLiteral("semaine semaine %1 true").arg(WeekCents),
                            QStringLiteral("inscription inscription %1 true").arg(RegistrationCents) }));
    // The day is booked in the calendar, not sold here: named apart.
    QCOMPARE(
        offers.json().value(QStringLiteral("bookedByDay")).toArray(),
        (QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("journee") },
                                    { QStringLiteral("label"), QStringLiteral("Journée à l'accueil de loisirs") } } }));
    // A higher quotient, a dearer bracket ("sup 999": 76 € a week).
    Person richer = newCitizen(m_server);
    const TestReply rich = subscribe(*richer.http, RosieresService, 60000, 4);
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    QCOMPARE(agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(rich)), decision("approve"))
                 .status,
             200);
    const QJsonArray richItems = richer.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(idOf(rich)))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
    QCOMPARE(richItems.first().toObject().value(QStringLiteral("unitPriceCents")).toInt(), 7600);
    // The catalogue tells the prices of every bracket.
    const QJsonObject catalogue = TestHttp(m_server).get(QStringLiteral("/communes")).json();
    QVERIFY(QJsonDocument(catalogue).toJson(QJsonDocument::Compact).contains("\"pricesCents\":[800,1100,1400,1700]"));
}

void TestServerOrders::orderPaidFromTheWallet()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 5000));
    QVERIFY(fund(*citizen.http, 500));
    const QString child
        = approvedByRosieres(m_server, newChild(*citizen.http, QStringLiteral("Léa"), QDate(2021, 3, 14)));
    QVERIFY(!child.isEmpty());
    const TestReply created = citizen.http->post(
        QStringLiteral("/me/orders"),
        orderBody(request, { line(QStringLiteral("semaine"), 1), line(QStringLiteral("inscription"), 1) }, child),
        idempotencyKey(newKey()));
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.json();
    QVERIFY(QRegularExpression(QStringLiteral("^CMD-%1-\\d{6}$").arg(thisYear()))
                .match(order.value(QStringLiteral("number")).toString())
                .hasMatch());
    QCOMPARE(order.value(QStringLiteral("totalCents")).toInt(), WeekCents + RegistrationCents);
    QCOMPARE(order.value(QStringLiteral("paidWith")).toString(), QStringLiteral("wallet"));
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(order.value(QStringLiteral("subscriptionId")).toString(), request);
    QCOMPARE(order.value(QStringLiteral("communeName")).toString(), QStringLiteral("ROSIÈRES"));
    QCOMPARE(order.value(QStringLiteral("beneficiaryId")).toString(), child);
    QCOMPARE(order.value(QStringLiteral("beneficiaryName")).toString(), QStringLiteral("Léa Testeuse"));
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Semaine à l'accueil de loisirs (5 jours)"));
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("unitPriceCents")).toInt(), WeekCents);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("totalCents")).toInt(), WeekCents);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("inscription"));

    QCOMPARE(balanceOf(*citizen.http), 5500 - 5100);
    const QJsonArray movements
        = citizen.http->get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray();
    QCOMPARE(movements.size(), 3);
    const QJsonObject debit = movements.first().toObject();
    QCOMPARE(debit.value(QStringLiteral("kind")).toString(), QStringLiteral("order"));
    QCOMPARE(debit.value(QStringLiteral("amountCents")).toInt(), -5100);
    QCOMPARE(debit.value(QStringLiteral("orderId")).toString(), idOf(created));
    // Its receipt, and the list.
    const TestReply receipt = citizen.http->get(QStringLiteral("/me/orders/") + idOf(created));
    QCOMPARE(receipt.status, 200);
    QCOMPARE(receipt.json(), order);
    QCOMPARE(idsIn(citizen.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")),
             QStringList { idOf(created) });
}

void TestServerOrders::shortBalanceIsRefusedWithTheAmountMissing()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 1000));
    QVERIFY(fund(*citizen.http, 500));
    const TestReply refused
        = citizen.http->post(QStringLiteral("/me/orders"), orderBody(request, { line(QStringLiteral("semaine"), 1) }),
                             idempotencyKey(newKey()) + TestHttp::Headers { { "Accept-Language", "fr" } });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("insufficient_funds"));
    QCOMPARE(refused.json().value(QStringLiteral("missingCents")).toInt(), WeekCents - 1500);
    QCOMPARE(refused.json().value(QStringLiteral("balanceCents")).toInt(), 1500);
    QCOMPARE(refused.json().value(QStringLiteral("title")).toString(), QStringLiteral("Solde insuffisant"));
    // Nothing was written: no order, no movement, no order number used.
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).isEmpty());
    QCOMPARE(balanceOf(*citizen.http), 1500);
    QCOMPARE(citizen.http->get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray().size(),
             2);
    // Exactly the balance is enough.
    QCOMPARE(
        citizen.http->post(QStringLiteral("/me/orders"), orderBody(request, { line(QStringLiteral("inscription"), 1) }))
            .status,
        201);
    QCOMPARE(balanceOf(*citizen.http), 0);
}

void TestServerOrders::badLinesNameTheirField()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 5000));
    const auto errorsOf = [&](const QJsonObject& body) {
        const TestReply r = citizen.http->post(QStringLiteral("/me/orders"), body);
        return r.status == 422 ? fieldErrors(r) : QStringList { QString::number(r.status) };
    };
    const QString day = QStringLiteral("inscription");
    QCOMPARE(errorsOf(orderBody(request, {})), QStringList { QStringLiteral("lines:required") });
    QCOMPARE(errorsOf({ { QStringLiteral("lines"), QJsonArray { line(day, 1) } } }),
             QStringList { QStringLiteral("subscriptionId:required") });
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(line(QStringLiteral("item-%1").arg(i), 1));
    QVERIFY(errorsOf(orderBody(request, many)).contains(QStringLiteral("lines:too_long")));
    QCOMPARE(errorsOf(orderBody(request, { line(day, 0) })),
             QStringList { QStringLiteral("lines[0].quantity:too_small") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 100) })),
             QStringList { QStringLiteral("lines[0].quantity:too_large") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1.5) })),
             QStringList { QStringLiteral("lines[0].quantity:invalid_type") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, QStringLiteral("2")) })),
             QStringList { QStringLiteral("lines[0].quantity:invalid_type") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1e300) })),
             QStringList { QStringLiteral("lines[0].quantity:invalid_type") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1), line(day, 2) })),
             QStringList { QStringLiteral("lines[1].itemId:duplicate") });
    QCOMPARE(errorsOf(orderBody(request, { line(QStringLiteral("repas-enfant"), 1) })),
             QStringList { QStringLiteral("lines[0].itemId:not_found") });
    // A day booked by the day is booked, for a child, in the calendar.
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1), line(QStringLiteral("journee"), 1) })),
             QStringList { QStringLiteral("lines[1].itemId:booked_by_day") });
    QCOMPARE(errorsOf(orderBody(request, { QJsonValue(3) })), QStringList { QStringLiteral("lines[0]:invalid_type") });
    QCOMPARE(errorsOf(orderBody(QStringLiteral("nope"), { line(day, 1) })),
             QStringList { QStringLiteral("subscriptionId:not_found") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1) }, QStringLiteral("nope"))),
             QStringList { QStringLiteral("beneficiaryId:not_found") });
    // Another person's request or child is not the caller's.
    Person other = newCitizen(m_server);
    const QString theirs = approvedRequest(m_server, other);
    const QString theirChild = newChild(*other.http, QStringLiteral("Tom"), QDate(2022, 1, 5));
    QCOMPARE(errorsOf(orderBody(theirs, { line(day, 1) })), QStringList { QStringLiteral("subscriptionId:not_found") });
    QCOMPARE(errorsOf(orderBody(request, { line(day, 1) }, theirChild)),
             QStringList { QStringLiteral("beneficiaryId:not_found") });
    // A request not approved is 409, and a body that is not JSON 400.
    const TestReply pending = subscribe(*citizen.http, RosieresService);
    const TestReply notApproved
        = citizen.http->post(QStringLiteral("/me/orders"), orderBody(idOf(pending), { line(day, 1) }));
    QCOMPARE(notApproved.status, 409);
    QCOMPARE(notApproved.code(), QStringLiteral("not_approved"));
    QCOMPARE(citizen.http->send("POST", QStringLiteral("/me/orders"), "{\"lines\":").status, 400);
    QCOMPARE(balanceOf(*citizen.http), 5000);
}

void TestServerOrders::concurrentOrdersNeverOverdraw()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 5000)); // covers three registrations (4,500), not four
    ParallelRequests burst(m_server, citizen.token);
    const QByteArray body
        = QJsonDocument(orderBody(request, { line(QStringLiteral("inscription"), 1) })).toJson(QJsonDocument::Compact);
    for (int i = 0; i < 8; ++i)
        burst.add({ "POST", QStringLiteral("/me/orders"), body, "application/json", idempotencyKey(newKey()) });
    int paid = 0;
    int refused = 0;
    for (const TestReply& r : burst.run()) {
        if (r.status == 201)
            ++paid;
        else if (r.status == 409 && r.code() == QLatin1String("insufficient_funds"))
            ++refused;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected answer %1 %2 %3")
                                 .arg(r.status)
                                 .arg(QString::fromUtf8(r.body), r.networkError)));
    }
    QCOMPARE(paid, 3);
    QCOMPARE(refused, 5);
    QCOMPARE(balanceOf(*citizen.http), 500);
    QCOMPARE(idsIn(citizen.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).size(), 3);
    QCOMPARE(execOnServerDatabase(
                 m_server,
                 QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE account_id = ? AND kind = 'order'"),
                 { citizen.id }),
             3);
    // Order numbers are distinct.
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("SELECT COUNT(DISTINCT number) FROM orders WHERE account_id = ?"),
                                  { citizen.id }),
             3);
}

void TestServerOrders::replaysAndInProgress()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 2500));
    const QString key = QStringLiteral("hold-") + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject body = orderBody(request, { line(QStringLiteral("inscription"), 1) });
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // The first request is held by the server once it has claimed its key.
    ParallelRequests first(m_server, citizen.token);
    first.add({ "POST", QStringLiteral("/me/orders"), bytes, "application/json", idempotencyKey(key) });
    first.start();
    const QDir dir(m_holdDir.path());
    QTRY_VERIFY(QFile::exists(dir.filePath(key + QStringLiteral(".held"))));
    const TestReply twin = citizen.http->post(QStringLiteral("/me/orders"), body, idempotencyKey(key));
    QCOMPARE(twin.status, 409);
    QCOMPARE(twin.code(), QStringLiteral("in_progress"));
    QFile release(dir.filePath(key + QStringLiteral(".release")));
    QVERIFY(release.open(QIODevice::WriteOnly));
    release.close();
    QTRY_VERIFY_WITH_TIMEOUT(first.finished(), TestHttp::TimeoutMs);
    const QList<TestReply> firstAnswer = first.finish();
    QCOMPARE(firstAnswer.first().status, 201);
    const QString orderId = firstAnswer.first().json().value(QStringLiteral("id")).toString();

    // Replayed, not ordered again; another body with the key is refused.
    const TestReply replay = citizen.http->post(QStringLiteral("/me/orders"), body, idempotencyKey(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(idOf(replay), orderId);
    const TestReply other = citizen.http->post(
        QStringLiteral("/me/orders"), orderBody(request, { line(QStringLiteral("semaine"), 1) }), idempotencyKey(key));
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(balanceOf(*citizen.http), 2500 - RegistrationCents);
    QCOMPARE(idsIn(citizen.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")), QStringList { orderId });
}

void TestServerOrders::anotherCitizensOrdersAre404()
{
    Person owner = newCitizen(m_server);
    const QString request = approvedRequest(m_server, owner);
    QVERIFY(fund(*owner.http, 2500));
    const TestReply order = owner.http->post(QStringLiteral("/me/orders"),
                                             orderBody(request, { line(QStringLiteral("inscription"), 1) }));
    QCOMPARE(order.status, 201);
    Person other = newCitizen(m_server);
    QCOMPARE(other.http->get(QStringLiteral("/me/orders/") + idOf(order)).status, 404);
    QCOMPARE(other.http->get(QStringLiteral("/me/subscriptions/%1/offers").arg(request)).status, 404);
    QVERIFY(idsIn(other.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).isEmpty());
    QCOMPARE(other.http->get(QStringLiteral("/me/orders/unknown")).status, 404);
    QVERIFY(
        other.http->get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray().isEmpty());
}

void TestServerOrders::childcareStatement()
{
    Person citizen = newCitizen(m_server);
    const QString leisure = approvedRequest(m_server, citizen);
    const QString canteen
        = approvedRequest(m_server, citizen, QStringLiteral("rosieres-reservation-cantine-pour-adultes"));
    QVERIFY(!canteen.isEmpty());
    QVERIFY(fund(*citizen.http, 5000));
    QVERIFY(fund(*citizen.http, 5000));
    const int year = thisYear();
    // Under 6 on 1 January: born after 1 January six years before; one born that very day is 6.
    const QString young
        = approvedByRosieres(m_server, newChild(*citizen.http, QStringLiteral("Léa"), QDate(year - 3, 6, 1)));
    const QString six
        = approvedByRosieres(m_server, newChild(*citizen.http, QStringLiteral("Hugo"), QDate(year - 6, 1, 1)));
    QVERIFY(!young.isEmpty() && !six.isEmpty());
    const auto order = [&](const QString& sub, const QString& item, int quantity, const QString& child) {
        return citizen.http->post(QStringLiteral("/me/orders"), orderBody(sub, { line(item, quantity) }, child)).status;
    };
    // (The days themselves are booked: tst_server_daypurchase.)
    QCOMPARE(order(leisure, QStringLiteral("inscription"), 1, young), 201);
    QCOMPARE(order(leisure, QStringLiteral("semaine"), 1, young), 201);
    QCOMPARE(order(canteen, QStringLiteral("repas-adulte"), 2, young), 201); // meals are not childcare
    QCOMPARE(order(leisure, QStringLiteral("inscription"), 1, six), 201);
    QCOMPARE(order(leisure, QStringLiteral("inscription"), 1, QString()), 201); // no child named

    const TestReply statement = citizen.http->get(QStringLiteral("/me/statements/childcare?year=%1").arg(year));
    QCOMPARE(statement.status, 200);
    QCOMPARE(statement.json().value(QStringLiteral("year")).toInt(), year);
    const QJsonArray children = statement.json().value(QStringLiteral("children")).toArray();
    QCOMPARE(children.size(), 1);
    const QJsonObject lea = children.first().toObject();
    QCOMPARE(lea.value(QStringLiteral("beneficiaryId")).toString(), young);
    QCOMPARE(lea.value(QStringLiteral("firstName")).toString(), QStringLiteral("Léa"));
    QCOMPARE(lea.value(QStringLiteral("birthDate")).toString(), QDate(year - 3, 6, 1).toString(Qt::ISODate));
    QCOMPARE(lea.value(QStringLiteral("totalCents")).toInt(), RegistrationCents + WeekCents);
    const QJsonArray lines = lea.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("quantity")).toInt(), 1);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("totalCents")).toInt(), RegistrationCents);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Semaine à l'accueil de loisirs (5 jours)"));
    QVERIFY(lines.at(0).toObject().value(QStringLiteral("orderNumber")).toString().startsWith(QStringLiteral("CMD-")));

    // Another year has nothing; the year is required and bounded.
    QVERIFY(citizen.http->get(QStringLiteral("/me/statements/childcare?year=%1").arg(year - 1))
                .json()
                .value(QStringLiteral("children"))
                .toArray()
                .isEmpty());
    QCOMPARE(fieldErrors(citizen.http->get(QStringLiteral("/me/statements/childcare"))),
             QStringList { QStringLiteral("year:required") });
    for (const char* bad : { "1999", "2101", "20x6", "99999", "-2026" })
        QCOMPARE(fieldErrors(citizen.http->get(QStringLiteral("/me/statements/childcare?year=") + QLatin1String(bad))),
                 QStringList { QStringLiteral("year:invalid_choice") });
    // Another person sees none of it.
    Person other = newCitizen(m_server);
    QVERIFY(other.http->get(QStringLiteral("/me/statements/childcare?year=%1").arg(year))
                .json()
                .value(QStringLiteral("children"))
                .toArray()
                .isEmpty());
}

void TestServerOrders::assistedTopUpAndOrderAreAudited()
{
    Person citizen = newCitizen(m_server);
    const QString request = approvedRequest(m_server, citizen);
    QVERIFY(fund(*citizen.http, 2500));
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());

    // The agent tops up and orders for the citizen.
    const TestReply topUp = startTopUp(assisted, 500, newKey());
    QCOMPARE(topUp.status, 201);
    const TestReply order
        = assisted.post(QStringLiteral("/me/orders"), orderBody(request, { line(QStringLiteral("inscription"), 1) }),
                        idempotencyKey(newKey()));
    QCOMPARE(order.status, 201);
    QCOMPARE(balanceOf(*citizen.http), 1000);

    // Each is in the audit log as the agent's change for the citizen.
    Person admin = signIn(m_server, QStringLiteral("admin@example.org"), QStringLiteral("Admin-Citoyens-2026"));
    const QJsonArray entries = admin.http->get(QStringLiteral("/admin/audit?citizen=") + citizen.id)
                                   .json()
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    QStringList changes;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("assisted_change"))
            continue;
        QCOMPARE(e.value(QStringLiteral("actorId")).toString(), agent.id);
        changes.append(e.value(QStringLiteral("detail")).toString());
    }
    changes.sort();
    QCOMPARE(
        changes,
        (QStringList { QStringLiteral("POST /api/v1/me/orders"), QStringLiteral("POST /api/v1/me/wallet/top-ups") }));
}

QTEST_GUILESS_MAIN(TestServerOrders)
#include "tst_server_orders.moc"
