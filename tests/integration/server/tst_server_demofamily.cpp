// The demo family of --demo-data against the real server over TLS, on SQLite and PostgreSQL:
// Mme Sophie Bernard signs in with both her requests of Rosières and both her children
// approved by the Rosières agent, 50 € in her wallet from one sandbox top-up, the documents of
// her requests readable, and can book a canteen day at once; a restart on the same database
// adds nothing.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include <QTest>

using namespace support;

namespace {

// Thursday 5 March 2026, 11:59 in Paris: April's canteen days are open until 20 March, 12:00.
const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString FamilyEmail = QStringLiteral("sophie.bernard@example.org");
const QString FamilyPassword = QStringLiteral("Citoyens-2026!");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
const QString Loisirs = QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune");
constexpr qint64 MealCents = 280; // repas-enfant, bracket "inf 399"

QHash<QString, QJsonObject> byMember(const QJsonArray& array, const QString& member)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : array)
        out.insert(v.toObject().value(member).toString(), v.toObject());
    return out;
}

int topUpMovements(const QJsonObject& wallet)
{
    int count = 0;
    for (const QJsonValue& m : wallet.value(QStringLiteral("movements")).toArray())
        count += m.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("top_up") ? 1 : 0;
    return count;
}

// Whether `pdf` is a whole PDF whose cross-reference table points at each of its objects.
bool isWellFormedPdf(const QByteArray& pdf)
{
    if (!pdf.startsWith("%PDF-1.") || !pdf.endsWith("%%EOF\n"))
        return false;
    const qsizetype tail = pdf.lastIndexOf("startxref\n");
    if (tail < 0)
        return false;
    bool ok = false;
    const qsizetype xref = pdf.mid(tail + 10).split('\n').value(0).toLongLong(&ok);
    if (!ok || !pdf.mid(xref).startsWith("xref\n0 "))
        return false;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    if (count < 2)
        return false;
    for (int i = 1; i < count; ++i) {
        const qsizetype offset = lines.value(2 + i).left(10).toLongLong(&ok);
        if (!ok || !pdf.mid(offset).startsWith(QByteArray::number(i) + " 0 obj\n"))
            return false;
    }
    return pdf.contains("/Type /Catalog") && pdf.contains("/Type /Page ");
}

} // namespace

class TestServerDemoFamily : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theFamilyIsApprovedAndFunded();
    void theDecisionsAreTheRosieresAgents();
    void aCanteenDayIsBookedAtOnce();
    void aRestartAddsNothing();
    void withoutAProviderTheWalletIsEmpty();

private:
    // The family as the API shows it to Sophie, signed in on `server`.
    struct Seen
    {
        QJsonArray subscriptions;
        QJsonArray beneficiaries;
        QJsonObject wallet;
    };
    Seen seen(Person& sophie) const;

    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--now"), Now } };
};

void TestServerDemoFamily::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerDemoFamily::cleanupTestCase()
{
    m_server.stop();
}

TestServerDemoFamily::Seen TestServerDemoFamily::seen(Person& sophie) const
{
    Seen s;
    const TestReply subscriptions = sophie.http->get(QStringLiteral("/me/subscriptions"));
    const TestReply beneficiaries = sophie.http->get(QStringLiteral("/me/beneficiaries"));
    const TestReply wallet = sophie.http->get(QStringLiteral("/me/wallet"));
    if (subscriptions.status != 200 || beneficiaries.status != 200 || wallet.status != 200)
        return s;
    s.subscriptions = subscriptions.json().value(QStringLiteral("subscriptions")).toArray();
    s.beneficiaries = beneficiaries.json().value(QStringLiteral("beneficiaries")).toArray();
    s.wallet = wallet.json();
    return s;
}

void TestServerDemoFamily::theFamilyIsApprovedAndFunded()
{
    Person sophie = signIn(m_server, FamilyEmail, FamilyPassword);
    QVERIFY(!sophie.token.isEmpty());
    const TestReply me = sophie.http->get(QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("civility")).toString(), QStringLiteral("Mme"));
    QCOMPARE(me.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Sophie"));
    QCOMPARE(me.json().value(QStringLiteral("lastName")).toString(), QStringLiteral("Bernard"));

    const Seen s = seen(sophie);
    QCOMPARE(s.subscriptions.size(), 2);
    const QHash<QString, QJsonObject> requests = byMember(s.subscriptions, QStringLiteral("serviceId"));
    for (const QString& service : { Canteen, Loisirs }) {
        const QJsonObject r = requests.value(service);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(r.value(QStringLiteral("communeId")).toString(), QStringLiteral("rosieres"));
        QCOMPARE(r.value(QStringLiteral("bracketLabel")).toString(), QStringLiteral("inf 399"));
        QVERIFY(r.value(QStringLiteral("quotient")).toInt(1000) < 400);
        const QJsonArray documents = r.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 2);
        // Each document is a real PDF the owner can read back.
        for (const QJsonValue& d : documents) {
            const TestReply file = sophie.http->get(QStringLiteral("/me/documents/")
                                                    + d.toObject().value(QStringLiteral("documentId")).toString());
            QCOMPARE(file.status, 200);
            QCOMPARE(file.header("Content-Type"), QByteArray("application/pdf"));
            QVERIFY2(isWellFormedPdf(file.body), file.body.constData());
        }
    }
    QCOMPARE(requests.value(Canteen).value(QStringLiteral("serviceName")).toString(),
             QStringLiteral("Réservation cantine pour enfants"));

    QCOMPARE(s.beneficiaries.size(), 2);
    const QHash<QString, QJsonObject> children = byMember(s.beneficiaries, QStringLiteral("firstName"));
    QCOMPARE(children.value(QStringLiteral("Léa")).value(QStringLiteral("birthDate")).toString(),
             QStringLiteral("2018-09-14"));
    QCOMPARE(children.value(QStringLiteral("Tom")).value(QStringLiteral("birthDate")).toString(),
             QStringLiteral("2021-05-02"));
    for (const QJsonObject& child : children) {
        QCOMPARE(child.value(QStringLiteral("lastName")).toString(), QStringLiteral("Bernard"));
        QCOMPARE(child.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    }

    QCOMPARE(s.wallet.value(QStringLiteral("balanceCents")).toInteger(-1), 5000);
    QCOMPARE(s.wallet.value(QStringLiteral("movements")).toArray().size(), 1);
    QCOMPARE(topUpMovements(s.wallet), 1);
    QCOMPARE(s.wallet.value(QStringLiteral("movements"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("amountCents"))
                 .toInteger(),
             5000);
}

void TestServerDemoFamily::theDecisionsAreTheRosieresAgents()
{
    Person sophie = signIn(m_server, FamilyEmail, FamilyPassword);
    // One notification per decision, as the agent's routes send them.
    const TestReply notifications = sophie.http->get(QStringLiteral("/me/notifications"));
    QCOMPARE(notifications.status, 200);
    QCOMPARE(notifications.json().value(QStringLiteral("notifications")).toArray().size(), 4);

    Person agent = demoAgent(m_server, QStringLiteral("rosieres"));
    Person admin = signIn(m_server, AdminEmail, AdminPassword);
    QVERIFY(!agent.id.isEmpty());
    const QJsonArray entries = auditEntries(*admin.http, QStringLiteral("citizenId=") + sophie.id);
    QCOMPARE(entries.size(), 4);
    for (const QJsonValue& e : entries) {
        QCOMPARE(e.toObject().value(QStringLiteral("actorId")).toString(), agent.id);
        QCOMPARE(e.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("decision"));
        QVERIFY(e.toObject().value(QStringLiteral("detail")).toString().startsWith(QLatin1String("approve")));
    }
    // Nothing is left in the agent's queue.
    const TestReply queue = agent.http->get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    for (const QString& list : { QStringLiteral("subscriptions"), QStringLiteral("beneficiaries") }) {
        for (const QJsonValue& item : queue.json().value(list).toArray()) {
            const QJsonObject citizen = item.toObject().value(QStringLiteral("citizen")).toObject();
            QVERIFY(citizen.value(QStringLiteral("id")).toString() != sophie.id);
        }
    }
}

void TestServerDemoFamily::aCanteenDayIsBookedAtOnce()
{
    Person sophie = signIn(m_server, FamilyEmail, FamilyPassword);
    const Seen s = seen(sophie);
    const QString requestId
        = byMember(s.subscriptions, QStringLiteral("serviceId")).value(Canteen).value(QStringLiteral("id")).toString();
    const QString leaId = byMember(s.beneficiaries, QStringLiteral("firstName"))
                              .value(QStringLiteral("Léa"))
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!requestId.isEmpty() && !leaId.isEmpty());
    const TestReply days
        = sophie.http->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=%3&to=%4")
                               .arg(requestId, leaId, QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30")));
    QCOMPARE(days.status, 200);
    const QJsonArray all = days.json().value(QStringLiteral("days")).toArray();
    QCOMPARE(all.size(), 30);
    QString bookable;
    qint64 price = -1;
    for (const QJsonValue& v : all) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("state")).toString() == QLatin1String("bookable")) {
            bookable = d.value(QStringLiteral("date")).toString();
            price = centsOf(d, QStringLiteral("priceCents")) + centsOf(d, QStringLiteral("surchargeCents"));
            break;
        }
    }
    QVERIFY2(!bookable.isEmpty(), days.body.constData());
    QCOMPARE(price, MealCents);

    const Family f { {}, requestId, leaId };
    const QJsonObject body = bookDates(f, { bookable });
    const TestReply booked = sophie.http->post(QStringLiteral("/me/reservations"), body, idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    QCOMPARE(datesWith(booked.json().value(QStringLiteral("outcomes")).toArray(), QStringLiteral("booked")),
             QStringList { bookable });
    QCOMPARE(balanceOf(*sophie.http), 5000 - MealCents);
}

void TestServerDemoFamily::aRestartAddsNothing()
{
    {
        Person before = signIn(m_server, FamilyEmail, FamilyPassword);
        QVERIFY(!before.token.isEmpty());
    }
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    Person sophie = signIn(m_server, FamilyEmail, FamilyPassword);
    QVERIFY(!sophie.token.isEmpty());
    const Seen s = seen(sophie);
    QCOMPARE(s.subscriptions.size(), 2);
    QCOMPARE(s.beneficiaries.size(), 2);
    QCOMPARE(topUpMovements(s.wallet), 1);
    // What the booking took stays taken: the wallet was not topped up again.
    QCOMPARE(s.wallet.value(QStringLiteral("balanceCents")).toInteger(-1), 5000 - MealCents);
    const TestReply notifications = sophie.http->get(QStringLiteral("/me/notifications"));
    QCOMPARE(notifications.json().value(QStringLiteral("notifications")).toArray().size(), 4);
}

void TestServerDemoFamily::withoutAProviderTheWalletIsEmpty()
{
    TestServer server { { QStringLiteral("--demo-data"), QStringLiteral("--payment-provider"), QStringLiteral("none"),
                          QStringLiteral("--now"), Now } };
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Person sophie = signIn(server, FamilyEmail, FamilyPassword);
    QVERIFY(!sophie.token.isEmpty());
    const Seen s = seen(sophie);
    QCOMPARE(s.subscriptions.size(), 2);
    QCOMPARE(s.beneficiaries.size(), 2);
    QCOMPARE(s.wallet.value(QStringLiteral("balanceCents")).toInteger(-1), 0);
    QCOMPARE(s.wallet.value(QStringLiteral("movements")).toArray().size(), 0);
    server.stop();
}

QTEST_GUILESS_MAIN(TestServerDemoFamily)
#include "tst_server_demofamily.moc"
