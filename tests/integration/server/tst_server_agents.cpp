// Owners, agents and beneficiaries end to end against the real citoyens-server: every route
// hides another person's items (404), agents see only their communes, decisions notify the
// citizen. Runs on SQLite, and on PostgreSQL as tst_server_agents_pg.

#include "ServicesTestSupport.h"

#include <QTest>

using namespace support;

class TestServerAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyCommuneHasAnAgent();
    void everyRouteHidesOtherPeoplesItems();
    void agentsSeeOnlyTheirCommunes();
    void citizensAreNotAgents();
    void rejectNeedsAReason();
    void incompleteThenDocumentThenPending();
    void withdrawWhilePending();
    void beneficiaryCrud();
    void beneficiaryNames_data();
    void beneficiaryNames();
    void beneficiaryRules_data();
    void beneficiaryRules();
    void beneficiaryPhoto();
    void beneficiaryDecision();

private:
    Person& agent(const QString& commune);

    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::map<QString, std::unique_ptr<Person>> m_agents;
    std::unique_ptr<Person> m_citizen; // for the data-driven beneficiary tests
};

void TestServerAgents::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerAgents::cleanupTestCase()
{
    m_agents.clear();
    m_citizen.reset();
    m_server.stop();
}

Person& TestServerAgents::agent(const QString& commune)
{
    std::unique_ptr<Person>& slot = m_agents[commune];
    if (!slot) {
        QString cap = commune;
        cap[0] = cap.at(0).toUpper();
        slot = std::make_unique<Person>(signIn(m_server, QStringLiteral("agent.%1@example.org").arg(commune),
                                               QStringLiteral("Guichet-%1-2026").arg(cap)));
    }
    return *slot;
}

void TestServerAgents::everyCommuneHasAnAgent()
{
    for (const QString& commune : { QStringLiteral("aiguilhe"), QStringLiteral("allegre"), QStringLiteral("bains"),
                                    QStringLiteral("rosieres") }) {
        Person& a = agent(commune);
        QVERIFY2(!a.token.isEmpty(), qPrintable(commune));
        const TestReply me = a.http->get(QStringLiteral("/me"));
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(me.json().value(QStringLiteral("communes")).toArray().size(), 1);
        QCOMPARE(a.http->get(QStringLiteral("/agent/queue")).status, 200);
    }
    QCOMPARE(agent(QStringLiteral("allegre")).http->get(QStringLiteral("/me")).json().value(QStringLiteral("communes")),
             QJsonValue(QJsonArray { QStringLiteral("ALLÈGRE") }));
}

void TestServerAgents::everyRouteHidesOtherPeoplesItems()
{
    Person owner = newCitizen(m_server);
    Person other = newCitizen(m_server);
    const TestReply sub = subscribe(*owner.http, RosieresService);
    QCOMPARE(sub.status, 201);
    const QString doc = firstDocumentId(sub);
    const TestReply ben = owner.http->post(QStringLiteral("/me/beneficiaries"),
                                           QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Dupont") },
                                                         { QStringLiteral("firstName"), QStringLiteral("Léa") } });
    QCOMPARE(ben.status, 201);
    QCOMPARE(
        owner.http->send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(idOf(ben)), samplePng(), "image/png")
            .status,
        200);
    QCOMPARE(agent(QStringLiteral("rosieres"))
                 .http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub)),
                        decision(QStringLiteral("incomplete"), QStringLiteral("Page 2 manquante")))
                 .status,
             200);
    const TestReply notes = owner.http->get(QStringLiteral("/me/notifications"));
    const QString note = idsIn(notes, QStringLiteral("notifications")).value(0);
    QVERIFY(!note.isEmpty());

    TestHttp& h = *other.http;
    const QString s = idOf(sub);
    const QString b = idOf(ben);
    const QString otherDoc = idOf(upload(h, IncomeStatement, samplePdf()));
    const QList<TestReply> replies {
        h.get(QStringLiteral("/me/documents/") + doc),
        h.send("DELETE", QStringLiteral("/me/subscriptions/") + s, {}, {}),
        h.post(QStringLiteral("/me/subscriptions/%1/documents").arg(s),
               QJsonObject { { QStringLiteral("kind"), IncomeStatement }, { QStringLiteral("documentId"), otherDoc } }),
        h.patch(QStringLiteral("/me/beneficiaries/") + b,
                QJsonObject { { QStringLiteral("firstName"), QStringLiteral("X") } }),
        h.send("DELETE", QStringLiteral("/me/beneficiaries/") + b, {}, {}),
        h.send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(b), samplePng(), "image/png"),
        h.get(QStringLiteral("/me/beneficiaries/%1/photo").arg(b)),
        h.send("POST", QStringLiteral("/me/notifications/%1/read").arg(note), {}, {}),
    };
    for (const TestReply& r : replies) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not_found"));
    }
    QVERIFY(idsIn(h.get(QStringLiteral("/me/subscriptions")), QStringLiteral("subscriptions")).isEmpty());
    QVERIFY(idsIn(h.get(QStringLiteral("/me/beneficiaries")), QStringLiteral("beneficiaries")).isEmpty());
    QVERIFY(idsIn(h.get(QStringLiteral("/me/notifications")), QStringLiteral("notifications")).isEmpty());
    // Nothing changed for the owner.
    QCOMPARE(owner.http->get(QStringLiteral("/me/documents/") + doc).body, samplePdf());
    QCOMPARE(owner.http->get(QStringLiteral("/me/beneficiaries/%1/photo").arg(b)).body, samplePng());
    QCOMPARE(owner.http->get(QStringLiteral("/me/notifications")).json().value(QStringLiteral("unread")).toInt(), 1);
}

void TestServerAgents::agentsSeeOnlyTheirCommunes()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, RosieresService);
    QCOMPARE(sub.status, 201);
    const QString doc = firstDocumentId(sub);
    Person& bains = agent(QStringLiteral("bains"));
    QVERIFY(
        !idsIn(bains.http->get(QStringLiteral("/agent/queue")), QStringLiteral("subscriptions")).contains(idOf(sub)));
    const TestReply foreign
        = bains.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub)), decision("approve"));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(bains.http->get(QStringLiteral("/me/documents/") + doc).status, 404);

    Person& rosieres = agent(QStringLiteral("rosieres"));
    const TestReply queue = rosieres.http->get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    QVERIFY(idsIn(queue, QStringLiteral("subscriptions")).contains(idOf(sub)));
    QCOMPARE(rosieres.http->get(QStringLiteral("/agent/queue"), { { "If-None-Match", queue.header("ETag") } }).status,
             304);
    QCOMPARE(rosieres.http->get(QStringLiteral("/me/documents/") + doc).status, 200);
    QCOMPARE(rosieres.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub)), decision("approve"))
                 .status,
             200);
    // Decided: out of the queue, and not decided twice.
    const TestReply after
        = rosieres.http->get(QStringLiteral("/agent/queue"), { { "If-None-Match", queue.header("ETag") } });
    QCOMPARE(after.status, 200);
    QVERIFY(!idsIn(after, QStringLiteral("subscriptions")).contains(idOf(sub)));
    const TestReply twice = rosieres.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub)),
                                                decision(QStringLiteral("reject"), QStringLiteral("Non")));
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.code(), QStringLiteral("already_decided"));
    QCOMPARE(rosieres.http->post(QStringLiteral("/agent/subscriptions/nope/decision"), decision("approve")).status,
             404);
}

void TestServerAgents::citizensAreNotAgents()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, RosieresService);
    for (const TestReply& r :
         { citizen.http->get(QStringLiteral("/agent/queue")),
           citizen.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub)), decision("approve")),
           citizen.http->post(QStringLiteral("/agent/beneficiaries/x/decision"), decision("approve")) }) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("forbidden"));
    }
    TestHttp anonymous(m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/agent/queue")).status, 401);
}

void TestServerAgents::rejectNeedsAReason()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, QStringLiteral("rosieres-reservation-cantine-pour-enfants"));
    const QString path = QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub));
    Person& rosieres = agent(QStringLiteral("rosieres"));
    for (const QString& what : { QStringLiteral("reject"), QStringLiteral("incomplete") }) {
        const TestReply r = rosieres.http->post(path, decision(what, QStringLiteral("  ")));
        QCOMPARE(r.status, 422);
        QCOMPARE(fieldErrors(r), QStringList { QStringLiteral("reason:required") });
    }
    QCOMPARE(fieldErrors(rosieres.http->post(path, decision(QStringLiteral("maybe")))),
             QStringList { QStringLiteral("decision:invalid_choice") });
    const TestReply rejected
        = rosieres.http->post(path, decision(QStringLiteral("reject"), QStringLiteral("Hors délai")));
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.json().value(QStringLiteral("statusReason")).toString(), QStringLiteral("Hors délai"));
    const QJsonObject note = citizen.http->get(QStringLiteral("/me/notifications"))
                                 .json()
                                 .value(QStringLiteral("notifications"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("Demande refusée"));
    QCOMPARE(note.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(note.value(QStringLiteral("body")).toString(),
             QStringLiteral("Votre demande « Rosières / Réservation Cantine pour Enfants / inf 399 » a été refusée. "
                            "Motif : Hors délai"));
}

void TestServerAgents::incompleteThenDocumentThenPending()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, RosieresService);
    const QString id = idOf(sub);
    const QString newDoc = idOf(upload(*citizen.http, IncomeStatement, sampleJpeg(), "image/jpeg"));
    const QJsonObject add { { QStringLiteral("kind"), IncomeStatement }, { QStringLiteral("documentId"), newDoc } };
    // Only an incomplete request takes a document.
    const TestReply early = citizen.http->post(QStringLiteral("/me/subscriptions/%1/documents").arg(id), add);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.code(), QStringLiteral("not_incomplete"));
    QCOMPARE(agent(QStringLiteral("rosieres"))
                 .http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id),
                        decision(QStringLiteral("incomplete"), QStringLiteral("Avis illisible")))
                 .status,
             200);
    const QJsonObject note = citizen.http->get(QStringLiteral("/me/notifications"))
                                 .json()
                                 .value(QStringLiteral("notifications"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("Demande incomplète"));
    QVERIFY(note.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("est incomplète : Avis illisible")));
    // Someone else's document is refused; one's own puts the request back to pending.
    Person other = newCitizen(m_server);
    const QString foreign = idOf(upload(*other.http, IncomeStatement, samplePdf()));
    const TestReply refused = citizen.http->post(
        QStringLiteral("/me/subscriptions/%1/documents").arg(id),
        QJsonObject { { QStringLiteral("kind"), IncomeStatement }, { QStringLiteral("documentId"), foreign } });
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("documentId:not_found") });
    const TestReply pending = citizen.http->post(QStringLiteral("/me/subscriptions/%1/documents").arg(id), add);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(pending.json().value(QStringLiteral("statusReason")).isNull());
    QCOMPARE(pending.json().value(QStringLiteral("documents")).toArray().size(), 3);
    QVERIFY(idsIn(agent(QStringLiteral("rosieres")).http->get(QStringLiteral("/agent/queue")),
                  QStringLiteral("subscriptions"))
                .contains(id));
}

void TestServerAgents::withdrawWhilePending()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, BainsService);
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/subscriptions/") + idOf(sub), {}, {}).status, 204);
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/subscriptions")), QStringLiteral("subscriptions")).isEmpty());
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/subscriptions/") + idOf(sub), {}, {}).status, 404);
    QVERIFY(!idsIn(agent(QStringLiteral("bains")).http->get(QStringLiteral("/agent/queue")),
                   QStringLiteral("subscriptions"))
                 .contains(idOf(sub)));
}

void TestServerAgents::beneficiaryCrud()
{
    Person citizen = newCitizen(m_server);
    const QJsonObject body { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                             { QStringLiteral("firstName"), QStringLiteral("Léa") },
                             { QStringLiteral("birthDate"), QStringLiteral("2018-05-03") },
                             { QStringLiteral("relation"), QStringLiteral("Enfant") },
                             { QStringLiteral("schoolClass"), QStringLiteral("CE1") },
                             { QStringLiteral("pai"), QStringLiteral("Allergie aux arachides") },
                             { QStringLiteral("group"), QStringLiteral("Les Lutins") },
                             { QStringLiteral("client"), QStringLiteral("C-42") } };
    const TestReply created = citizen.http->post(QStringLiteral("/me/beneficiaries"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created.json().value(QStringLiteral("pai")).toString(), QStringLiteral("Allergie aux arachides"));
    QCOMPARE(created.json().value(QStringLiteral("hasPhoto")).toBool(), false);
    const TestReply list = citizen.http->get(QStringLiteral("/me/beneficiaries"));
    QCOMPARE(idsIn(list, QStringLiteral("beneficiaries")), QStringList { idOf(created) });
    QCOMPARE(
        citizen.http->get(QStringLiteral("/me/beneficiaries"), { { "If-None-Match", list.header("ETag") } }).status,
        304);
    const TestReply patched
        = citizen.http->patch(QStringLiteral("/me/beneficiaries/") + idOf(created),
                              QJsonObject { { QStringLiteral("schoolClass"), QStringLiteral("CE2") },
                                            { QStringLiteral("pai"), QJsonValue(QJsonValue::Null) } });
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(QStringLiteral("schoolClass")).toString(), QStringLiteral("CE2"));
    QVERIFY(patched.json().value(QStringLiteral("pai")).isNull());
    QCOMPARE(patched.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Léa"));
    QVERIFY(citizen.http->get(QStringLiteral("/me/beneficiaries"), { { "If-None-Match", list.header("ETag") } }).status
            == 200);
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/beneficiaries/") + idOf(created), {}, {}).status, 204);
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/beneficiaries")), QStringLiteral("beneficiaries")).isEmpty());
}

void TestServerAgents::beneficiaryNames_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::newRow("Élodie") << QStringLiteral("Élodie") << QStringLiteral("Lefèvre");
    QTest::newRow("Ngọc") << QStringLiteral("Ngọc") << QStringLiteral("Nguyễn");
    QTest::newRow("O'Brien") << QStringLiteral("Seán") << QStringLiteral("O'Brien");
    QTest::newRow("100 characters") << QString(100, QChar(0x00E9)) << QStringLiteral("Long");
}

void TestServerAgents::beneficiaryNames()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    if (!m_citizen)
        m_citizen = std::make_unique<Person>(newCitizen(m_server));
    const TestReply r = m_citizen->http->post(
        QStringLiteral("/me/beneficiaries"),
        QJsonObject { { QStringLiteral("firstName"), firstName }, { QStringLiteral("lastName"), lastName } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("firstName")).toString(), firstName);
    QCOMPARE(r.json().value(QStringLiteral("lastName")).toString(), lastName);
}

void TestServerAgents::beneficiaryRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QTest::newRow("future birth date") << QStringLiteral("birthDate") << QJsonValue(tomorrow)
                                       << QStringLiteral("birthDate:in_future");
    QTest::newRow("bad date") << QStringLiteral("birthDate") << QJsonValue(QStringLiteral("2020-02-30"))
                              << QStringLiteral("birthDate:invalid_date");
    QTest::newRow("name too long") << QStringLiteral("firstName") << QJsonValue(QString(101, QLatin1Char('a')))
                                   << QStringLiteral("firstName:too_long");
    QTest::newRow("blank name") << QStringLiteral("lastName") << QJsonValue(QStringLiteral("   "))
                                << QStringLiteral("lastName:required");
    QTest::newRow("name as number") << QStringLiteral("lastName") << QJsonValue(3)
                                    << QStringLiteral("lastName:invalid_type");
    QTest::newRow("unknown relation") << QStringLiteral("relation") << QJsonValue(QStringLiteral("Cousin"))
                                      << QStringLiteral("relation:invalid_choice");
    QTest::newRow("PAI too long") << QStringLiteral("pai") << QJsonValue(QString(2001, QLatin1Char('p')))
                                  << QStringLiteral("pai:too_long");
    QTest::newRow("group too long") << QStringLiteral("group") << QJsonValue(QString(101, QLatin1Char('g')))
                                    << QStringLiteral("group:too_long");
}

void TestServerAgents::beneficiaryRules()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    if (!m_citizen)
        m_citizen = std::make_unique<Person>(newCitizen(m_server));
    QJsonObject body { { QStringLiteral("firstName"), QStringLiteral("Léa") },
                       { QStringLiteral("lastName"), QStringLiteral("Martin") } };
    body.insert(field, value);
    const TestReply r = m_citizen->http->post(QStringLiteral("/me/beneficiaries"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldErrors(r), QStringList { error });
}

void TestServerAgents::beneficiaryPhoto()
{
    Person citizen = newCitizen(m_server);
    const TestReply ben = citizen.http->post(QStringLiteral("/me/beneficiaries"),
                                             QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Jules") },
                                                           { QStringLiteral("lastName"), QStringLiteral("Roux") } });
    const QString photo = QStringLiteral("/me/beneficiaries/%1/photo").arg(idOf(ben));
    QCOMPARE(citizen.http->get(photo).status, 404);
    const TestReply png = citizen.http->send("PUT", photo, samplePng(), "image/png");
    QCOMPARE(png.status, 200);
    QCOMPARE(png.json().value(QStringLiteral("hasPhoto")).toBool(), true);
    const TestReply back = citizen.http->get(photo);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, samplePng());
    QCOMPARE(back.header("Content-Type"), QByteArray("image/png"));
    // A JPEG replaces it; a PDF is not a photo; nor is anything over 2 MiB.
    QCOMPARE(citizen.http->send("PUT", photo, sampleJpeg(), "image/jpeg").status, 200);
    QCOMPARE(citizen.http->get(photo).body, sampleJpeg());
    const TestReply pdf = citizen.http->send("PUT", photo, samplePdf(), "image/png");
    QCOMPARE(pdf.status, 415);
    QCOMPARE(pdf.code(), QStringLiteral("unsupported_media_type"));
    QByteArray big = samplePng();
    big.append(QByteArray(2 * 1024 * 1024 - big.size() + 1, '\0'));
    QCOMPARE(citizen.http->send("PUT", photo, big, "image/png").status, 413);
    QCOMPARE(citizen.http->send("PUT", photo, QByteArray(), "image/png").code(), QStringLiteral("empty_file"));
    QCOMPARE(citizen.http->get(photo).body, sampleJpeg());
}

void TestServerAgents::beneficiaryDecision()
{
    Person citizen = newCitizen(m_server);
    const TestReply ben = citizen.http->post(QStringLiteral("/me/beneficiaries"),
                                             QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Ngọc") },
                                                           { QStringLiteral("lastName"), QStringLiteral("Nguyễn") } });
    const QString path = QStringLiteral("/agent/beneficiaries/%1/decision").arg(idOf(ben));
    Person& rosieres = agent(QStringLiteral("rosieres"));
    // No request in ROSIÈRES yet: not this agent's business.
    QCOMPARE(rosieres.http->post(path, decision("approve")).status, 404);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const TestReply queue = rosieres.http->get(QStringLiteral("/agent/queue"));
    QVERIFY(idsIn(queue, QStringLiteral("beneficiaries")).contains(idOf(ben)));
    QCOMPARE(agent(QStringLiteral("bains")).http->post(path, decision("approve")).status, 404);
    const TestReply approved = rosieres.http->post(path, decision("approve"));
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject note = citizen.http->get(QStringLiteral("/me/notifications"))
                                 .json()
                                 .value(QStringLiteral("notifications"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(note.value(QStringLiteral("subjectType")).toString(), QStringLiteral("beneficiary"));
    QCOMPARE(note.value(QStringLiteral("body")).toString(), QStringLiteral("La fiche de Ngọc Nguyễn a été validée."));
    // Decided: no more changes.
    const TestReply late = citizen.http->patch(QStringLiteral("/me/beneficiaries/") + idOf(ben),
                                               QJsonObject { { QStringLiteral("group"), QStringLiteral("B") } });
    QCOMPARE(late.status, 409);
    QCOMPARE(late.code(), QStringLiteral("not_pending"));
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/beneficiaries/") + idOf(ben), {}, {}).status, 409);
}

QTEST_GUILESS_MAIN(TestServerAgents)
#include "tst_server_agents.moc"
