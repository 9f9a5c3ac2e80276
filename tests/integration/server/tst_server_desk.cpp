// The desk agents' side end to end against the real citoyens-server: roles and communes,
// what the queue shows, beneficiaries decided per commune under the live-request rule,
// concurrent decisions, the audit log and the lock delay. Runs on SQLite, and on PostgreSQL
// as tst_server_desk_pg.

#include "DeskTestSupport.h"

#include <QTest>

using namespace support;

class TestServerDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rolesKeepToTheirRoutes();
    void agentsSeeOnlyTheirCommune();
    void queueShowsWhatADecisionNeeds();
    void incompleteNamesTheDocument();
    void decidedRequestsStayDecided();
    void decisionReplayedByItsKey();
    void concurrentDecisionsHaveOneWinner();
    void beneficiaryIsDecidedPerCommune();
    void rejectedRequestHidesPhotoAndPai();
    void auditIsForAdministratorsOnly();
    void lockDelayIsSetByTheAdministrator();

private:
    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::unique_ptr<Person> m_rosieres;
    std::unique_ptr<Person> m_aiguilhe;
    std::unique_ptr<Person> m_bains;
    std::unique_ptr<Person> m_admin;
};

void TestServerDesk::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_rosieres = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("rosieres")));
    m_aiguilhe = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("aiguilhe")));
    m_bains = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("bains")));
    m_admin = std::make_unique<Person>(signIn(m_server, AdminEmail, AdminPassword));
    QVERIFY(!m_rosieres->token.isEmpty() && !m_aiguilhe->token.isEmpty() && !m_admin->token.isEmpty());
}

void TestServerDesk::cleanupTestCase()
{
    m_rosieres.reset();
    m_aiguilhe.reset();
    m_bains.reset();
    m_admin.reset();
    m_server.stop();
}

void TestServerDesk::rolesKeepToTheirRoutes()
{
    Person citizen = newCitizen(m_server);
    for (const QString& path : { QStringLiteral("/agent/queue"), QStringLiteral("/agent/citizens?q=Dupont"),
                                 QStringLiteral("/agent/settings") }) {
        const TestReply r = citizen.http->get(path);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("forbidden"));
    }
    QCOMPARE(citizen.http->post(QStringLiteral("/agent/citizens"), QJsonObject {}).status, 403);
    for (Person* p : { &citizen, m_rosieres.get() }) {
        const TestReply audit = p->http->get(QStringLiteral("/admin/audit"));
        QCOMPARE(audit.status, 403);
        QCOMPARE(audit.code(), QStringLiteral("administrators_only"));
        QCOMPARE(p->http->send("PUT", QStringLiteral("/admin/settings"), R"({"lockAfterSeconds":600})").status, 403);
    }
    // An administrator is not an agent either.
    QCOMPARE(m_admin->http->get(QStringLiteral("/agent/queue")).status, 403);
    QCOMPARE(m_admin->http->get(QStringLiteral("/me")).json().value(QStringLiteral("role")).toString(),
             QStringLiteral("administrator"));
    TestHttp anonymous(m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/admin/audit")).status, 401);
}

void TestServerDesk::agentsSeeOnlyTheirCommune()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, RosieresService);
    QCOMPARE(sub.status, 201);
    const QString id = idOf(sub);
    const QString documentId = firstDocumentId(sub);
    QVERIFY(
        !idsIn(m_aiguilhe->http->get(QStringLiteral("/agent/queue")), QStringLiteral("subscriptions")).contains(id));
    // Another commune's items are "not found", as if they did not exist.
    const TestReply decide
        = m_aiguilhe->http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id), decision("approve"));
    QCOMPARE(decide.status, 404);
    QCOMPARE(m_aiguilhe->http->get(QStringLiteral("/agent/citizens/") + citizen.id).status, 404);
    QCOMPARE(m_aiguilhe->http->get(QStringLiteral("/me/documents/") + documentId).status, 404);
    QVERIFY(m_aiguilhe->http->get(QStringLiteral("/agent/citizens?q=Testeuse"))
                .json()
                .value(QStringLiteral("citizens"))
                .toArray()
                .isEmpty());
    QCOMPARE(m_rosieres->http->get(QStringLiteral("/agent/citizens/") + citizen.id).status, 200);
    // Still pending: the AIGUILHE attempt changed nothing.
    QCOMPARE(citizen.http->get(QStringLiteral("/me/subscriptions"))
                 .json()
                 .value(QStringLiteral("subscriptions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
}

void TestServerDesk::queueShowsWhatADecisionNeeds()
{
    Person citizen = newCitizen(m_server);
    const TestReply sub = subscribe(*citizen.http, RosieresService, 11750, 5);
    QCOMPARE(sub.status, 201);
    QJsonObject item;
    for (const QJsonValue& v : m_rosieres->http->get(QStringLiteral("/agent/queue"))
                                   .json()
                                   .value(QStringLiteral("subscriptions"))
                                   .toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == idOf(sub))
            item = v.toObject();
    }
    QVERIFY(!item.isEmpty());
    QCOMPARE(item.value(QStringLiteral("communeName")).toString(), QStringLiteral("ROSIÈRES"));
    QVERIFY(!item.value(QStringLiteral("serviceName")).toString().isEmpty());
    const QJsonObject who = item.value(QStringLiteral("citizen")).toObject();
    QCOMPARE(who.value(QStringLiteral("id")).toString(), citizen.id);
    QCOMPARE(who.value(QStringLiteral("lastName")).toString(), QStringLiteral("Testeuse"));
    QCOMPARE(who.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-04-12"));
    QCOMPARE(item.value(QStringLiteral("fiscalIncomeEuros")).toInt(), 11750);
    QCOMPARE(item.value(QStringLiteral("fiscalPartsHalves")).toInt(), 5);
    QCOMPARE(item.value(QStringLiteral("quotient")).toInt(), 391); // 11750 / 12 / 2.5, rounded down
    QCOMPARE(item.value(QStringLiteral("bracketLabel")).toString(), QStringLiteral("inf 399"));
    const QJsonArray documents = item.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject doc = documents.first().toObject();
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), ProofOfAddress);
    const QString href = doc.value(QStringLiteral("href")).toString();
    QVERIFY2(href.startsWith(QStringLiteral("/api/v1/me/documents/")), qPrintable(href));
    // The agent downloads it, and that is audited.
    const TestReply file
        = m_rosieres->http->get(href.mid(int(qstrlen("/api/v1"))), { { "X-Request-Id", "desk-open-document-1" } });
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, samplePdf());
    const QJsonArray entries = auditEntries(*m_admin->http, QStringLiteral("citizen=") + citizen.id);
    QCOMPARE(actionsIn(entries), QStringList { QStringLiteral("document_opened") });
    const QJsonObject opened = entries.first().toObject();
    QCOMPARE(opened.value(QStringLiteral("actorId")).toString(), m_rosieres->id);
    QCOMPARE(opened.value(QStringLiteral("subjectId")).toString(), doc.value(QStringLiteral("documentId")).toString());
    QCOMPARE(opened.value(QStringLiteral("requestId")).toString(), QStringLiteral("desk-open-document-1"));
    // The owner's own download is not an agent's action.
    QCOMPARE(citizen.http->get(href.mid(int(qstrlen("/api/v1")))).status, 200);
    QCOMPARE(auditEntries(*m_admin->http, QStringLiteral("citizen=") + citizen.id).size(), 1);
}

void TestServerDesk::incompleteNamesTheDocument()
{
    Person citizen = newCitizen(m_server);
    const QString id = idOf(subscribe(*citizen.http, RosieresService));
    const QString path = QStringLiteral("/agent/subscriptions/%1/decision").arg(id);
    QJsonObject body = decision(QStringLiteral("incomplete"), QStringLiteral("Avis illisible"));
    body.insert(QStringLiteral("documentKind"), QStringLiteral("passport"));
    QCOMPARE(fieldErrors(m_rosieres->http->post(path, body)), QStringList { "documentKind:invalid_choice" });
    body.insert(QStringLiteral("documentKind"), IncomeStatement);
    const TestReply r = m_rosieres->http->post(path, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(r.json().value(QStringLiteral("missingDocumentKind")).toString(), IncomeStatement);
    const QJsonObject mine = citizen.http->get(QStringLiteral("/me/subscriptions"))
                                 .json()
                                 .value(QStringLiteral("subscriptions"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(mine.value(QStringLiteral("missingDocumentKind")).toString(), IncomeStatement);
    QCOMPARE(mine.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Avis illisible"));
}

void TestServerDesk::decidedRequestsStayDecided()
{
    Person citizen = newCitizen(m_server);
    const QString path
        = QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(subscribe(*citizen.http, RosieresService)));
    QCOMPARE(m_rosieres->http->post(path, decision("approve")).status, 200);
    for (const QString& what : { QStringLiteral("reject"), QStringLiteral("incomplete"), QStringLiteral("approve") }) {
        const TestReply again = m_rosieres->http->post(path, decision(what, QStringLiteral("Motif")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("already_decided"));
    }
}

void TestServerDesk::decisionReplayedByItsKey()
{
    // A decision whose answer was lost, sent again with its Idempotency-Key: the first answer,
    // one decision, one audit entry. Another body with that key is refused; another key is a
    // new decision, refused as already taken.
    Person citizen = newCitizen(m_server);
    const QString id = idOf(subscribe(*citizen.http, RosieresService));
    const QString path = QStringLiteral("/agent/subscriptions/%1/decision").arg(id);
    const QJsonObject body = decision("reject", QStringLiteral("Pièce illisible"));
    const TestHttp::Headers key { { "Idempotency-Key", "decision-replay-1" } };
    const TestReply first = m_rosieres->http->post(path, body, key);
    QCOMPARE(first.status, 200);
    const TestReply again = m_rosieres->http->post(path, body, key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(m_rosieres->http->post(path, decision("approve"), key).status, 422);
    const TestReply otherKey = m_rosieres->http->post(path, body, { { "Idempotency-Key", "decision-replay-2" } });
    QCOMPARE(otherKey.status, 409);
    QCOMPARE(otherKey.code(), QStringLiteral("already_decided"));
    int decisions = 0;
    for (const QJsonValue& e : auditEntries(*m_admin->http, QStringLiteral("citizen=") + citizen.id))
        decisions += e.toObject().value(QStringLiteral("subjectId")).toString() == id ? 1 : 0;
    QCOMPARE(decisions, 1);
    // The same key for another request is refused (it would have answered with the first
    // request's decision and decided nothing), and decides nothing.
    const QString second = idOf(subscribe(*citizen.http, RosieresService));
    const TestReply reused
        = m_rosieres->http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(second), body, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(m_rosieres->http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(second), body).status, 200);
}

void TestServerDesk::concurrentDecisionsHaveOneWinner()
{
    // Two sessions of ROSIÈRES agents, each on two connections: four decisions at once.
    const QByteArray other = demoAgent(m_server, QStringLiteral("rosieres")).token;
    const QList<QByteArray> bearers { m_rosieres->token, other, m_rosieres->token, other };
    Person citizen = newCitizen(m_server);
    constexpr int Rounds = 12;
    int conflicts = 0;
    for (int round = 0; round < Rounds; ++round) {
        const TestReply sub = subscribe(*citizen.http, RosieresService);
        QCOMPARE(sub.status, 201);
        const QString path = QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(sub));
        const QJsonObject body = round % 2 ? decision("approve") : decision("reject", QStringLiteral("Doublon"));
        const QList<int> statuses = concurrentPosts(m_server, path, body, bearers);
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), statuses.size() - 1);
        conflicts += int(statuses.count(409));
        // Exactly one decision was recorded.
        int decisions = 0;
        for (const QJsonValue& e : auditEntries(*m_admin->http, QStringLiteral("citizen=") + citizen.id))
            decisions += e.toObject().value(QStringLiteral("subjectId")).toString() == idOf(sub) ? 1 : 0;
        QCOMPARE(decisions, 1);
    }
    QCOMPARE(conflicts, Rounds * 3);
    // And one notification per request.
    QCOMPARE(citizen.http->get(QStringLiteral("/me/notifications"))
                 .json()
                 .value(QStringLiteral("notifications"))
                 .toArray()
                 .size(),
             Rounds);
}

void TestServerDesk::beneficiaryIsDecidedPerCommune()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    QCOMPARE(subscribe(*citizen.http, BainsService).status, 201);
    const TestReply ben
        = citizen.http->post(QStringLiteral("/me/beneficiaries"),
                             QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                           { QStringLiteral("lastName"), QStringLiteral("Testeuse") },
                                           { QStringLiteral("pai"), QStringLiteral("Allergie aux arachides") } });
    QCOMPARE(ben.status, 201);
    const QString path = QStringLiteral("/agent/beneficiaries/%1/decision").arg(idOf(ben));
    const auto inQueue = [&](Person& agent) {
        for (const QJsonValue& v :
             agent.http->get(QStringLiteral("/agent/queue")).json().value(QStringLiteral("beneficiaries")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == idOf(ben))
                return v.toObject();
        }
        return QJsonObject {};
    };
    const QJsonObject seen = inQueue(*m_rosieres);
    QCOMPARE(seen.value(QStringLiteral("pai")).toString(), QStringLiteral("Allergie aux arachides"));
    QCOMPARE(seen.value(QStringLiteral("communeId")).toString(), QStringLiteral("rosieres"));
    QCOMPARE(m_aiguilhe->http->post(path, decision("approve")).status, 404);
    QCOMPARE(m_rosieres->http->post(path, decision("approve")).status, 200);
    QCOMPARE(m_rosieres->http->post(path, decision("reject", QStringLiteral("Non"))).code(),
             QStringLiteral("already_decided"));
    // ROSIÈRES decided for ROSIÈRES only: BAINS still has it to decide.
    QVERIFY(inQueue(*m_rosieres).isEmpty());
    QCOMPARE(inQueue(*m_bains).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const TestReply bains = m_bains->http->post(path, decision("reject", QStringLiteral("Pièce manquante")));
    QCOMPARE(bains.status, 200);
    QCOMPARE(bains.json().value(QStringLiteral("communeId")).toString(), QStringLiteral("bains"));
}

void TestServerDesk::rejectedRequestHidesPhotoAndPai()
{
    Person citizen = newCitizen(m_server);
    const QString sub = idOf(subscribe(*citizen.http, RosieresService));
    const TestReply ben = citizen.http->post(QStringLiteral("/me/beneficiaries"),
                                             QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Tom") },
                                                           { QStringLiteral("lastName"), QStringLiteral("Testeuse") },
                                                           { QStringLiteral("pai"), QStringLiteral("Asthme") } });
    const QString photo = QStringLiteral("/me/beneficiaries/%1/photo").arg(idOf(ben));
    QCOMPARE(citizen.http->send("PUT", photo, samplePng(), "image/png").status, 200);
    // While the request is live the agent sees photo and PAI (the photo look is audited).
    QCOMPARE(m_rosieres->http->get(photo).status, 200);
    QVERIFY(actionsIn(auditEntries(*m_admin->http, QStringLiteral("citizen=") + citizen.id))
                .contains(QStringLiteral("photo_opened")));
    QVERIFY(m_rosieres->http->get(QStringLiteral("/agent/citizens/") + citizen.id)
                .json()
                .value(QStringLiteral("photoAndPaiVisible"))
                .toBool());
    QCOMPARE(m_rosieres->http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(sub), decision("reject", "Hors délai"))
                 .status,
             200);
    // Rejected: nothing live any more in ROSIÈRES.
    QCOMPARE(m_rosieres->http->get(photo).status, 404);
    QCOMPARE(
        m_rosieres->http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(idOf(ben)), decision("approve"))
            .status,
        404);
    const QJsonObject record = m_rosieres->http->get(QStringLiteral("/agent/citizens/") + citizen.id).json();
    QVERIFY(!record.value(QStringLiteral("photoAndPaiVisible")).toBool());
    const QJsonObject b = record.value(QStringLiteral("beneficiaries")).toArray().first().toObject();
    QCOMPARE(b.value(QStringLiteral("firstName")).toString(), QStringLiteral("Tom"));
    QVERIFY(!b.contains(QStringLiteral("pai")));
    QVERIFY(b.value(QStringLiteral("photoHref")).isNull());
    QCOMPARE(citizen.http->get(photo).status, 200); // the owner, always
}

void TestServerDesk::auditIsForAdministratorsOnly()
{
    Person citizen = newCitizen(m_server);
    const QString sub = idOf(subscribe(*citizen.http, RosieresService));
    const TestReply decided = m_rosieres->http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(sub),
                                                     decision("approve"), { { "X-Request-Id", "desk-decision-42" } });
    QCOMPARE(decided.status, 200);
    const QJsonArray mine
        = auditEntries(*m_admin->http, QStringLiteral("agent=%1&citizen=%2").arg(m_rosieres->id, citizen.id));
    QCOMPARE(mine.size(), 1);
    const QJsonObject e = mine.first().toObject();
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("decision"));
    QCOMPARE(e.value(QStringLiteral("detail")).toString(), QStringLiteral("approve"));
    QCOMPARE(e.value(QStringLiteral("subjectId")).toString(), sub);
    QCOMPARE(e.value(QStringLiteral("requestId")).toString(), QStringLiteral("desk-decision-42"));
    const QDateTime at = QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    // Newest first, and the period filters.
    const QJsonArray all = auditEntries(*m_admin->http, QStringLiteral("limit=500"));
    QVERIFY(all.size() >= 2);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).toObject().value(QStringLiteral("at")).toString()
                >= all.at(i).toObject().value(QStringLiteral("at")).toString());
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QVERIFY(auditEntries(*m_admin->http, QStringLiteral("from=") + tomorrow).isEmpty());
    QCOMPARE(
        auditEntries(*m_admin->http,
                     QStringLiteral("citizen=%1&to=%2").arg(citizen.id, QDate::currentDate().toString(Qt::ISODate)))
            .size(),
        1);
    QCOMPARE(fieldErrors(m_admin->http->get(QStringLiteral("/admin/audit?from=yesterday"))),
             QStringList { "from:invalid_date" });
    // Nobody changes it: there is no route that writes it.
    QCOMPARE(m_admin->http->send("DELETE", QStringLiteral("/admin/audit"), {}, {}).status, 405);
}

void TestServerDesk::lockDelayIsSetByTheAdministrator()
{
    QCOMPARE(m_rosieres->http->get(QStringLiteral("/agent/settings"))
                 .json()
                 .value(QStringLiteral("lockAfterSeconds"))
                 .toInt(),
             300);
    QCOMPARE(fieldErrors(m_admin->http->send("PUT", QStringLiteral("/admin/settings"), R"({"lockAfterSeconds":10})")),
             QStringList { "lockAfterSeconds:too_short" });
    QCOMPARE(fieldErrors(m_admin->http->send("PUT", QStringLiteral("/admin/settings"), R"({"lockAfterSeconds":"x"})")),
             QStringList { "lockAfterSeconds:invalid_type" });
    const TestReply set = m_admin->http->send("PUT", QStringLiteral("/admin/settings"), R"({"lockAfterSeconds":120})");
    QCOMPARE(set.status, 200);
    QCOMPARE(m_rosieres->http->get(QStringLiteral("/agent/settings"))
                 .json()
                 .value(QStringLiteral("lockAfterSeconds"))
                 .toInt(),
             120);
    const QJsonArray entries = auditEntries(*m_admin->http, QStringLiteral("agent=") + m_admin->id);
    QCOMPARE(actionsIn(entries).first(), QStringLiteral("settings_changed"));
    QCOMPARE(entries.first().toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("lockAfterSeconds 300 -> 120"));
    QCOMPARE(m_admin->http->send("PUT", QStringLiteral("/admin/settings"), R"({"lockAfterSeconds":300})").status, 200);
}

QTEST_GUILESS_MAIN(TestServerDesk)
#include "tst_server_desk.moc"
