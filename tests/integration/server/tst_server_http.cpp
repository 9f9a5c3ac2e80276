// The HTTP layer of citoyens-server: malformed requests, unknown routes, TLS, the command
// line. Every bad request is a 4xx problem+json, never a 5xx, and the server keeps answering.

#include "ServerTestSupport.h"

#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace support;

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void malformedRequests_data();
    void malformedRequests();
    void streamedBodyIsCutOff();
    void stillHealthyAfterAbuse();
    void acceptsTls12();
    void refusesToStartWithoutTls();
    void routesSubcommand();
    void userAddSubcommand();

private:
    static QProcess* runServer(const QStringList& args, const QByteArray& stdinData = {});

    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_token; // a signed-in citizen
};

void TestServerHttp::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http = std::make_unique<TestHttp>(m_server);
    const TestReply tokens
        = m_http->post(QStringLiteral("/auth/login"),
                       credentials(QStringLiteral("marie.dupont@example.org"), QStringLiteral("Citoyens-2026!")));
    QCOMPARE(tokens.status, 200);
    m_token = accessToken(tokens);
}

void TestServerHttp::cleanupTestCase()
{
    m_server.stop();
}

void TestServerHttp::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization"); // "<token>" stands for a valid one
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // an errors[] entry expected, "field:code"

    const QByteArray json = "application/json";
    const QString login = QStringLiteral("/auth/login");
    const QString reg = QStringLiteral("/auth/register");
    const QByteArray none;
    const QString noField;
    QTest::newRow("not json") << QByteArray("POST") << login << json << QByteArray("{email: nope") << none << 400
                              << "invalid_json" << noField;
    QTest::newRow("empty body") << QByteArray("POST") << login << json << QByteArray() << none << 400 << "invalid_json"
                                << noField;
    QTest::newRow("array") << QByteArray("POST") << login << json << QByteArray(R"([{"email":"a@b.fr"}])") << none
                           << 400 << "invalid_json" << noField;
    QTest::newRow("scalar") << QByteArray("POST") << login << json << QByteArray(R"("hello")") << none << 400
                            << "invalid_json" << noField;
    QTest::newRow("invalid utf-8") << QByteArray("POST") << login << json
                                   << QByteArray("{\"email\":\"\xff\xfe@x.fr\",\"password\":\"p\"}") << none << 400
                                   << "invalid_json" << noField;
    QTest::newRow("deep nesting") << QByteArray("POST") << login << json << QByteArray(5000, '[') << none << 400
                                  << "invalid_json" << noField;
    QTest::newRow("trailing garbage") << QByteArray("POST") << login << json << QByteArray(R"({"email":"a"} x)") << none
                                      << 400 << "invalid_json" << noField;
    QTest::newRow("email number") << QByteArray("POST") << login << json << QByteArray(R"({"email":42,"password":"p"})")
                                  << none << 422 << "validation_failed"
                                  << "email:invalid_type";
    QTest::newRow("remember string") << QByteArray("POST") << login << json
                                     << QByteArray(R"({"email":"a@b.fr","password":"p","remember":"yes"})") << none
                                     << 422 << "validation_failed"
                                     << "remember:invalid_type";
    QTest::newRow("missing fields") << QByteArray("POST") << login << json << QByteArray("{}") << none << 422
                                    << "validation_failed"
                                    << "password:required";
    QTest::newRow("register empty") << QByteArray("POST") << reg << json << QByteArray("{}") << none << 422
                                    << "validation_failed"
                                    << "acceptTerms:required";
    QTest::newRow("company string") << QByteArray("POST") << reg << json
                                    << QByteArray(R"({"email":"a@b.fr","company":"ACME","acceptTerms":true})") << none
                                    << 422 << "validation_failed"
                                    << "company:invalid_type";
    QTest::newRow("bad email") << QByteArray("POST") << QStringLiteral("/auth/password/forgot") << json
                               << QByteArray(R"({"email":"not-an-address"})") << none << 422 << "validation_failed"
                               << "email:invalid_email";
    QTest::newRow("code letters") << QByteArray("POST") << QStringLiteral("/auth/register/verify") << json
                                  << QByteArray(R"({"email":"a@b.fr","code":"12ab56"})") << none << 422
                                  << "validation_failed"
                                  << "code:invalid_code";
    QTest::newRow("huge body") << QByteArray("POST") << reg << json
                               << QByteArray(R"({"email":")") + QByteArray(100 * 1024, 'a') + QByteArray(R"("})")
                               << none << 413 << "payload_too_large" << noField;
    QTest::newRow("text/plain") << QByteArray("POST") << login << QByteArray("text/plain")
                                << QByteArray(R"({"email":"a@b.fr","password":"p"})") << none << 415
                                << "unsupported_media_type" << noField;
    QTest::newRow("no content-type") << QByteArray("POST") << login << QByteArray()
                                     << QByteArray(R"({"email":"a@b.fr","password":"p"})") << none << 415
                                     << "unsupported_media_type" << noField;
    QTest::newRow("latin-1 charset") << QByteArray("POST") << login << QByteArray("application/json; charset=latin1")
                                     << QByteArray(R"({"email":"a@b.fr","password":"p"})") << none << 415
                                     << "unsupported_media_type" << noField;
    QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/nope") << none << QByteArray() << none
                                   << 404 << "not_found" << noField;
    QTest::newRow("unknown under auth") << QByteArray("POST") << QStringLiteral("/auth/nope") << json
                                        << QByteArray("{}") << none << 404 << "not_found" << noField;
    QTest::newRow("GET login") << QByteArray("GET") << login << none << QByteArray() << none << 405
                               << "method_not_allowed" << noField;
    QTest::newRow("DELETE me") << QByteArray("DELETE") << QStringLiteral("/me") << none << QByteArray() << none << 405
                               << "method_not_allowed" << noField;
    QTest::newRow("no bearer") << QByteArray("GET") << QStringLiteral("/me") << none << QByteArray() << none << 401
                               << "unauthorized" << noField;
    QTest::newRow("garbage bearer") << QByteArray("GET") << QStringLiteral("/me") << none << QByteArray()
                                    << QByteArray("Bearer !!!not a token!!!") << 401 << "unauthorized" << noField;
    QTest::newRow("basic auth") << QByteArray("GET") << QStringLiteral("/me") << none << QByteArray()
                                << QByteArray("Basic YWxhZGRpbjpvcGVuc2VzYW1l") << 401 << "unauthorized" << noField;
    QTest::newRow("unknown token") << QByteArray("GET") << QStringLiteral("/me") << none << QByteArray()
                                   << QByteArray("Bearer ") + QByteArray(43, 'A') << 401 << "unauthorized" << noField;
    QTest::newRow("refresh garbage") << QByteArray("POST") << QStringLiteral("/auth/refresh") << json
                                     << QByteArray(R"({"refreshToken":"garbage"})") << none << 401 << "invalid_token"
                                     << noField;
    QTest::newRow("refresh null") << QByteArray("POST") << QStringLiteral("/auth/refresh") << json
                                  << QByteArray(R"({"refreshToken":null})") << none << 422 << "validation_failed"
                                  << "refreshToken:required";
    QTest::newRow("patch me array") << QByteArray("PATCH") << QStringLiteral("/me") << json << QByteArray("[]")
                                    << QByteArray("<token>") << 400 << "invalid_json" << noField;
    QTest::newRow("patch me no token") << QByteArray("PATCH") << QStringLiteral("/me") << json
                                       << QByteArray(R"({"firstName":"X"})") << none << 401 << "unauthorized"
                                       << noField;
    QTest::newRow("password wrong types") << QByteArray("POST") << QStringLiteral("/me/password") << json
                                          << QByteArray(R"({"currentPassword":true,"newPassword":[1]})")
                                          << QByteArray("<token>") << 422 << "validation_failed"
                                          << "newPassword:invalid_type";
}

void TestServerHttp::malformedRequests()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    TestHttp::Headers headers;
    if (authorization == "<token>")
        headers.append({ "Authorization", "Bearer " + m_token });
    else if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const TestReply r = m_http->send(verb, path, body, contentType, headers);
    QVERIFY2(r.networkError.isEmpty() || r.status != 0, qPrintable(r.networkError));
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = r.json();
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
    QVERIFY(!problem.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    QVERIFY(!r.header("X-Request-Id").isEmpty());
    if (!field.isEmpty())
        QVERIFY2(fieldErrors(r).contains(field), qPrintable(fieldErrors(r).join(QLatin1Char(' '))));
    if (status == 405)
        QVERIFY(!r.header("Allow").isEmpty());
}

void TestServerHttp::streamedBodyIsCutOff()
{
    // Far over any limit: answered from its declared length, before the body is read
    // (tst_server_transport checks that the server's memory does not grow).
    const TestReply r = m_http->send("POST", QStringLiteral("/auth/register"), QByteArray(8 * 1024 * 1024, ' '));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
}

void TestServerHttp::stillHealthyAfterAbuse()
{
    QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    QVERIFY(!m_server.serverLog().contains(QStringLiteral(" 500 ")));
    // The access log names method, path, status and request id, and never a secret.
    QVERIFY(m_server.serverLog().contains(QStringLiteral("POST /api/v1/auth/login 200")));
    QVERIFY(!m_server.serverLog().contains(QStringLiteral("Citoyens-2026!")));
    QVERIFY(!m_server.serverLog().contains(QString::fromLatin1(m_token)));
}

void TestServerHttp::acceptsTls12()
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_server.caCertificates());
    tls.setProtocol(QSsl::TlsV1_2);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString())); // 1.2 is the minimum, and is fine
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2);
}

QProcess* TestServerHttp::runServer(const QStringList& args, const QByteArray& stdinData)
{
    auto* process = new QProcess;
    process->start(qEnvironmentVariable("CITOYENS_SERVER_BIN"), args);
    if (!stdinData.isEmpty())
        process->write(stdinData);
    process->closeWriteChannel();
    process->waitForFinished(60000);
    return process;
}

void TestServerHttp::refusesToStartWithoutTls()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> p(runServer({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.filePath("x.db"),
                                            QStringLiteral("--mail-drop"), dir.filePath("mail") }));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QVERIFY(p->exitCode() != 0);
    QVERIFY(p->readAllStandardError().contains("without TLS"));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void TestServerHttp::routesSubcommand()
{
    std::unique_ptr<QProcess> p(runServer({ QStringLiteral("routes") }));
    QCOMPARE(p->exitCode(), 0);
    const QStringList routes
        = QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList sorted = routes;
    sorted.sort();
    QCOMPARE(routes, sorted);
    for (const char* expected :
         { "GET /api/v1/health", "POST /api/v1/auth/register", "POST /api/v1/auth/register/verify",
           "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
           "POST /api/v1/auth/password/forgot", "POST /api/v1/auth/password/reset", "GET /api/v1/me",
           "PATCH /api/v1/me", "POST /api/v1/me/password" })
        QVERIFY2(routes.contains(QString::fromLatin1(expected)), expected);
}

void TestServerHttp::userAddSubcommand()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("ops.db"));
    const QString email = uniqueEmail(QStringLiteral("agent"));
    std::unique_ptr<QProcess> weak(
        runServer({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                    QStringLiteral("--email"), email, QStringLiteral("--role"), QStringLiteral("agent"),
                    QStringLiteral("--commune"), QStringLiteral("ROSIÈRES"), QStringLiteral("--password-stdin") },
                  "short\n"));
    QVERIFY(weak->exitCode() != 0);
    QVERIFY(weak->readAllStandardError().contains("min_length"));

    const QByteArray password = "Guichet-Test-2026!";
    std::unique_ptr<QProcess> add(runServer(
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--email"), email,
          QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--commune"), QStringLiteral("ROSIÈRES"),
          QStringLiteral("--first-name"), QStringLiteral("Anne"), QStringLiteral("--last-name"),
          QStringLiteral("Roche"), QStringLiteral("--password-stdin") },
        password + "\n"));
    QVERIFY2(add->exitCode() == 0, add->readAllStandardError().constData());
    std::unique_ptr<QProcess> migrate(runServer({ QStringLiteral("migrate"), QStringLiteral("--db"), db }));
    QCOMPARE(migrate->exitCode(), 0);

    // The account signs in on a server using that database (the last --db wins).
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--db"), db }), qPrintable(server.errorString()));
    TestHttp http(server);
    const TestReply tokens
        = http.post(QStringLiteral("/auth/login"), credentials(email, QString::fromLatin1(password)));
    QCOMPARE(tokens.status, 200);
    const QJsonObject user = tokens.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(user.value(QStringLiteral("communes")).toArray(), QJsonArray { QStringLiteral("ROSIÈRES") });
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), QStringLiteral("Roche"));
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
