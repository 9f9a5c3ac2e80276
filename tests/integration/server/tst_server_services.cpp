// The services capability end to end against the real citoyens-server (HTTPS on loopback):
// the catalogue, documents, requests, the quotient familial, upload limits and idempotency.
// Runs on SQLite, and on PostgreSQL as tst_server_services_pg (CITOYENS_TEST_DB=postgresql).

#include "ServicesTestSupport.h"

#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace support;

class TestServerServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void catalogueIsTheDemoCatalogue();
    void beneficiaryOptions();
    void requestFlowWithRealFiles();
    void quotientAndBracket_data();
    void quotientAndBracket();
    void incomeRules_data();
    void incomeRules();
    void documentsMustBeOwnedAndComplete();
    void uploadLimits();
    void declaredHugeBodyIsRefusedEarly();
    void uploadWithoutLengthIsRefused();
    void idempotencyKey();
    void catalogueImportCommand();

private:
    // A TLS connection to the server that trusts only the test CA, for raw HTTP.
    bool openSocket(QSslSocket& socket);
    // Reads one whole answer (head and a JSON body ending with '}').
    static QByteArray readAnswer(QSslSocket& socket);

    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::unique_ptr<TestHttp> m_http;
    std::unique_ptr<Person> m_quotientCitizen;
    std::unique_ptr<Person> m_incomeCitizen;
    QStringList m_incomeDocuments;
};

void TestServerServices::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http = std::make_unique<TestHttp>(m_server);
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerServices::cleanupTestCase()
{
    m_quotientCitizen.reset();
    m_incomeCitizen.reset();
    m_server.stop();
}

void TestServerServices::catalogueIsTheDemoCatalogue()
{
    // Public: no token.
    const TestReply r = m_http->get(QStringLiteral("/communes"));
    QCOMPARE(r.status, 200);
    const QList<QPair<QString, QStringList>> demo {
        { QStringLiteral("AIGUILHE"),
          { QStringLiteral("1er enfant à la garderie"), QStringLiteral("2ème enfant à la garderie"),
            QStringLiteral("3ème enfant à la garderie"), QStringLiteral("Usager") } },
        { QStringLiteral("ALLÈGRE"),
          { QStringLiteral("Réservation pour adultes"), QStringLiteral("Réservation pour enfants") } },
        { QStringLiteral("BAINS"),
          { QStringLiteral("Réservation repas adultes"), QStringLiteral("Réservation repas enfants") } },
        { QStringLiteral("ROSIÈRES"),
          { QStringLiteral("Inscription accueil de loisirs résident commune"),
            QStringLiteral("Inscription accueil de loisirs résident hors-commune"),
            QStringLiteral("Réservation cantine pour adultes"), QStringLiteral("Réservation cantine pour enfants") } },
    };
    const QJsonArray communes = r.json().value(QStringLiteral("communes")).toArray();
    QCOMPARE(communes.size(), demo.size());
    for (qsizetype i = 0; i < demo.size(); ++i) {
        const QJsonObject commune = communes.at(i).toObject();
        QCOMPARE(commune.value(QStringLiteral("name")).toString(), demo.at(i).first);
        const QJsonArray services = commune.value(QStringLiteral("services")).toArray();
        QStringList names;
        for (const QJsonValue& s : services) {
            const QJsonObject service = s.toObject();
            names.append(service.value(QStringLiteral("name")).toString());
            QCOMPARE(service.value(QStringLiteral("communeId")), commune.value(QStringLiteral("id")));
            QVERIFY(service.value(QStringLiteral("needsIncome")).toBool());
            QStringList kinds;
            for (const QJsonValue& d : service.value(QStringLiteral("requiredDocuments")).toArray())
                kinds.append(d.toObject().value(QStringLiteral("kind")).toString());
            QCOMPARE(kinds, (QStringList { ProofOfAddress, IncomeStatement }));
            QStringList labels;
            QList<QJsonValue> upTos;
            for (const QJsonValue& b : service.value(QStringLiteral("brackets")).toArray()) {
                labels.append(b.toObject().value(QStringLiteral("label")).toString());
                upTos.append(b.toObject().value(QStringLiteral("upTo")));
            }
            QCOMPARE(labels,
                     (QStringList { QStringLiteral("inf 399"), QStringLiteral("400 à 699"), QStringLiteral("700 à 999"),
                                    QStringLiteral("sup 999") }));
            QCOMPARE(upTos, (QList<QJsonValue> { 399, 699, 999, QJsonValue(QJsonValue::Null) }));
        }
        QCOMPARE(names, demo.at(i).second);
    }
    // ETag and 304; a token is accepted too.
    const QByteArray etag = r.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/communes"), { { "If-None-Match", etag } }).status, 304);
    Person marie = signIn(m_server, QStringLiteral("marie.dupont@example.org"), QStringLiteral("Citoyens-2026!"));
    QCOMPARE(marie.http->get(QStringLiteral("/communes")).status, 200);
}

void TestServerServices::beneficiaryOptions()
{
    Person marie = signIn(m_server, QStringLiteral("marie.dupont@example.org"), QStringLiteral("Citoyens-2026!"));
    const TestReply r = marie.http->get(QStringLiteral("/beneficiary-options"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("relations")).toArray().first().toString(), QStringLiteral("Père"));
    QCOMPARE(r.json().value(QStringLiteral("classes")).toArray().size(), 12);
    QCOMPARE(marie.http->get(QStringLiteral("/beneficiary-options"), { { "If-None-Match", r.header("ETag") } }).status,
             304);
}

void TestServerServices::requestFlowWithRealFiles()
{
    Person citizen = newCitizen(m_server);
    const TestReply proof = upload(*citizen.http, ProofOfAddress, samplePdf());
    QCOMPARE(proof.status, 201);
    QCOMPARE(proof.json().value(QStringLiteral("contentType")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(proof.json().value(QStringLiteral("size")).toInteger(), samplePdf().size());
    QCOMPARE(proof.json().value(QStringLiteral("sha256")).toString(), sha256Hex(samplePdf()));
    QCOMPARE(proof.json().value(QStringLiteral("filename")).toString(), QStringLiteral("avis.pdf"));
    const TestReply statement = upload(*citizen.http, IncomeStatement, samplePng(), "image/png",
                                       QStringLiteral("../../etc/avis d'impôt.png"));
    QCOMPARE(statement.status, 201);
    QCOMPARE(statement.json().value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));
    // The person's name for the file is kept for display, without any path.
    QCOMPARE(statement.json().value(QStringLiteral("filename")).toString(), QStringLiteral("avis d'impôt.png"));

    const TestReply back = citizen.http->get(QStringLiteral("/me/documents/") + idOf(proof));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, samplePdf());
    QCOMPARE(back.header("Content-Type"), QByteArray("application/pdf"));
    QCOMPARE(back.header("X-Content-Type-Options"), QByteArray("nosniff"));

    const TestReply created = citizen.http->post(QStringLiteral("/me/subscriptions"),
                                                 subscriptionBody(RosieresService, idOf(proof), idOf(statement)));
    QCOMPARE(created.status, 201);
    const QJsonObject sub = created.json();
    QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(sub.value(QStringLiteral("quotient")).toInt(), 391); // 11750 / 12 / 2.5 = 391.67
    QCOMPARE(sub.value(QStringLiteral("bracketLabel")).toString(), QStringLiteral("inf 399"));
    QCOMPARE(sub.value(QStringLiteral("communeName")).toString(), QStringLiteral("ROSIÈRES"));
    QCOMPARE(sub.value(QStringLiteral("documents")).toArray().size(), 2);

    const TestReply list = citizen.http->get(QStringLiteral("/me/subscriptions"));
    QCOMPARE(list.status, 200);
    QCOMPARE(idsIn(list, QStringLiteral("subscriptions")), QStringList { idOf(created) });
    const QByteArray etag = list.header("ETag");
    QCOMPARE(citizen.http->get(QStringLiteral("/me/subscriptions"), { { "If-None-Match", etag } }).status, 304);

    // The agent of ROSIÈRES sees it with its citizen, reads its documents, approves it.
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    const TestReply queue = agent.http->get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    QVERIFY(idsIn(queue, QStringLiteral("subscriptions")).contains(idOf(created)));
    for (const QJsonValue& v : queue.json().value(QStringLiteral("subscriptions")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == idOf(created))
            QCOMPARE(v.toObject().value(QStringLiteral("citizen")).toObject().value(QStringLiteral("email")).toString(),
                     citizen.email);
    }
    QCOMPARE(agent.http->get(QStringLiteral("/me/documents/") + idOf(statement)).body, samplePng());
    const TestReply approved
        = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(created)), decision("approve"));
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

    // The citizen's list changed (new ETag) and a notification says so, in French.
    const TestReply after = citizen.http->get(QStringLiteral("/me/subscriptions"), { { "If-None-Match", etag } });
    QCOMPARE(after.status, 200);
    QVERIFY(after.header("ETag") != etag);
    const TestReply notes = citizen.http->get(QStringLiteral("/me/notifications"));
    QCOMPARE(notes.status, 200);
    QCOMPARE(notes.json().value(QStringLiteral("unread")).toInt(), 1);
    const QJsonObject note = notes.json().value(QStringLiteral("notifications")).toArray().first().toObject();
    QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("Demande validée"));
    QCOMPARE(note.value(QStringLiteral("body")).toString(),
             QStringLiteral("Votre demande « Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399 » "
                            "a été validée."));
    QCOMPARE(note.value(QStringLiteral("subjectId")).toString(), idOf(created));
    QVERIFY(note.value(QStringLiteral("readAt")).isNull());
    QCOMPARE(
        citizen.http->get(QStringLiteral("/me/notifications"), { { "If-None-Match", notes.header("ETag") } }).status,
        304);
    const QString noteId = note.value(QStringLiteral("id")).toString();
    QCOMPARE(citizen.http->send("POST", QStringLiteral("/me/notifications/%1/read").arg(noteId), {}, {}).status, 204);
    const TestReply read = citizen.http->get(QStringLiteral("/me/notifications"));
    QCOMPARE(read.json().value(QStringLiteral("unread")).toInt(), 0);
    QVERIFY(read.header("ETag") != notes.header("ETag"));
    // An approved request cannot be withdrawn.
    const TestReply withdraw
        = citizen.http->send("DELETE", QStringLiteral("/me/subscriptions/") + idOf(created), {}, {});
    QCOMPARE(withdraw.status, 409);
    QCOMPARE(withdraw.code(), QStringLiteral("not_pending"));
}

void TestServerServices::quotientAndBracket_data()
{
    QTest::addColumn<qint64>("income");
    QTest::addColumn<int>("halves");
    QTest::addColumn<int>("quotient");
    QTest::addColumn<QString>("bracket");
    QTest::newRow("zero") << qint64(0) << 2 << 0 << QStringLiteral("inf 399");
    QTest::newRow("399 boundary") << qint64(4788) << 2 << 399 << QStringLiteral("inf 399");
    QTest::newRow("399.99 rounds down") << qint64(4799) << 2 << 399 << QStringLiteral("inf 399");
    QTest::newRow("400 boundary") << qint64(4800) << 2 << 400 << QStringLiteral("400 à 699");
    QTest::newRow("699") << qint64(8388) << 2 << 699 << QStringLiteral("400 à 699");
    QTest::newRow("700") << qint64(8400) << 2 << 700 << QStringLiteral("700 à 999");
    QTest::newRow("999") << qint64(11988) << 2 << 999 << QStringLiteral("700 à 999");
    QTest::newRow("1000") << qint64(12000) << 2 << 1000 << QStringLiteral("sup 999");
    QTest::newRow("2.5 parts") << qint64(30000) << 5 << 1000 << QStringLiteral("sup 999");
    QTest::newRow("1.5 parts") << qint64(10000) << 3 << 555 << QStringLiteral("400 à 699");
    QTest::newRow("max income, 20 parts") << qint64(10000000) << 40 << 41666 << QStringLiteral("sup 999");
}

void TestServerServices::quotientAndBracket()
{
    QFETCH(qint64, income);
    QFETCH(int, halves);
    QFETCH(int, quotient);
    QFETCH(QString, bracket);
    if (!m_quotientCitizen)
        m_quotientCitizen = std::make_unique<Person>(newCitizen(m_server));
    const TestReply r = subscribe(*m_quotientCitizen->http, BainsService, income, halves);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("quotient")).toInt(), quotient);
    QCOMPARE(r.json().value(QStringLiteral("bracketLabel")).toString(), bracket);
    QCOMPARE(r.json().value(QStringLiteral("fiscalPartsHalves")).toInt(), halves);
}

void TestServerServices::incomeRules_data()
{
    QTest::addColumn<QJsonValue>("income");
    QTest::addColumn<QJsonValue>("halves");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative") << QJsonValue(-1) << QJsonValue(2) << QStringLiteral("fiscalIncomeEuros:negative");
    QTest::newRow("too large") << QJsonValue(10000001) << QJsonValue(2)
                               << QStringLiteral("fiscalIncomeEuros:too_large");
    QTest::newRow("text") << QJsonValue(QStringLiteral("beaucoup")) << QJsonValue(2)
                          << QStringLiteral("fiscalIncomeEuros:not_a_number");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Null) << QJsonValue(2)
                             << QStringLiteral("fiscalIncomeEuros:required");
    QTest::newRow("half a part") << QJsonValue(20000) << QJsonValue(1)
                                 << QStringLiteral("fiscalPartsHalves:invalid_parts");
    QTest::newRow("20.5 parts") << QJsonValue(20000) << QJsonValue(41)
                                << QStringLiteral("fiscalPartsHalves:invalid_parts");
    QTest::newRow("parts as decimal") << QJsonValue(20000) << QJsonValue(2.5)
                                      << QStringLiteral("fiscalPartsHalves:not_a_number");
    QTest::newRow("parts missing") << QJsonValue(20000) << QJsonValue(QJsonValue::Null)
                                   << QStringLiteral("fiscalPartsHalves:required");
}

void TestServerServices::incomeRules()
{
    QFETCH(QJsonValue, income);
    QFETCH(QJsonValue, halves);
    QFETCH(QString, error);
    if (!m_incomeCitizen) {
        m_incomeCitizen = std::make_unique<Person>(newCitizen(m_server));
        m_incomeDocuments = { idOf(upload(*m_incomeCitizen->http, ProofOfAddress, samplePdf())),
                              idOf(upload(*m_incomeCitizen->http, IncomeStatement, samplePdf())) };
    }
    Person& citizen = *m_incomeCitizen;
    QJsonObject body = subscriptionBody(RosieresService, m_incomeDocuments.value(0), m_incomeDocuments.value(1));
    body.insert(QStringLiteral("fiscalIncomeEuros"), income);
    body.insert(QStringLiteral("fiscalPartsHalves"), halves);
    const TestReply r = citizen.http->post(QStringLiteral("/me/subscriptions"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), QStringLiteral("validation_failed"));
    QCOMPARE(fieldErrors(r), QStringList { error });
    QCOMPARE(idsIn(citizen.http->get(QStringLiteral("/me/subscriptions")), QStringLiteral("subscriptions")).size(), 0);
}

void TestServerServices::documentsMustBeOwnedAndComplete()
{
    Person a = newCitizen(m_server);
    Person b = newCitizen(m_server);
    const QString aProof = idOf(upload(*a.http, ProofOfAddress, samplePdf()));
    const QString bProof = idOf(upload(*b.http, ProofOfAddress, samplePdf()));
    const QString bIncome = idOf(upload(*b.http, IncomeStatement, samplePdf()));
    // Someone else's document.
    TestReply r = b.http->post(QStringLiteral("/me/subscriptions"), subscriptionBody(RosieresService, aProof, bIncome));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldErrors(r), QStringList { QStringLiteral("documents[0].documentId:not_found") });
    // A document of another kind than claimed.
    r = b.http->post(QStringLiteral("/me/subscriptions"), subscriptionBody(RosieresService, bIncome, bProof));
    QCOMPARE(r.status, 422);
    QVERIFY(fieldErrors(r).contains(QStringLiteral("documents[0].kind:kind_mismatch")));
    // A required kind missing.
    QJsonObject body = subscriptionBody(RosieresService, bProof, bIncome);
    body.insert(QStringLiteral("documents"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), ProofOfAddress },
                                           { QStringLiteral("documentId"), bProof } } });
    r = b.http->post(QStringLiteral("/me/subscriptions"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldErrors(r), QStringList { QStringLiteral("documents.income_statement:required") });
    // An unknown service.
    r = b.http->post(QStringLiteral("/me/subscriptions"), subscriptionBody(QStringLiteral("nope"), bProof, bIncome));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldErrors(r), QStringList { QStringLiteral("serviceId:not_found") });
    // Without a token.
    TestHttp anonymous(m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/me/subscriptions")).status, 401);
    QCOMPARE(upload(anonymous, ProofOfAddress, samplePdf()).status, 401);
}

void TestServerServices::uploadLimits()
{
    Person citizen = newCitizen(m_server);
    const qint64 max = 10 * 1024 * 1024;
    QByteArray exactly = samplePdf();
    exactly.append(QByteArray(max - exactly.size(), 'x'));
    QCOMPARE(exactly.size(), max);
    const TestReply ok = upload(*citizen.http, ProofOfAddress, exactly);
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json().value(QStringLiteral("size")).toInteger(), max);
    QCOMPARE(ok.json().value(QStringLiteral("sha256")).toString(), sha256Hex(exactly));

    exactly.append('x');
    const TestReply tooLarge = upload(*citizen.http, ProofOfAddress, exactly);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.code(), QStringLiteral("payload_too_large"));

    const TestReply empty = upload(*citizen.http, ProofOfAddress, QByteArray());
    QCOMPARE(empty.status, 422);
    QCOMPARE(empty.code(), QStringLiteral("empty_file"));

    // A program renamed .pdf and sent as a PDF: the content decides.
    const TestReply elf
        = upload(*citizen.http, ProofOfAddress, sampleElf(), "application/pdf", QStringLiteral("facture.pdf"));
    QCOMPARE(elf.status, 415);
    QCOMPARE(elf.code(), QStringLiteral("unsupported_media_type"));
    // A PNG sent as "application/octet-stream" is still a PNG.
    const TestReply png = upload(*citizen.http, ProofOfAddress, samplePng(), "application/octet-stream");
    QCOMPARE(png.status, 201);
    QCOMPARE(png.json().value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));

    const TestReply badKind = upload(*citizen.http, QStringLiteral("passport"), samplePdf());
    QCOMPARE(badKind.status, 422);
    QCOMPARE(fieldErrors(badKind), QStringList { QStringLiteral("kind:invalid_choice") });
    // JSON routes keep their 64 KiB limit.
    const TestReply bigJson = citizen.http->send("POST", QStringLiteral("/me/beneficiaries"),
                                                 "{\"pai\":\"" + QByteArray(70 * 1024, 'a') + "\"}");
    QCOMPARE(bigJson.status, 413);
}

bool TestServerServices::openSocket(QSslSocket& socket)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_server.caCertificates());
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()));
    return socket.waitForEncrypted(10000);
}

QByteArray TestServerServices::readAnswer(QSslSocket& socket)
{
    QByteArray answer;
    while (!answer.trimmed().endsWith('}') && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer;
}

void TestServerServices::declaredHugeBodyIsRefusedEarly()
{
    Person citizen = newCitizen(m_server);
    QSslSocket socket;
    QVERIFY2(openSocket(socket), qPrintable(socket.errorString()));
    // 50 MiB announced; only the head and a few bytes are sent: the answer comes at once.
    socket.write("POST /api/v1/me/documents?kind=proof_of_address HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer "
                 + citizen.token + "\r\nContent-Type: application/pdf\r\nContent-Length: 52428800\r\n\r\n%PDF-1.4\n");
    const QByteArray answer = readAnswer(socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"code\":\"payload_too_large\""));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10000));
}

void TestServerServices::uploadWithoutLengthIsRefused()
{
    Person citizen = newCitizen(m_server);
    QSslSocket socket;
    QVERIFY2(openSocket(socket), qPrintable(socket.errorString()));
    const QByteArray pdf = samplePdf();
    socket.write("POST /api/v1/me/documents?kind=proof_of_address HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer "
                 + citizen.token + "\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n\r\n"
                 + QByteArray::number(pdf.size(), 16) + "\r\n" + pdf + "\r\n0\r\n\r\n");
    const QByteArray answer = readAnswer(socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    QVERIFY(answer.contains("\"code\":\"length_required\""));
}

void TestServerServices::idempotencyKey()
{
    Person citizen = newCitizen(m_server);
    const QString proof = idOf(upload(*citizen.http, ProofOfAddress, samplePdf()));
    const QString statement = idOf(upload(*citizen.http, IncomeStatement, samplePdf()));
    const QJsonObject body = subscriptionBody(RosieresService, proof, statement);
    const TestHttp::Headers key { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } };
    const TestReply first = citizen.http->post(QStringLiteral("/me/subscriptions"), body, key);
    QCOMPARE(first.status, 201);
    const TestReply again = citizen.http->post(QStringLiteral("/me/subscriptions"), body, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(idOf(again), idOf(first));
    QCOMPARE(again.json(), first.json());
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QJsonObject other = body;
    other.insert(QStringLiteral("fiscalIncomeEuros"), 99999);
    const TestReply reused = citizen.http->post(QStringLiteral("/me/subscriptions"), other, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(idsIn(citizen.http->get(QStringLiteral("/me/subscriptions")), QStringLiteral("subscriptions")),
             QStringList { idOf(first) });
    // A failed request does not burn its key.
    const TestHttp::Headers key2 { { "Idempotency-Key", QByteArrayLiteral("essai-2") } };
    QJsonObject invalid = body;
    invalid.insert(QStringLiteral("fiscalPartsHalves"), 1);
    QCOMPARE(citizen.http->post(QStringLiteral("/me/subscriptions"), invalid, key2).status, 422);
    QCOMPARE(citizen.http->post(QStringLiteral("/me/subscriptions"), body, key2).status, 201);
    // Another person's identical key is theirs alone.
    Person other2 = newCitizen(m_server);
    QCOMPARE(other2.http->post(QStringLiteral("/me/subscriptions"), body, key).status, 422); // not their documents
    QCOMPARE(citizen.http->post(QStringLiteral("/me/subscriptions"), body, { { "Idempotency-Key", "a b" } }).status,
             400);
}

void TestServerServices::catalogueImportCommand()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("catalogue.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"communes":[{"id":"espaly","name":"ESPALY-SAINT-MARCEL","services":[{"id":"espaly-cantine",
        "name":"Cantine","needsIncome":false,"requiredDocuments":[],"brackets":[]}]}]})");
    file.close();
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("import.db"));
    QProcess process;
    process.start(
        qEnvironmentVariable("CITOYENS_SERVER_BIN"),
        { QStringLiteral("catalogue"), QStringLiteral("import"), file.fileName(), QStringLiteral("--db"), db });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("imported 1 communes and 1 services"));
    // A broken file is refused with the field named.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"communes":[{"id":"x"}]})");
    file.close();
    process.start(
        qEnvironmentVariable("CITOYENS_SERVER_BIN"),
        { QStringLiteral("catalogue"), QStringLiteral("import"), file.fileName(), QStringLiteral("--db"), db });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("communes[0].name"));
}

QTEST_GUILESS_MAIN(TestServerServices)
#include "tst_server_services.moc"
