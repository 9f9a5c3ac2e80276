// Walk-in citizens at the desk, end to end against the real citoyens-server: accounts created
// by an agent and activated by their owner with a single-use, expiring code; the search;
// assisted sessions opened with the citizen's consent code, acting as the citizen, audited
// change by change; `user add` mailing its code. Runs on SQLite, and on PostgreSQL as
// tst_server_walkin_pg.

#include "DeskTestSupport.h"

#include <QProcess>
#include <QTest>

using namespace support;

class TestServerWalkin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sheetCodeActivatesOnce();
    void mailedCodeActivates();
    void activationCodesExpire();
    void activationTellsNothingAboutAddresses();
    void creationIsChecked();
    void searchFindsTheCommunesCitizens();
    void assistNeedsTheCitizensCode();
    void assistCodesExpireAndResistGuessing();
    void assistedSessionActsAsTheCitizen();
    void consentMakesTheCitizenKnown();
    void freshDeskAccountOpensWithoutCode();
    void userAddMailsAnActivationCode();
    void creationsAreThrottledPerAgent(); // last: it leaves the AIGUILHE agent throttled

private:
    TestReply createCitizen(Person& agent, const QString& email, const QString& delivery);

    // A throttle's first block lasts an hour, not a second: on a loaded machine a request sent
    // more than a second after the wall would pass it, and the counts would depend on speed.
    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--throttle-base"), QStringLiteral("1h") } };
    std::unique_ptr<Person> m_rosieres;
    std::unique_ptr<Person> m_aiguilhe;
    std::unique_ptr<Person> m_admin;
};

void TestServerWalkin::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_rosieres = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("rosieres")));
    m_aiguilhe = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("aiguilhe")));
    m_admin = std::make_unique<Person>(signIn(m_server, AdminEmail, AdminPassword));
}

void TestServerWalkin::cleanupTestCase()
{
    m_rosieres.reset();
    m_aiguilhe.reset();
    m_admin.reset();
    m_server.stop();
}

TestReply TestServerWalkin::createCitizen(Person& agent, const QString& email, const QString& delivery)
{
    return agent.http->post(QStringLiteral("/agent/citizens"),
                            QJsonObject { { QStringLiteral("email"), email },
                                          { QStringLiteral("civility"), QStringLiteral("M") },
                                          { QStringLiteral("firstName"), QStringLiteral("Gaspard") },
                                          { QStringLiteral("lastName"), QStringLiteral("Guichetier") },
                                          { QStringLiteral("birthDate"), QStringLiteral("1951-02-03") },
                                          { QStringLiteral("delivery"), delivery } });
}

static QJsonObject activation(const QString& email, const QString& code, const QString& password = StrongPassword)
{
    return { { QStringLiteral("email"), email },
             { QStringLiteral("code"), code },
             { QStringLiteral("password"), password } };
}

void TestServerWalkin::sheetCodeActivatesOnce()
{
    const QString email = uniqueEmail(QStringLiteral("guichet"));
    const TestReply created = createCitizen(*m_rosieres, email, QStringLiteral("sheet"));
    QCOMPARE(created.status, 201);
    const QString code = created.json().value(QStringLiteral("activationCode")).toString();
    QCOMPARE(code.size(), 6);
    const QDateTime expires
        = QDateTime::fromString(created.json().value(QStringLiteral("activationExpiresAt")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 48 * 3600) < 120);
    QVERIFY(m_server.mailsTo(email).isEmpty()); // on the sheet, not by mail
    TestHttp http(m_server);
    // No password yet: nobody signs in.
    QCOMPARE(http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 401);
    const TestReply weak
        = http.post(QStringLiteral("/auth/activate"), activation(email, code, QStringLiteral("court")));
    QCOMPARE(weak.status, 422);
    QCOMPARE(weak.code(), QStringLiteral("password_too_weak"));
    QCOMPARE(http.post(QStringLiteral("/auth/activate"), activation(email, code)).status, 204);
    const TestReply again = http.post(QStringLiteral("/auth/activate"), activation(email, code, "Autre-Mot-2026!"));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), QStringLiteral("invalid_code"));
    const TestReply login = http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
             idOf(created));
    QCOMPARE(actionsIn(auditEntries(*m_admin->http, QStringLiteral("citizen=") + idOf(created))),
             QStringList { QStringLiteral("account_created") });
}

void TestServerWalkin::mailedCodeActivates()
{
    const QString email = uniqueEmail(QStringLiteral("guichet"));
    const TestReply created = createCitizen(*m_rosieres, email, QStringLiteral("mail"));
    QCOMPARE(created.status, 201);
    QVERIFY(created.json().value(QStringLiteral("activationCode")).isNull());
    QTRY_VERIFY(!m_server.latestCode(email).isEmpty());
    TestHttp http(m_server);
    QCOMPARE(http.post(QStringLiteral("/auth/activate"), activation(email, m_server.latestCode(email))).status, 204);
    QCOMPARE(http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 200);
}

void TestServerWalkin::activationCodesExpire()
{
    const QString email = uniqueEmail(QStringLiteral("guichet"));
    const TestReply created = createCitizen(*m_rosieres, email, QStringLiteral("sheet"));
    const QString code = created.json().value(QStringLiteral("activationCode")).toString();
    const auto db = openServerDatabase(m_server);
    QVERIFY(db);
    // 48 hours and a minute later.
    citoyens::server::Database::run(db->connection(),
                                    QStringLiteral("UPDATE pending_codes SET expires_at = expires_at - ? "
                                                   "WHERE purpose = 'activate' AND email = ?"),
                                    { qint64(48 * 3600 + 60) * 1000, email });
    TestHttp http(m_server);
    const TestReply late = http.post(QStringLiteral("/auth/activate"), activation(email, code));
    QCOMPARE(late.status, 410);
    QCOMPARE(late.code(), QStringLiteral("code_expired"));
    QCOMPARE(http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 401);
}

void TestServerWalkin::activationTellsNothingAboutAddresses()
{
    TestHttp http(m_server);
    // An unknown address, an account that has its password, a wrong code: the same answer.
    const TestReply unknown
        = http.post(QStringLiteral("/auth/activate"), activation(uniqueEmail(QStringLiteral("nobody")), "123456"));
    const TestReply existing
        = http.post(QStringLiteral("/auth/activate"), activation(QStringLiteral("marie.dupont@example.org"), "123456"));
    for (const TestReply& r : { unknown, existing }) {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_code"));
    }
    // Guessing is throttled as for every mailed code.
    const QString email = uniqueEmail(QStringLiteral("guichet"));
    QCOMPARE(createCitizen(*m_rosieres, email, QStringLiteral("sheet")).status, 201);
    int throttled = 0;
    for (int i = 0; i < 12 && !throttled; ++i) {
        const TestReply r = http.post(QStringLiteral("/auth/activate"),
                                      activation(email, QStringLiteral("%1").arg(100000 + i * 7919)));
        throttled += r.status == 429 ? 1 : 0;
        QVERIFY(r.status == 400 || r.status == 429);
    }
    QCOMPARE(throttled, 1);
}

void TestServerWalkin::creationIsChecked()
{
    const TestReply bad
        = m_rosieres->http->post(QStringLiteral("/agent/citizens"),
                                 QJsonObject { { QStringLiteral("email"), QStringLiteral("pas-une-adresse") },
                                               { QStringLiteral("civility"), QStringLiteral("X") },
                                               { QStringLiteral("firstName"), QStringLiteral("A") },
                                               { QStringLiteral("lastName"), QString(300, QLatin1Char('b')) },
                                               { QStringLiteral("delivery"), QStringLiteral("fax") } });
    QCOMPARE(bad.status, 422);
    const QStringList errors = fieldErrors(bad);
    for (const char* e :
         { "email:invalid_email", "civility:invalid_choice", "lastName:too_long", "delivery:invalid_choice" })
        QVERIFY2(errors.contains(QString::fromLatin1(e)), qPrintable(errors.join(QLatin1Char(' '))));
    const TestReply exists
        = createCitizen(*m_rosieres, QStringLiteral("marie.dupont@example.org"), QStringLiteral("mail"));
    QCOMPARE(exists.status, 409);
    QCOMPARE(exists.code(), QStringLiteral("account_exists"));
    // The same Idempotency-Key replays the first answer, code included.
    const QString email = uniqueEmail(QStringLiteral("guichet"));
    const QJsonObject body { { QStringLiteral("email"), email },
                             { QStringLiteral("civility"), QStringLiteral("Mme") },
                             { QStringLiteral("firstName"), QStringLiteral("Rose") },
                             { QStringLiteral("lastName"), QStringLiteral("Replay") },
                             { QStringLiteral("delivery"), QStringLiteral("sheet") } };
    const TestReply first
        = m_rosieres->http->post(QStringLiteral("/agent/citizens"), body, { { "Idempotency-Key", "walkin-1" } });
    const TestReply second
        = m_rosieres->http->post(QStringLiteral("/agent/citizens"), body, { { "Idempotency-Key", "walkin-1" } });
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(second.body, first.body);
}

void TestServerWalkin::searchFindsTheCommunesCitizens()
{
    Person citizen = newCitizen(m_server); // Élise Testeuse, born 1985-04-12
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    QCOMPARE(citizen.http
                 ->post(QStringLiteral("/me/beneficiaries"),
                        QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Zéphirin") },
                                      { QStringLiteral("lastName"), QStringLiteral("Unique") } })
                 .status,
             201);
    const auto found = [&](Person& agent, const QString& q) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), q);
        const TestReply r = agent.http->get(QStringLiteral("/agent/citizens?") + query.toString(QUrl::FullyEncoded));
        return idsIn(r, QStringLiteral("citizens")).contains(citizen.id);
    };
    QVERIFY(found(*m_rosieres, QStringLiteral("testeuse")));
    QVERIFY(found(*m_rosieres, QStringLiteral("Élise Testeuse")));
    QVERIFY(found(*m_rosieres, citizen.email.left(12)));
    QVERIFY(found(*m_rosieres, QStringLiteral("1985-04-12")));
    QVERIFY(found(*m_rosieres, QStringLiteral("12/04/1985")));
    QVERIFY(found(*m_rosieres, QStringLiteral("Zéphirin")));
    QVERIFY(!found(*m_rosieres, QStringLiteral("%")));
    // Not an AIGUILHE citizen: only the complete address finds them there.
    QVERIFY(!found(*m_aiguilhe, QStringLiteral("Zéphirin")));
    QVERIFY(!found(*m_aiguilhe, citizen.email.left(12)));
    QVERIFY(found(*m_aiguilhe, citizen.email));
    QCOMPARE(fieldErrors(m_rosieres->http->get(QStringLiteral("/agent/citizens?q=a"))), QStringList { "q:too_short" });
    QCOMPARE(fieldErrors(m_rosieres->http->get(QStringLiteral("/agent/citizens"))), QStringList { "q:required" });
}

void TestServerWalkin::assistNeedsTheCitizensCode()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString assist = QStringLiteral("/agent/citizens/%1/assist").arg(citizen.id);
    QCOMPARE(m_rosieres->http->post(assist + QStringLiteral("/confirm"), QJsonObject {}).status, 422);
    const int before = int(m_server.mailsTo(citizen.email).size());
    QCOMPARE(m_rosieres->http->post(assist, QJsonObject {}).status, 202);
    QTRY_COMPARE(int(m_server.mailsTo(citizen.email).size()), before + 1);
    const QString code = m_server.latestCode(citizen.email);
    QVERIFY(m_server.mailsTo(citizen.email).last().body.contains(QStringLiteral("Rosières")));
    // The code opens this agent's session only.
    const TestReply stolen
        = m_aiguilhe->http->post(assist + QStringLiteral("/confirm"), QJsonObject { { QStringLiteral("code"), code } });
    QCOMPARE(stolen.status, 400);
    const TestReply wrong = m_rosieres->http->post(
        assist + QStringLiteral("/confirm"),
        QJsonObject { { QStringLiteral("code"), QStringLiteral("000000") == code ? "111111" : "000000" } });
    QCOMPARE(wrong.code(), QStringLiteral("invalid_code"));
    const TestReply opened
        = m_rosieres->http->post(assist + QStringLiteral("/confirm"), QJsonObject { { QStringLiteral("code"), code } });
    QCOMPARE(opened.status, 200);
    QVERIFY(!opened.json().value(QStringLiteral("accessToken")).toString().isEmpty());
    const QDateTime expires
        = QDateTime::fromString(opened.json().value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expires) <= 30 * 60);
    const TestReply reused
        = m_rosieres->http->post(assist + QStringLiteral("/confirm"), QJsonObject { { QStringLiteral("code"), code } });
    QCOMPARE(reused.code(), QStringLiteral("invalid_code"));
    // Unknown citizens and agents are not assisted.
    QCOMPARE(m_rosieres->http->post(QStringLiteral("/agent/citizens/nobody/assist"), QJsonObject {}).status, 404);
    QCOMPARE(
        m_rosieres->http->post(QStringLiteral("/agent/citizens/%1/assist").arg(m_aiguilhe->id), QJsonObject {}).status,
        404);
}

void TestServerWalkin::assistCodesExpireAndResistGuessing()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString assist = QStringLiteral("/agent/citizens/%1/assist").arg(citizen.id);
    QCOMPARE(m_rosieres->http->post(assist, QJsonObject {}).status, 202);
    QTRY_VERIFY(!m_server.latestCode(citizen.email).isEmpty());
    const QString code = m_server.latestCode(citizen.email);
    const auto db = openServerDatabase(m_server);
    QVERIFY(db);
    // Eleven minutes later.
    citoyens::server::Database::run(db->connection(),
                                    QStringLiteral("UPDATE pending_codes SET expires_at = expires_at - ? "
                                                   "WHERE purpose = 'assist' AND email = ?"),
                                    { qint64(11 * 60 * 1000), citizen.email });
    const TestReply late
        = m_rosieres->http->post(assist + QStringLiteral("/confirm"), QJsonObject { { QStringLiteral("code"), code } });
    QCOMPARE(late.status, 410);
    QCOMPARE(late.code(), QStringLiteral("code_expired"));
    // Guesses are counted per citizen, as for every mailed code.
    int throttled = 0;
    for (int i = 0; i < 12 && !throttled; ++i) {
        const QString guess = QStringLiteral("%1").arg(200000 + i * 7919);
        const TestReply r = m_rosieres->http->post(assist + QStringLiteral("/confirm"),
                                                   QJsonObject { { QStringLiteral("code"), guess } });
        QVERIFY2(r.status == 400 || r.status == 429, qPrintable(QString::number(r.status)));
        throttled += r.status == 429 && !r.header("Retry-After").isEmpty() ? 1 : 0;
    }
    QCOMPARE(throttled, 1);
}

void TestServerWalkin::assistedSessionActsAsTheCitizen()
{
    Person citizen = newCitizen(m_server);
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString assist = QStringLiteral("/agent/citizens/%1/assist").arg(citizen.id);
    QCOMPARE(m_rosieres->http->post(assist, QJsonObject {}).status, 202);
    QTRY_VERIFY(!m_server.latestCode(citizen.email).isEmpty());
    const TestReply opened
        = m_rosieres->http->post(assist + QStringLiteral("/confirm"),
                                 QJsonObject { { QStringLiteral("code"), m_server.latestCode(citizen.email) } });
    QCOMPARE(opened.status, 200);
    TestHttp assisted(m_server);
    assisted.setBearer(accessToken(opened));
    QCOMPARE(assisted.get(QStringLiteral("/me")).json().value(QStringLiteral("id")).toString(), citizen.id);
    const TestReply ben = assisted.post(QStringLiteral("/me/beneficiaries"),
                                        QJsonObject { { QStringLiteral("firstName"), QStringLiteral("Aidé") },
                                                      { QStringLiteral("lastName"), QStringLiteral("Testeuse") } },
                                        { { "X-Request-Id", "assisted-change-1" } });
    QCOMPARE(ben.status, 201);
    QVERIFY(idsIn(citizen.http->get(QStringLiteral("/me/beneficiaries")), QStringLiteral("beneficiaries"))
                .contains(idOf(ben)));
    // A subscription made for them, sent twice with one Idempotency-Key: one change, one trace.
    const TestReply proof = upload(assisted, ProofOfAddress, samplePdf());
    const TestReply statement
        = upload(assisted, IncomeStatement, sampleJpeg(), "image/jpeg", QStringLiteral("avis.jpg"));
    const QJsonObject body = subscriptionBody(RosieresService, idOf(proof), idOf(statement), 11750, 5);
    const TestReply first = assisted.post(QStringLiteral("/me/subscriptions"), body, { { "Idempotency-Key", "k-1" } });
    QCOMPARE(first.status, 201);
    const TestReply again = assisted.post(QStringLiteral("/me/subscriptions"), body, { { "Idempotency-Key", "k-1" } });
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    // What only the citizen, or only the agent outside the session, may do.
    const TestReply password = assisted.post(QStringLiteral("/me/password"),
                                             QJsonObject { { QStringLiteral("currentPassword"), StrongPassword },
                                                           { QStringLiteral("newPassword"), "Autre-Mot-2026!" } });
    QCOMPARE(password.status, 403);
    QCOMPARE(password.code(), QStringLiteral("not_allowed_while_assisting"));
    QCOMPARE(assisted.get(QStringLiteral("/agent/queue")).status, 403);
    QCOMPARE(assisted.post(QStringLiteral("/auth/logout"), QJsonObject {}).status, 204);
    QCOMPARE(assisted.get(QStringLiteral("/me")).status, 401);
    QCOMPARE(citizen.http->get(QStringLiteral("/me")).status, 200); // the citizen's own session lives on

    const QJsonArray entries
        = auditEntries(*m_admin->http, QStringLiteral("agent=%1&citizen=%2").arg(m_rosieres->id, citizen.id));
    // Newest first: the subscription (once), the two uploads, the beneficiary, the profile read.
    QCOMPARE(actionsIn(entries),
             (QStringList { QStringLiteral("assist_ended"), QStringLiteral("assisted_change"),
                            QStringLiteral("assisted_change"), QStringLiteral("assisted_change"),
                            QStringLiteral("assisted_change"), QStringLiteral("profile_opened"),
                            QStringLiteral("assist_opened"), QStringLiteral("assist_requested") }));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("POST /api/v1/me/subscriptions"));
    const QJsonObject change = entries.at(4).toObject();
    QCOMPARE(change.value(QStringLiteral("detail")).toString(), QStringLiteral("POST /api/v1/me/beneficiaries"));
    QCOMPARE(change.value(QStringLiteral("requestId")).toString(), QStringLiteral("assisted-change-1"));
}

void TestServerWalkin::consentMakesTheCitizenKnown()
{
    Person citizen = newCitizen(m_server); // a ROSIÈRES citizen, unknown in AIGUILHE
    QCOMPARE(subscribe(*citizen.http, RosieresService).status, 201);
    const QString record = QStringLiteral("/agent/citizens/") + citizen.id;
    QCOMPARE(m_aiguilhe->http->get(record).status, 404);
    const QString assist = record + QStringLiteral("/assist");
    QCOMPARE(m_aiguilhe->http->post(assist, QJsonObject {}).status, 202);
    QTRY_VERIFY(!m_server.latestCode(citizen.email).isEmpty());
    QCOMPARE(m_aiguilhe->http
                 ->post(assist + QStringLiteral("/confirm"),
                        QJsonObject { { QStringLiteral("code"), m_server.latestCode(citizen.email) } })
                 .status,
             200);
    // Now AIGUILHE's desk knows them, but sees neither ROSIÈRES' requests nor PAI.
    const TestReply r = m_aiguilhe->http->get(record);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("subscriptions")).toArray().isEmpty());
    QVERIFY(!r.json().value(QStringLiteral("photoAndPaiVisible")).toBool());
}

void TestServerWalkin::freshDeskAccountOpensWithoutCode()
{
    const TestReply created
        = createCitizen(*m_rosieres, uniqueEmail(QStringLiteral("guichet")), QStringLiteral("sheet"));
    const QString confirm = QStringLiteral("/agent/citizens/%1/assist/confirm").arg(idOf(created));
    // Another agent (who does not even know the citizen) gets no such favour.
    QCOMPARE(fieldErrors(m_aiguilhe->http->post(confirm, QJsonObject {})), QStringList { "code:required" });
    const TestReply opened = m_rosieres->http->post(confirm, QJsonObject {});
    QCOMPARE(opened.status, 200);
    TestHttp assisted(m_server);
    assisted.setBearer(accessToken(opened));
    QCOMPARE(assisted.get(QStringLiteral("/me")).json().value(QStringLiteral("lastName")).toString(),
             QStringLiteral("Guichetier"));
    const QJsonObject record = m_rosieres->http->get(QStringLiteral("/agent/citizens/") + idOf(created)).json();
    QCOMPARE(record.value(QStringLiteral("citizen")).toObject().value(QStringLiteral("activated")).toBool(), false);
    QCOMPARE(record.value(QStringLiteral("citizen")).toObject().value(QStringLiteral("birthDate")).toString(),
             QStringLiteral("1951-02-03"));
}

void TestServerWalkin::userAddMailsAnActivationCode()
{
    const QString email = uniqueEmail(QStringLiteral("agent"));
    QProcess process;
    process.start(qEnvironmentVariable("CITOYENS_SERVER_BIN"),
                  { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_server.databaseUrl(),
                    QStringLiteral("--mail-drop"), m_server.mailDrop(), QStringLiteral("--role"),
                    QStringLiteral("agent"), QStringLiteral("--commune"), QStringLiteral("ROSIÈRES"),
                    QStringLiteral("--email"), email });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QString code = m_server.latestCode(email);
    QCOMPARE(code.size(), 6);
    TestHttp http(m_server);
    QCOMPARE(http.post(QStringLiteral("/auth/activate"), activation(email, code)).status, 204);
    Person agent = signIn(m_server, email, StrongPassword);
    const QJsonObject me = agent.http->get(QStringLiteral("/me")).json();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(me.value(QStringLiteral("communes")).toArray(), QJsonArray { QStringLiteral("ROSIÈRES") });
    QCOMPARE(agent.http->get(QStringLiteral("/agent/queue")).status, 200);
}

void TestServerWalkin::creationsAreThrottledPerAgent()
{
    // A desk creates accounts one by one; a script trying addresses meets a wall.
    int created = 0;
    TestReply last;
    for (int i = 0; i < 45; ++i) {
        last = createCitizen(*m_aiguilhe, uniqueEmail(QStringLiteral("lot")), QStringLiteral("sheet"));
        if (last.status != 201)
            break;
        ++created;
    }
    QCOMPARE(created, 40);
    QCOMPARE(last.status, 429);
    QVERIFY(!last.header("Retry-After").isEmpty());
    // Another agent is not concerned.
    QCOMPARE(createCitizen(*m_rosieres, uniqueEmail(QStringLiteral("lot")), QStringLiteral("sheet")).status, 201);
}

QTEST_GUILESS_MAIN(TestServerWalkin)
#include "tst_server_walkin.moc"
