// What an agent sees of a citizen, against the real server over TLS, on SQLite and PostgreSQL
// (tst_server_audit_pg): every read of a document, photo, PAI, profile or citizen record, at the
// desk or in an assisted session, and every attendance list, is one audit entry; an assisted
// session shows photos and PAI only under the desk's rule (a live request in one of the agent's
// communes); an assisted token dies with the agent's session that opened it (logout, password
// change, idle timeout, absolute lifetime), and lives on through its refresh.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include <QProcess>
#include <QTest>

using namespace support;

namespace {

// The entries of `entries` whose action is `action`, oldest first.
QList<QJsonObject> withAction(const QJsonArray& entries, const QString& action)
{
    QList<QJsonObject> out;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).toObject().value(QStringLiteral("action")).toString() == action)
            out.append(entries.at(i).toObject());
    }
    return out;
}

QString field(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void assistedDocumentDownloadsAreAudited();
    void assistedProfileBeneficiariesAndPhotosAreAudited();
    void deskRecordAndAttendanceListAreAudited();
    void queueReadsAreAudited();
    void assistedSessionFollowsTheDesksRule();
    void assistedTokenEndsWithTheAgentsLogout();
    void assistedTokenEndsWithTheAgentsPasswordChange();
    void assistedTokenEndsWhenTheAgentsSessionIdles();
    void assistedTokenEndsWithTheAgentsSessionLifetime();
    void assistedTokenLivesOnThroughTheAgentsRefresh();

private:
    // A new agent of `commune`, made by the operator's `user add`, activated and signed in.
    void newAgent(const QString& commune, Person* agent);
    QJsonArray audit(const QString& agentId, const QString& citizenId)
    {
        return auditEntries(*m_admin->http, QStringLiteral("agent=%1&citizen=%2").arg(agentId, citizenId));
    }

    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::unique_ptr<Person> m_rosieres;
    std::unique_ptr<Person> m_aiguilhe;
    std::unique_ptr<Person> m_admin;
};

void TestServerAudit::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_rosieres = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("rosieres")));
    m_aiguilhe = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("aiguilhe")));
    m_admin = std::make_unique<Person>(signIn(m_server, AdminEmail, AdminPassword));
    QVERIFY(!m_rosieres->token.isEmpty() && !m_aiguilhe->token.isEmpty() && !m_admin->token.isEmpty());
}

void TestServerAudit::cleanupTestCase()
{
    m_rosieres.reset();
    m_aiguilhe.reset();
    m_admin.reset();
    m_server.stop();
}

void TestServerAudit::newAgent(const QString& commune, Person* agent)
{
    const QString email = uniqueEmail(QStringLiteral("agent"));
    QProcess process;
    process.start(qEnvironmentVariable("CITOYENS_SERVER_BIN"),
                  { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_server.databaseUrl(),
                    QStringLiteral("--mail-drop"), m_server.mailDrop(), QStringLiteral("--role"),
                    QStringLiteral("agent"), QStringLiteral("--commune"), commune, QStringLiteral("--email"), email });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    TestHttp http(m_server);
    QCOMPARE(http.post(QStringLiteral("/auth/activate"),
                       QJsonObject { { QStringLiteral("email"), email },
                                     { QStringLiteral("code"), m_server.latestCode(email) },
                                     { QStringLiteral("password"), StrongPassword } })
                 .status,
             204);
    *agent = signIn(m_server, email, StrongPassword);
    QVERIFY(!agent->token.isEmpty());
}

void TestServerAudit::assistedDocumentDownloadsAreAudited()
{
    // Two requests, four documents, as the issue found them.
    Person citizen = newCitizen(m_server);
    const TestReply rosieres = subscribe(*citizen.http, RosieresService);
    const TestReply bains = subscribe(*citizen.http, BainsService);
    QCOMPARE(rosieres.status, 201);
    QCOMPARE(bains.status, 201);
    QStringList documents;
    for (const TestReply* request : { &rosieres, &bains }) {
        for (const QJsonValue& d : request->json().value(QStringLiteral("documents")).toArray())
            documents.append(d.toObject().value(QStringLiteral("documentId")).toString());
    }
    QCOMPARE(documents.size(), 4);
    TestHttp assisted(m_server);
    openAssisted(m_server, *m_rosieres, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    for (int i = 0; i < documents.size(); ++i) {
        const TestReply file
            = assisted.get(QStringLiteral("/me/documents/") + documents.at(i),
                           { { "X-Request-Id", QByteArray("assisted-document-") + QByteArray::number(i) } });
        QCOMPARE(file.status, 200);
    }
    const QList<QJsonObject> opened = withAction(audit(m_rosieres->id, citizen.id), QStringLiteral("document_opened"));
    QCOMPARE(opened.size(), 4);
    for (int i = 0; i < opened.size(); ++i) {
        QCOMPARE(field(opened.at(i), "actorId"), m_rosieres->id);
        QCOMPARE(field(opened.at(i), "citizenId"), citizen.id);
        QCOMPARE(field(opened.at(i), "subjectId"), documents.at(i));
        QCOMPARE(field(opened.at(i), "requestId"), QStringLiteral("assisted-document-%1").arg(i));
        QVERIFY2(field(opened.at(i), "detail").endsWith(QStringLiteral(", assisted")),
                 qPrintable(field(opened.at(i), "detail")));
    }
    // The citizen's own downloads are not an agent's.
    QCOMPARE(citizen.http->get(QStringLiteral("/me/documents/") + documents.first()).status, 200);
    QCOMPARE(withAction(audit(m_rosieres->id, citizen.id), QStringLiteral("document_opened")).size(), 4);
}

void TestServerAudit::assistedProfileBeneficiariesAndPhotosAreAudited()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString child = childWithPhotoAndPai(*citizen.http);
    QVERIFY(!child.isEmpty());
    TestHttp assisted(m_server);
    openAssisted(m_server, *m_rosieres, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    QCOMPARE(assisted.get(QStringLiteral("/me"), { { "X-Request-Id", "assisted-profile" } }).status, 200);
    // A live request in ROSIÈRES: the ROSIÈRES agent sees the PAI and the photo, audited.
    const TestReply list = assisted.get(QStringLiteral("/me/beneficiaries"), { { "X-Request-Id", "assisted-list" } });
    QCOMPARE(list.status, 200);
    const QJsonObject shown = list.json().value(QStringLiteral("beneficiaries")).toArray().first().toObject();
    QCOMPARE(shown.value(QStringLiteral("pai")).toString(), QStringLiteral("Allergie aux arachides"));
    QVERIFY(shown.value(QStringLiteral("hasPhoto")).toBool());
    const TestReply photo = assisted.get(QStringLiteral("/me/beneficiaries/%1/photo").arg(child),
                                         { { "X-Request-Id", "assisted-photo" } });
    QCOMPARE(photo.status, 200);
    QCOMPARE(photo.body, samplePng());

    const QJsonArray entries = audit(m_rosieres->id, citizen.id);
    const auto one = [&](const QString& action, const QString& requestId, const QString& subject) {
        const QList<QJsonObject> found = withAction(entries, action);
        QCOMPARE(found.size(), 1);
        QCOMPARE(field(found.value(0), "requestId"), requestId);
        QCOMPARE(field(found.value(0), "subjectId"), subject);
        QCOMPARE(field(found.value(0), "citizenId"), citizen.id);
        QVERIFY(field(found.value(0), "detail").contains(QStringLiteral("assisted")));
        // Health data never reaches the audit log.
        QVERIFY(!field(found.value(0), "detail").contains(QStringLiteral("arachides")));
    };
    one(QStringLiteral("profile_opened"), QStringLiteral("assisted-profile"), citizen.id);
    one(QStringLiteral("beneficiaries_opened"), QStringLiteral("assisted-list"), citizen.id);
    one(QStringLiteral("photo_opened"), QStringLiteral("assisted-photo"), child);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(field(withAction(entries, QStringLiteral("beneficiaries_opened")).value(0), "detail")
                .startsWith(QStringLiteral("photo and PAI")));
}

void TestServerAudit::deskRecordAndAttendanceListAreAudited()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    QVERIFY(!childWithPhotoAndPai(*citizen.http).isEmpty());
    const TestReply record
        = m_rosieres->http->get(QStringLiteral("/agent/citizens/") + citizen.id, { { "X-Request-Id", "desk-record" } });
    QCOMPARE(record.status, 200);
    QVERIFY(record.json().value(QStringLiteral("photoAndPaiVisible")).toBool());
    const QList<QJsonObject> opened
        = withAction(audit(m_rosieres->id, citizen.id), QStringLiteral("citizen_record_opened"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(field(opened.first(), "subjectId"), citizen.id);
    QCOMPARE(field(opened.first(), "requestId"), QStringLiteral("desk-record"));
    QCOMPARE(field(opened.first(), "detail"), QStringLiteral("photo and PAI"));
    // A record the desk may not see is not opened, nor audited.
    QCOMPARE(m_aiguilhe->http->get(QStringLiteral("/agent/citizens/") + citizen.id).status, 404);
    QVERIFY(audit(m_aiguilhe->id, citizen.id).isEmpty());

    // The attendance list: one entry per list read, naming its service, item and day.
    Person allegre = demoAgent(m_server, QStringLiteral("allegre"));
    const QString path = QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04").arg(AllegreChildren);
    QCOMPARE(allegre.http->get(path, { { "X-Request-Id", "attendance-list-1" } }).status, 200);
    QCOMPARE(allegre.http->get(path, { { "X-Request-Id", "attendance-list-2" } }).status, 200);
    const QList<QJsonObject> lists = withAction(auditEntries(*m_admin->http, QStringLiteral("agent=") + allegre.id),
                                                QStringLiteral("attendance_list_opened"));
    QCOMPARE(lists.size(), 2);
    QCOMPARE(field(lists.last(), "requestId"), QStringLiteral("attendance-list-2"));
    QCOMPARE(field(lists.last(), "subjectId"), AllegreChildren);
    QVERIFY(lists.last().value(QStringLiteral("citizenId")).isNull());
    const QString detail = field(lists.last(), "detail");
    QVERIFY2(detail.contains(QStringLiteral("repas-enfant")) && detail.endsWith(QStringLiteral("2026-05-04")),
             qPrintable(detail));
}

void TestServerAudit::queueReadsAreAudited()
{
    // The queue shows the children to decide with their PAI: one entry per list answered.
    Person agent; // an agent of its own: its entries are the ones of this test
    newAgent(QStringLiteral("ROSIÈRES"), &agent);
    QVERIFY(!agent.token.isEmpty());
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString child = childWithPhotoAndPai(*citizen.http);
    QVERIFY(!child.isEmpty());
    const TestReply first = agent.http->get(QStringLiteral("/agent/queue"), { { "X-Request-Id", "queue-read" } });
    QCOMPARE(first.status, 200);
    QVERIFY(idsIn(first, QStringLiteral("beneficiaries")).contains(child));
    // The client's poll of an unchanged queue (304) shows nothing new and writes nothing.
    QCOMPARE(agent.http->get(QStringLiteral("/agent/queue"), { { "If-None-Match", first.header("ETag") } }).status,
             304);
    const QList<QJsonObject> reads
        = withAction(auditEntries(*m_admin->http, QStringLiteral("agent=") + agent.id), QStringLiteral("queue_opened"));
    QCOMPARE(reads.size(), 1);
    QCOMPARE(field(reads.first(), "requestId"), QStringLiteral("queue-read"));
    QVERIFY(reads.first().value(QStringLiteral("citizenId")).isNull());
    const QString detail = field(reads.first(), "detail");
    QVERIFY2(detail.endsWith(QStringLiteral("with PAI")) && !detail.startsWith(QStringLiteral("0 requests")),
             qPrintable(detail));
    // A citizen cannot read the queue, and leaves no such entry.
    QCOMPARE(citizen.http->get(QStringLiteral("/agent/queue")).status, 403);
}

void TestServerAudit::assistedSessionFollowsTheDesksRule()
{
    // A ROSIÈRES family; AIGUILHE's agent assists it with its consent, but has no live request
    // of it: the children's photo and PAI are not shown, as AIGUILHE's desk would not show them.
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString child = childWithPhotoAndPai(*citizen.http);
    QVERIFY(!child.isEmpty());
    TestHttp assisted(m_server);
    openAssisted(m_server, *m_aiguilhe, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const TestReply list = assisted.get(QStringLiteral("/me/beneficiaries"));
    QCOMPARE(list.status, 200);
    const QJsonObject shown = list.json().value(QStringLiteral("beneficiaries")).toArray().first().toObject();
    QCOMPARE(shown.value(QStringLiteral("firstName")).toString(), QStringLiteral("Léa"));
    QVERIFY(!shown.contains(QStringLiteral("pai")));
    QVERIFY(!shown.value(QStringLiteral("hasPhoto")).toBool());
    const QString photo = QStringLiteral("/me/beneficiaries/%1/photo").arg(child);
    QCOMPARE(assisted.get(photo).status, 404);
    // Saving the child as the session sees it (no PAI) does not erase the PAI it was not shown.
    const TestReply patched = assisted.patch(QStringLiteral("/me/beneficiaries/") + child,
                                             QJsonObject { { QStringLiteral("pai"), QJsonValue() },
                                                           { QStringLiteral("schoolClass"), QStringLiteral("CP") } });
    QCOMPARE(patched.status, 200);
    QVERIFY(!patched.json().contains(QStringLiteral("pai")));
    const QJsonObject own = citizen.http->get(QStringLiteral("/me/beneficiaries"))
                                .json()
                                .value(QStringLiteral("beneficiaries"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(own.value(QStringLiteral("pai")).toString(), QStringLiteral("Allergie aux arachides"));
    QCOMPARE(own.value(QStringLiteral("schoolClass")).toString(), QStringLiteral("CP"));
    QCOMPARE(citizen.http->get(photo).status, 200); // the owner, always
    // The list read is audited, saying that it showed neither; the refused photo is not an opening.
    const QJsonArray entries = audit(m_aiguilhe->id, citizen.id);
    const QList<QJsonObject> lists = withAction(entries, QStringLiteral("beneficiaries_opened"));
    QCOMPARE(lists.size(), 1);
    QCOMPARE(field(lists.first(), "detail"), QStringLiteral("no photo, no PAI, assisted"));
    QVERIFY(withAction(entries, QStringLiteral("photo_opened")).isEmpty());
}

void TestServerAudit::assistedTokenEndsWithTheAgentsLogout()
{
    Person agent = demoAgent(m_server, QStringLiteral("rosieres")); // a session of its own
    Person citizen = newCitizen(m_server);
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const QJsonObject child { { QStringLiteral("firstName"), QStringLiteral("Aidé") },
                              { QStringLiteral("lastName"), QStringLiteral("Testeuse") } };
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 200);
    QCOMPARE(assisted.post(QStringLiteral("/me/beneficiaries"), child).status, 201);
    QCOMPARE(agent.http->post(QStringLiteral("/auth/logout"), QJsonObject {}).status, 204);
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 401);
    QCOMPARE(assisted.post(QStringLiteral("/me/beneficiaries"), child).status, 401);
    QCOMPARE(citizen.http->get(QStringLiteral("/me")).status, 200); // the citizen's own session lives on
    // Ended once, by the agent's logout; the desk's own logout of the token, arriving after, is
    // refused and traces nothing more.
    QCOMPARE(assisted.post(QStringLiteral("/auth/logout"), QJsonObject {}).status, 401);
    const QList<QJsonObject> ended = withAction(audit(agent.id, citizen.id), QStringLiteral("assist_ended"));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(field(ended.first(), "detail"), QStringLiteral("agent signed out"));
}

void TestServerAudit::assistedTokenEndsWithTheAgentsPasswordChange()
{
    Person agent;
    newAgent(QStringLiteral("ROSIÈRES"), &agent);
    QVERIFY(!agent.token.isEmpty());
    Person citizen = newCitizen(m_server);
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 200);
    QCOMPARE(agent.http
                 ->post(QStringLiteral("/me/password"),
                        QJsonObject { { QStringLiteral("currentPassword"), StrongPassword },
                                      { QStringLiteral("newPassword"), QStringLiteral("Autre-Guichet-2026!") } })
                 .status,
             204);
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 401);
    QCOMPARE(assisted
                 .post(QStringLiteral("/me/beneficiaries"),
                       QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Aidé") },
                                     { QStringLiteral("lastName"), QStringLiteral("Testeuse") } })
                 .status,
             401);
    QCOMPARE(agent.http->get(QStringLiteral("/me")).status, 200); // the session that changed it is kept
}

void TestServerAudit::assistedTokenEndsWhenTheAgentsSessionIdles()
{
    Person agent; // an agent of its own: its one session is the one that opens the assisted one
    newAgent(QStringLiteral("ROSIÈRES"), &agent);
    QVERIFY(!agent.token.isEmpty());
    Person citizen = newCitizen(m_server);
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 200);
    // The agent's session alone goes quiet past the two-hour idle timeout; the assisted one was
    // just used.
    const auto db = openServerDatabase(m_server);
    QVERIFY(db);
    citoyens::server::Database::run(db->connection(),
                                    QStringLiteral("UPDATE sessions SET last_seen_at = last_seen_at - ? "
                                                   "WHERE account_id = ?"),
                                    { qint64(2 * 3600 * 1000 + 60 * 1000), agent.id });
    const TestReply late = assisted.get(QStringLiteral("/me"));
    QCOMPARE(late.status, 401);
    QCOMPARE(late.code(), QStringLiteral("session_expired"));
    QCOMPARE(agent.http->get(QStringLiteral("/me")).code(), QStringLiteral("session_expired"));
}

void TestServerAudit::assistedTokenEndsWithTheAgentsSessionLifetime()
{
    Person agent = demoAgent(m_server, QStringLiteral("rosieres"));
    Person citizen = newCitizen(m_server);
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 200);
    // The agent's session reaches its absolute lifetime (12 hours) while the assisted one,
    // opened later, still has minutes to go.
    const auto db = openServerDatabase(m_server);
    QVERIFY(db);
    citoyens::server::Database::run(db->connection(),
                                    QStringLiteral("UPDATE sessions SET access_expires_at = ? WHERE id = "
                                                   "(SELECT opened_by FROM sessions WHERE account_id = ? AND "
                                                   "assisted_by IS NOT NULL)"),
                                    { QDateTime::currentMSecsSinceEpoch() - 1000, citizen.id });
    const TestReply late = assisted.get(QStringLiteral("/me"));
    QCOMPARE(late.status, 401);
    QCOMPARE(late.code(), QStringLiteral("session_expired"));
    QCOMPARE(agent.http->get(QStringLiteral("/me")).code(), QStringLiteral("session_expired"));
}

void TestServerAudit::assistedTokenLivesOnThroughTheAgentsRefresh()
{
    // An agent who chose « Se souvenir de moi » refreshes their token: the same session goes on,
    // and so does the assisted one, until that session ends.
    Person agent { std::make_unique<TestHttp>(m_server), {}, QStringLiteral("agent.rosieres@example.org"), {} };
    const TestReply signedIn = agent.http->post(
        QStringLiteral("/auth/login"), credentials(agent.email, QStringLiteral("Guichet-Rosieres-2026"), true));
    QCOMPARE(signedIn.status, 200);
    agent.token = accessToken(signedIn);
    agent.http->setBearer(agent.token);
    Person citizen = newCitizen(m_server);
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const TestReply refreshed = agent.http->post(
        QStringLiteral("/auth/refresh"),
        QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken(signedIn)) } });
    QCOMPARE(refreshed.status, 200);
    agent.http->setBearer(accessToken(refreshed));
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 200);
    QCOMPARE(agent.http->post(QStringLiteral("/auth/logout"), QJsonObject {}).status, 204);
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 401);
}

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
