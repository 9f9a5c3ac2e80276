// The family quotient from API Particulier, end to end: the real citoyens-server calls a local
// HTTPS stand-in of the API (ApiParticulierStandIn: its own certificate, the bearer token, the
// SIRET and every parameter checked) for a citizen, an assisted session and an agent at the desk;
// keeps only the quotient; says in French when no file is found or the API cannot answer; prices
// a request from it. The token, read from a file, never shows in the log or an answer. Runs on
// SQLite, and on PostgreSQL as tst_server_quotient_pg.

#include "ApiParticulierStandIn.h"
#include "DeskTestSupport.h"

#include <QSqlRecord>
#include <QTest>

using namespace support;

class TestServerQuotient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void citizenObtainsAndKeepsOnlyTheQuotient();
    void unknownFileIsNotFound();
    void unavailableApi_data();
    void unavailableApi();
    void wrongTokenIsLoggedWithoutIt();
    void consentAndIdentityAreChecked();
    void agentAtTheDeskIsAudited();
    void agentOfAnotherCommuneIsRefused();
    void assistedSessionRecordsTheAgent();
    void subscriptionIsPricedFromTheQuotient();
    void someoneElsesOrExpiredQuotientIsRefused();
    void asksAreCountedPerAccount();
    void notConfiguredSaysSo();

private:
    TestReply ask(TestHttp& http, const QString& path, const QJsonObject& body);
    QVariant column(const QString& quotientId, const QString& name);

    ApiParticulierStandIn m_api;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_rosieres;
    std::unique_ptr<Person> m_admin;
    QList<QByteArray> m_answers; // every answer of the server, searched for the token
};

static const QString OwnPath = QStringLiteral("/me/family-quotient");

static QJsonObject identity(const QString& birthName = QStringLiteral("Martin"))
{
    return QJsonObject { { QStringLiteral("consent"), true },
                         { QStringLiteral("birthName"), birthName },
                         { QStringLiteral("firstNames"),
                           QJsonArray { QStringLiteral("Léa"), QStringLiteral("Anne-Marie") } },
                         { QStringLiteral("sex"), QStringLiteral("F") },
                         { QStringLiteral("birthDate"), QStringLiteral("1988-03-14") },
                         { QStringLiteral("birthCountry"), QStringLiteral("99100") },
                         { QStringLiteral("birthCommune"), QStringLiteral("43157") } };
}

void TestServerQuotient::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_api.start(), qPrintable(m_api.errorString()));
    m_api.addFamily({ QStringLiteral("Martin"), QStringLiteral("Léa"), QDate(1988, 3, 14), 512 });
    m_api.addFamily({ QStringLiteral("O'Brien-Müller"), QStringLiteral("Léa"), QDate(1988, 3, 14), 830,
                      QStringLiteral("MSA"), 11, 2026 });
    // A throttle's first block lasts an hour: the count of asks does not depend on speed.
    m_server = std::make_unique<TestServer>(
        m_api.serverArguments()
        + QStringList { QStringLiteral("--demo-data"), QStringLiteral("--throttle-base"), QStringLiteral("1h") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    qInfo("database: %s", m_server->usesPostgres() ? "PostgreSQL" : "SQLite");
    m_rosieres = std::make_unique<Person>(demoAgent(*m_server, QStringLiteral("rosieres")));
    m_admin = std::make_unique<Person>(signIn(*m_server, AdminEmail, AdminPassword));
}

void TestServerQuotient::cleanupTestCase()
{
    if (!m_server)
        return;
    QVERIFY(m_api.violations().isEmpty());
    m_rosieres.reset();
    m_admin.reset();
    m_server->stop();
    // The token is read from its file and only ever sent to the API.
    QVERIFY(!m_server->serverLog().isEmpty());
    QVERIFY(!m_server->serverLog().toUtf8().contains(ApiParticulierStandIn::Token));
    QVERIFY(!m_server->serverLog().toUtf8().contains("s3cr3t"));
    for (const QByteArray& answer : std::as_const(m_answers))
        QVERIFY(!answer.contains("s3cr3t"));
}

TestReply TestServerQuotient::ask(TestHttp& http, const QString& path, const QJsonObject& body)
{
    // In French, as the client asks (Qt's own default header says en-US).
    const TestReply reply = http.post(path, body, { { "Accept-Language", "fr" } });
    m_answers.append(reply.body);
    for (const auto& header : reply.headers)
        m_answers.append(header.second);
    return reply;
}

QVariant TestServerQuotient::column(const QString& quotientId, const QString& name)
{
    QVariant value;
    {
        QSqlDatabase db = m_server->addDatabase(QStringLiteral("quotient-read"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1 FROM family_quotients WHERE id = ?").arg(name));
            q.addBindValue(quotientId);
            if (q.exec() && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("quotient-read"));
    return value;
}

void TestServerQuotient::citizenObtainsAndKeepsOnlyTheQuotient()
{
    Person citizen = newCitizen(*m_server);
    QCOMPARE(citizen.http->get(OwnPath).status, 404);
    const int calls = int(m_api.requests().size());
    const TestReply got = ask(*citizen.http, OwnPath, identity());
    QCOMPARE(got.status, 201);
    const QJsonObject q = got.json();
    QCOMPARE(q.value(QStringLiteral("valeur")).toInt(), 512);
    QCOMPARE(q.value(QStringLiteral("fournisseur")).toString(), QStringLiteral("CNAF"));
    QCOMPARE(q.value(QStringLiteral("mois")).toInt(), 3);
    QCOMPARE(q.value(QStringLiteral("annee")).toInt(), 2026);
    const QDateTime obtained = QDateTime::fromString(q.value(QStringLiteral("obtainedAt")).toString(), Qt::ISODate);
    QCOMPARE(QDateTime::fromString(q.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate),
             obtained.addMonths(12));
    QCOMPARE(q.keys(), QStringList({ "annee", "expiresAt", "fournisseur", "id", "mois", "obtainedAt", "valeur" }));

    // One call, with exactly the API's parameters.
    QCOMPARE(int(m_api.requests().size()), calls + 1);
    const StandInRequest sent = m_api.requests().constLast();
    QCOMPARE(sent.header("authorization"), QByteArray("Bearer ") + ApiParticulierStandIn::Token);
    const QUrlQuery& p = sent.query;
    QCOMPARE(p.queryItemValue(QStringLiteral("recipient")), ApiParticulierStandIn::Recipient);
    QCOMPARE(p.queryItemValue(QStringLiteral("nomNaissance"), QUrl::FullyDecoded), QStringLiteral("MARTIN"));
    QStringList firstNames;
    for (const auto& [key, value] : p.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("prenoms[]"))
            firstNames.append(value);
    }
    QCOMPARE(firstNames, QStringList({ QStringLiteral("LÉA"), QStringLiteral("ANNE-MARIE") }));
    QCOMPARE(p.queryItemValue(QStringLiteral("sexeEtatCivil")), QStringLiteral("F"));
    QCOMPARE(p.queryItemValue(QStringLiteral("anneeDateNaissance")), QStringLiteral("1988"));
    QCOMPARE(p.queryItemValue(QStringLiteral("moisDateNaissance")), QStringLiteral("3"));
    QCOMPARE(p.queryItemValue(QStringLiteral("jourDateNaissance")), QStringLiteral("14"));
    QCOMPARE(p.queryItemValue(QStringLiteral("codeCogInseePaysNaissance")), QStringLiteral("99100"));
    QCOMPARE(p.queryItemValue(QStringLiteral("codeCogInseeCommuneNaissance")), QStringLiteral("43157"));

    const TestReply kept = citizen.http->get(OwnPath);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json(), q);

    // What is kept: the quotient and who obtained it, nothing of the address or the children.
    QSqlDatabase db = m_server->addDatabase(QStringLiteral("quotient-columns"));
    QStringList columns;
    QString row;
    if (db.open()) {
        QSqlQuery all(db);
        QVERIFY(all.exec(QStringLiteral("SELECT * FROM family_quotients WHERE id = '%1'")
                             .arg(q.value(QStringLiteral("id")).toString())));
        QVERIFY(all.next());
        for (int i = 0; i < all.record().count(); ++i) {
            columns.append(all.record().fieldName(i));
            row += all.value(i).toString() + QLatin1Char('|');
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("quotient-columns"));
    columns.sort();
    QCOMPARE(columns,
             QStringList({ "account_id", "annee", "expires_at", "fournisseur", "id", "mois", "obtained_at",
                           "obtained_by", "valeur" }));
    QVERIFY(!row.contains(QStringLiteral("TANNERIES")));
    QVERIFY(!row.contains(QStringLiteral("NOÉ")));
    QCOMPARE(column(q.value(QStringLiteral("id")).toString(), QStringLiteral("obtained_by")).toString(), citizen.id);

    // Names with apostrophes, hyphens and accents arrive whole; an MSA file is found too.
    const TestReply msa = ask(*citizen.http, OwnPath, identity(QStringLiteral("O'Brien-Müller")));
    QCOMPARE(msa.status, 201);
    QCOMPARE(msa.json().value(QStringLiteral("fournisseur")).toString(), QStringLiteral("MSA"));
    QCOMPARE(citizen.http->get(OwnPath).json().value(QStringLiteral("valeur")).toInt(), 830); // the newest
}

void TestServerQuotient::unknownFileIsNotFound()
{
    Person citizen = newCitizen(*m_server);
    const TestReply missing = ask(*citizen.http, OwnPath, identity(QStringLiteral("Inconnue")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("quotient_not_found"));
    QVERIFY(missing.json()
                .value(QStringLiteral("detail"))
                .toString()
                .startsWith(QStringLiteral("La CAF et la MSA n'ont pas trouvé de dossier")));
    QCOMPARE(citizen.http->get(OwnPath).status, 404);
}

void TestServerQuotient::unavailableApi_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("429") << int(ApiParticulierStandIn::Mode::TooManyRequests) << true;
    QTest::newRow("503") << int(ApiParticulierStandIn::Mode::Unavailable) << true;
    QTest::newRow("502") << int(ApiParticulierStandIn::Mode::BadGateway) << true;
    QTest::newRow("timeout") << int(ApiParticulierStandIn::Mode::Slow) << false;
}

void TestServerQuotient::unavailableApi()
{
    QFETCH(int, mode);
    QFETCH(bool, retryAfter);
    Person citizen = newCitizen(*m_server);
    m_api.setMode(ApiParticulierStandIn::Mode(mode));
    const TestReply down = ask(*citizen.http, OwnPath, identity());
    m_api.setMode(ApiParticulierStandIn::Mode::Normal);
    QCOMPARE(down.status, 503);
    QCOMPARE(down.code(), QStringLiteral("quotient_unavailable"));
    QVERIFY(
        down.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("joignez votre attestation")));
    QCOMPARE(!down.header("Retry-After").isEmpty(), retryAfter);
    QCOMPARE(citizen.http->get(OwnPath).status, 404); // nothing kept
}

void TestServerQuotient::wrongTokenIsLoggedWithoutIt()
{
    Person citizen = newCitizen(*m_server);
    m_api.setAcceptedToken("another-token");
    const TestReply refused = ask(*citizen.http, OwnPath, identity());
    m_api.setAcceptedToken(ApiParticulierStandIn::Token);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.code(), QStringLiteral("quotient_unavailable"));
    QTRY_VERIFY(m_server->serverLog().contains(QStringLiteral("API Particulier refused our token (HTTP 401)")));
    QVERIFY(!m_server->serverLog().toUtf8().contains(ApiParticulierStandIn::Token));
}

void TestServerQuotient::consentAndIdentityAreChecked()
{
    Person citizen = newCitizen(*m_server);
    const int calls = int(m_api.requests().size());
    QJsonObject noConsent = identity();
    noConsent.remove(QStringLiteral("consent"));
    TestReply refused = ask(*citizen.http, OwnPath, noConsent);
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("consent:consent_required") });

    QJsonObject wrong = identity();
    wrong.insert(QStringLiteral("sex"), QStringLiteral("X"));
    wrong.insert(QStringLiteral("birthCommune"), QStringLiteral("Le Puy"));
    wrong.insert(QStringLiteral("birthDate"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
    refused = ask(*citizen.http, OwnPath, wrong);
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused),
             QStringList({ QStringLiteral("sex:invalid_choice"), QStringLiteral("birthDate:in_future"),
                           QStringLiteral("birthCommune:unknown_commune") }));
    QCOMPARE(int(m_api.requests().size()), calls); // the API was not called
}

void TestServerQuotient::agentAtTheDeskIsAudited()
{
    const TestReply created
        = m_rosieres->http->post(QStringLiteral("/agent/citizens"),
                                 QJsonObject { { QStringLiteral("email"), uniqueEmail(QStringLiteral("guichet")) },
                                               { QStringLiteral("civility"), QStringLiteral("Mme") },
                                               { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                               { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                               { QStringLiteral("delivery"), QStringLiteral("sheet") } });
    QCOMPARE(created.status, 201);
    const QString citizenId = idOf(created);
    const QString path = QStringLiteral("/agent/citizens/%1/family-quotient").arg(citizenId);
    const TestReply got = ask(*m_rosieres->http, path, identity());
    QCOMPARE(got.status, 201);
    QCOMPARE(got.json().value(QStringLiteral("valeur")).toInt(), 512);
    const QString id = idOf(got);
    QCOMPARE(column(id, QStringLiteral("account_id")).toString(), citizenId);
    QCOMPARE(column(id, QStringLiteral("obtained_by")).toString(), m_rosieres->id);
    QCOMPARE(ask(*m_rosieres->http, path, identity(QStringLiteral("Inconnue"))).status, 404);

    const QJsonArray entries
        = auditEntries(*m_admin->http, QStringLiteral("agent=%1&citizen=%2").arg(m_rosieres->id, citizenId));
    QStringList details;
    for (const QJsonValue& e : entries) {
        if (e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("family_quotient_requested"))
            details.append(e.toObject().value(QStringLiteral("detail")).toString());
    }
    QCOMPARE(details, QStringList({ QStringLiteral("not found"), QStringLiteral("found") })); // newest first
}

void TestServerQuotient::agentOfAnotherCommuneIsRefused()
{
    Person citizen = newCitizen(*m_server);
    Person bains = demoAgent(*m_server, QStringLiteral("bains"));
    const int calls = int(m_api.requests().size());
    const TestReply refused
        = ask(*bains.http, QStringLiteral("/agent/citizens/%1/family-quotient").arg(citizen.id), identity());
    QCOMPARE(refused.status, 404);
    // A citizen cannot use the desk's route, not even for themself.
    QCOMPARE(
        ask(*citizen.http, QStringLiteral("/agent/citizens/%1/family-quotient").arg(citizen.id), identity()).status,
        403);
    QCOMPARE(int(m_api.requests().size()), calls);
}

void TestServerQuotient::assistedSessionRecordsTheAgent()
{
    Person citizen = newCitizen(*m_server);
    TestHttp assisted(*m_server);
    openAssisted(*m_server, *m_rosieres, citizen, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const TestReply got = ask(assisted, OwnPath, identity());
    QCOMPARE(got.status, 201);
    QCOMPARE(column(idOf(got), QStringLiteral("account_id")).toString(), citizen.id);
    QCOMPARE(column(idOf(got), QStringLiteral("obtained_by")).toString(), m_rosieres->id);
    QCOMPARE(citizen.http->get(OwnPath).json().value(QStringLiteral("id")).toString(), idOf(got));
}

void TestServerQuotient::subscriptionIsPricedFromTheQuotient()
{
    Person citizen = newCitizen(*m_server);
    const TestReply got = ask(*citizen.http, OwnPath, identity());
    QCOMPARE(got.status, 201);
    const TestReply proof = upload(*citizen.http, ProofOfAddress, samplePdf());
    QCOMPARE(proof.status, 201);
    QJsonObject body { { QStringLiteral("serviceId"), RosieresService },
                       { QStringLiteral("familyQuotientId"), idOf(got) },
                       { QStringLiteral("documents"),
                         QJsonArray { QJsonObject { { QStringLiteral("kind"), ProofOfAddress },
                                                    { QStringLiteral("documentId"), idOf(proof) } } } } };
    // The other justificatifs stay: without the proof of address the request is refused.
    QJsonObject withoutProof = body;
    withoutProof.insert(QStringLiteral("documents"), QJsonArray {});
    const TestReply refused = citizen.http->post(QStringLiteral("/me/subscriptions"), withoutProof);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("documents.proof_of_address:required") });

    const TestReply sub = citizen.http->post(QStringLiteral("/me/subscriptions"), body);
    QCOMPARE(sub.status, 201);
    const QJsonObject s = sub.json();
    QCOMPARE(s.value(QStringLiteral("quotient")).toInt(), 512);
    QCOMPARE(s.value(QStringLiteral("bracketLabel")).toString(), QStringLiteral("400 à 699"));
    QVERIFY(s.value(QStringLiteral("fiscalIncomeEuros")).isNull());
    QCOMPARE(s.value(QStringLiteral("documents")).toArray().size(), 1);
    const QJsonObject summary { { QStringLiteral("valeur"), 512 },
                                { QStringLiteral("fournisseur"), QStringLiteral("CNAF") },
                                { QStringLiteral("mois"), 3 },
                                { QStringLiteral("annee"), 2026 },
                                { QStringLiteral("obtainedAt"), got.json().value(QStringLiteral("obtainedAt")) } };
    QCOMPARE(s.value(QStringLiteral("familyQuotient")).toObject(), summary);

    // The agent sees it with the request in the queue, and in the citizen's record.
    bool seen = false;
    for (const QJsonValue& v : m_rosieres->http->get(QStringLiteral("/agent/queue"))
                                   .json()
                                   .value(QStringLiteral("subscriptions"))
                                   .toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == idOf(sub)) {
            QCOMPARE(v.toObject().value(QStringLiteral("familyQuotient")).toObject(), summary);
            seen = true;
        }
    }
    QVERIFY(seen);
    const TestReply record = m_rosieres->http->get(QStringLiteral("/agent/citizens/") + citizen.id);
    QCOMPARE(record.json()
                 .value(QStringLiteral("subscriptions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("familyQuotient"))
                 .toObject(),
             summary);
}

void TestServerQuotient::someoneElsesOrExpiredQuotientIsRefused()
{
    Person owner = newCitizen(*m_server);
    Person other = newCitizen(*m_server);
    const TestReply got = ask(*owner.http, OwnPath, identity());
    QCOMPARE(got.status, 201);
    const TestReply proof = upload(*other.http, ProofOfAddress, samplePdf());
    QJsonObject body { { QStringLiteral("serviceId"), RosieresService },
                       { QStringLiteral("familyQuotientId"), idOf(got) },
                       { QStringLiteral("documents"),
                         QJsonArray { QJsonObject { { QStringLiteral("kind"), ProofOfAddress },
                                                    { QStringLiteral("documentId"), idOf(proof) } } } } };
    TestReply refused = other.http->post(QStringLiteral("/me/subscriptions"), body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("familyQuotientId:not_found") });

    // The owner's, once expired: refused, and no longer the current one.
    {
        QSqlDatabase db = m_server->addDatabase(QStringLiteral("quotient-age"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE family_quotients SET expires_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
        q.addBindValue(idOf(got));
        QVERIFY(q.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("quotient-age"));
    const TestReply ownProof = upload(*owner.http, ProofOfAddress, samplePdf());
    body.insert(QStringLiteral("documents"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), ProofOfAddress },
                                           { QStringLiteral("documentId"), idOf(ownProof) } } });
    refused = owner.http->post(QStringLiteral("/me/subscriptions"), body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("familyQuotientId:quotient_expired") });
    QCOMPARE(owner.http->get(OwnPath).status, 404);
}

void TestServerQuotient::asksAreCountedPerAccount()
{
    Person citizen = newCitizen(*m_server);
    const int calls = int(m_api.requests().size());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(ask(*citizen.http, OwnPath, identity(QStringLiteral("Inconnue"))).status, 404);
    const TestReply wall = ask(*citizen.http, OwnPath, identity());
    QCOMPARE(wall.status, 429);
    QCOMPARE(wall.code(), QStringLiteral("too_many_requests"));
    QVERIFY(!wall.header("Retry-After").isEmpty());
    QCOMPARE(int(m_api.requests().size()), calls + 10); // the eleventh never reached the API
    // Another account is not held back by this one.
    Person next = newCitizen(*m_server);
    QCOMPARE(ask(*next.http, OwnPath, identity()).status, 201);
}

void TestServerQuotient::notConfiguredSaysSo()
{
    TestServer bare;
    QVERIFY2(bare.start(), qPrintable(bare.errorString()));
    Person citizen = newCitizen(bare);
    const TestReply off = citizen.http->post(OwnPath, identity(), { { "Accept-Language", "fr" } });
    QCOMPARE(off.status, 503);
    QCOMPARE(off.code(), QStringLiteral("quotient_not_configured"));
    QVERIFY(off.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("n'a pas activé")));
    citizen.http.reset();
    bare.stop();
}

QTEST_GUILESS_MAIN(TestServerQuotient)
#include "tst_server_quotient.moc"
