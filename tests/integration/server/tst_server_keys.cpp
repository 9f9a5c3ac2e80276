// Keys and bounds, provoked as a hostile client would, against the real server over TLS on SQLite and
// PostgreSQL: the sandbox payment provider refused without the demo data (no money from
// nowhere); an Idempotency-Key bound to the route it was first used on (a top-up's key sent to
// the orders, an agent's decision key reused on another request); problems whose field errors
// stay bounded whatever the body holds (a booking with thousands of bad entries, PATCH /me with
// thousands of unknown keys, a request with thousands of documents).

#include "WalletTestSupport.h"

#include <QTest>

using namespace support;

namespace {

// What a problem may weigh, whatever the request: 20 errors of short fields and the texts.
constexpr qsizetype ProblemBytesBound = 16 * 1024;

// The status of the caller's item `id` in a list: `collection` is "subscriptions" or
// "beneficiaries" (GET /me/<collection>).
QString statusIn(TestHttp& http, const QString& collection, const QString& id)
{
    for (const QJsonValue& v : http.get(QStringLiteral("/me/") + collection).json().value(collection).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject().value(QStringLiteral("status")).toString();
    }
    return {};
}

QString subscriptionStatus(TestHttp& http, const QString& id)
{
    return statusIn(http, QStringLiteral("subscriptions"), id);
}

// A JSON object with `count` members "x00000": 0, ... (about 11 bytes each) besides `base`'s.
QByteArray withUnknownKeys(const QByteArray& base, int count)
{
    QByteArray out = "{";
    for (int i = 0; i < count; ++i)
        out += "\"x" + QByteArray::number(i).rightJustified(5, '0') + "\":0,";
    out += base.mid(1); // base is "{...}"
    return out;
}

qint64 omittedOf(const TestReply& reply)
{
    return reply.json().value(QStringLiteral("errorsOmitted")).toInteger(-1);
}

} // namespace

class TestServerKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sandboxOnlyWithDemoData();
    void topUpKeyOnOrdersIsRefused();
    void decisionKeyOnAnotherRequestIsRefused();
    void bookingErrorsAreBounded();
    void profileErrorsAreBounded();
    void subscriptionDocumentsAreCountedFirst();

private:
    TestServer m_server { { QStringLiteral("--demo-data") } };
};

void TestServerKeys::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerKeys::cleanupTestCase()
{
    m_server.stop();
}

void TestServerKeys::sandboxOnlyWithDemoData()
{
    // A server without the demo data that would credit every « Payer » of the sandbox page.
    TestServer server { { QStringLiteral("--payment-provider"), QStringLiteral("sandbox") } };
    QVERIFY(!server.start());
    const QString error = server.errorString();
    QVERIFY2(error.contains(QLatin1String("(exit code 2)")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("--payment-provider sandbox")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("--demo-data")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("--payment-provider none")), qPrintable(error));
    server.stop();

    // Without a provider it starts, and takes no money.
    TestServer bare { { QStringLiteral("--payment-provider"), QStringLiteral("none") } };
    QVERIFY2(bare.start(), qPrintable(bare.errorString()));
    bare.stop();
}

void TestServerKeys::topUpKeyOnOrdersIsRefused()
{
    Person citizen = newCitizen(m_server);
    const QString key = newKey();
    const TestReply topUp = startTopUp(*citizen.http, 5000, key);
    QCOMPARE(topUp.status, 201);

    // The top-up's key and body sent to the orders: not the top-up's answer, and no order.
    const TestReply order = citizen.http->post(QStringLiteral("/me/orders"),
                                               { { QStringLiteral("amountCents"), 5000 } }, idempotencyKey(key));
    QCOMPARE(order.status, 422);
    QCOMPARE(order.code(), QStringLiteral("idempotency_key_reused"));
    QVERIFY(order.header("Idempotent-Replayed").isEmpty());
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).isEmpty());

    // On its own route the key still replays the top-up, once.
    const TestReply again = startTopUp(*citizen.http, 5000, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(idOf(again), idOf(topUp));
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = ?"),
                                  { key }),
             1);
}

void TestServerKeys::decisionKeyOnAnotherRequestIsRefused()
{
    Person first = newCitizen(m_server);
    Person second = newCitizen(m_server);
    const QString a = idOf(subscribe(*first.http, RosieresService));
    const QString b = idOf(subscribe(*second.http, RosieresService));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    const QString key = newKey();
    const TestReply decidedA = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(a),
                                                decision("approve"), idempotencyKey(key));
    QCOMPARE(decidedA.status, 200);
    QCOMPARE(decidedA.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

    // The same key and body for request B: refused, B untouched, A as it was.
    const TestReply decidedB = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(b),
                                                decision("approve"), idempotencyKey(key));
    QCOMPARE(decidedB.status, 422);
    QCOMPARE(decidedB.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(subscriptionStatus(*second.http, b), QStringLiteral("pending"));
    QCOMPARE(subscriptionStatus(*first.http, a), QStringLiteral("approved"));
    // The same key for a child of the first family is another operation too: refused, the
    // child still pending.
    const QString child
        = idOf(first.http->post(QStringLiteral("/me/beneficiaries"),
                                QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                              { QStringLiteral("firstName"), QStringLiteral("Zoé") },
                                              { QStringLiteral("birthDate"), QStringLiteral("2017-03-01") } }));
    QVERIFY(!child.isEmpty());
    const TestReply childDecided = agent.http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(child),
                                                    decision("approve"), idempotencyKey(key));
    QCOMPARE(childDecided.status, 422);
    QCOMPARE(childDecided.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(statusIn(*first.http, QStringLiteral("beneficiaries"), child), QStringLiteral("pending"));

    // A's decision sent again with its key (a lost answer) replays A's answer.
    const TestReply replayed = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(a),
                                                decision("approve"), idempotencyKey(key));
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.json(), decidedA.json());

    // B decided with a key of its own goes through.
    const TestReply ownKey = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(b),
                                              decision("approve"), idempotencyKey(newKey()));
    QCOMPARE(ownKey.status, 200);
    QCOMPARE(subscriptionStatus(*second.http, b), QStringLiteral("approved"));
}

void TestServerKeys::bookingErrorsAreBounded()
{
    Person citizen = newCitizen(m_server);
    const QByteArray ids = R"("subscriptionId":"s","beneficiaryId":"b",)";

    // 30,000 weekdays out of range (60 KB): one error on the array, its elements unread.
    const QByteArray zeros = "[" + QByteArray("0,").repeated(30000).chopped(1) + "]";
    const QByteArray weekdays
        = "{" + ids + R"("pattern":{"weekdays":)" + zeros + R"(,"every":1,"from":"2026-03-02","to":"2026-03-31"}})";
    QVERIFY(weekdays.size() > 60000);
    const TestReply tooMany = citizen.http->send("POST", QStringLiteral("/me/reservations"), weekdays);
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(fieldErrors(tooMany), QStringList { QStringLiteral("pattern.weekdays:too_long") });
    QVERIFY(!tooMany.json().contains(QStringLiteral("errorsOmitted")));
    QVERIFY2(tooMany.body.size() < ProblemBytesBound, QByteArray::number(tooMany.body.size()));

    // 5,000 unknown members (55 KB): the first 20 named, the rest counted.
    const QByteArray unknown = withUnknownKeys("{" + ids + R"("dates":["2026-03-09"]})", 5000);
    QVERIFY(unknown.size() > 50000);
    const TestReply refused = citizen.http->send("POST", QStringLiteral("/me/reservations"), unknown);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
    const QStringList errors = fieldErrors(refused);
    QCOMPARE(errors.size(), 20);
    QCOMPARE(errors.first(), QStringLiteral("x00000:not_allowed"));
    QCOMPARE(errors.last(), QStringLiteral("x00019:not_allowed"));
    QCOMPARE(omittedOf(refused), 4980);
    QVERIFY2(refused.body.size() < ProblemBytesBound, QByteArray::number(refused.body.size()));
}

void TestServerKeys::profileErrorsAreBounded()
{
    Person citizen = newCitizen(m_server);
    const QByteArray before = citizen.http->get(QStringLiteral("/me")).body;

    const QByteArray unknown = withUnknownKeys(R"({"firstName":"Zoé"})", 5000);
    const TestReply refused = citizen.http->send("PATCH", QStringLiteral("/me"), unknown);
    QCOMPARE(refused.status, 422);
    const QStringList errors = fieldErrors(refused);
    QCOMPARE(errors.size(), 20);
    QCOMPARE(errors.first(), QStringLiteral("x00000:not_editable"));
    QCOMPARE(omittedOf(refused), 4980);
    QVERIFY2(refused.body.size() < ProblemBytesBound, QByteArray::number(refused.body.size()));

    // One unknown key of 60,000 characters is named, cut short.
    const QByteArray longKey = R"({")" + QByteArray(60000, 'k') + R"(":1})";
    const TestReply cut = citizen.http->send("PATCH", QStringLiteral("/me"), longKey);
    QCOMPARE(cut.status, 422);
    const QString field = cut.json()
                              .value(QStringLiteral("errors"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("field"))
                              .toString();
    QCOMPARE(field.size(), 100);
    QVERIFY(field.endsWith(QChar(0x2026)));
    QVERIFY2(cut.body.size() < ProblemBytesBound, QByteArray::number(cut.body.size()));

    QCOMPARE(citizen.http->get(QStringLiteral("/me")).body, before);
}

void TestServerKeys::subscriptionDocumentsAreCountedFirst()
{
    // 1,200 documents (55 KB), each of which the server would look up: one error on the list.
    Person citizen = newCitizen(m_server);
    QJsonArray documents;
    for (int i = 0; i < 1200; ++i)
        documents.append(QJsonObject { { QStringLiteral("kind"), ProofOfAddress },
                                       { QStringLiteral("documentId"), QString::number(i) } });
    const TestReply refused = citizen.http->post(
        QStringLiteral("/me/subscriptions"),
        { { QStringLiteral("serviceId"), RosieresService }, { QStringLiteral("documents"), documents } });
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("documents:too_long") });
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/subscriptions")), QStringLiteral("subscriptions")).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerKeys)
#include "tst_server_keys.moc"
