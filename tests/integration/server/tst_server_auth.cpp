// The accounts capability end to end against the real citoyens-server (HTTPS on loopback).
// Runs on SQLite, and on PostgreSQL as tst_server_auth_pg (CITOYENS_TEST_DB=postgresql).

#include "ServerTestSupport.h"

#include <QTest>

using namespace support;

class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void registerVerifyAndSignIn();
    void registerAnswersAlikeForKnownAndUnknown();
    void verifyWrongCodesAreCounted();
    void passwordPolicy_data();
    void passwordPolicy();
    void loginFailuresLookAlike();
    void logoutRevokes();
    void forcedPasswordChange();
    void forgotAnswersAlike();
    void resetRevokesEverySession();
    void refreshRotatesAndReuseRevokesFamily();
    void meEtagAndNotModified();
    void patchMeValidation_data();
    void patchMeValidation();
    void patchMeUpdates();
    void changePasswordRevokesOtherSessions();
    void requestIdAndLanguage();
    void throttling();
    void idleTimeout();

private:
    TestServer m_server { { QStringLiteral("--demo-data") } };
    std::unique_ptr<TestHttp> m_http;
};

void TestServerAuth::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http = std::make_unique<TestHttp>(m_server);
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerAuth::cleanupTestCase()
{
    m_server.stop();
}

void TestServerAuth::health()
{
    const TestReply r = m_http->get(QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!r.header("X-Request-Id").isEmpty());
}

void TestServerAuth::registerVerifyAndSignIn()
{
    const QString email = uniqueEmail();
    const TestReply pending = m_http->post(QStringLiteral("/auth/register"), registration(email.toUpper()));
    QCOMPARE(pending.status, 202);
    QCOMPARE(pending.json(), (QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") } }));
    const QString code = m_server.latestCode(email);
    QCOMPARE(code.size(), 6);
    const QList<TestMail> mails = m_server.mailsTo(email);
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails.first().body.contains(QStringLiteral("Votre code : ") + code));
    QVERIFY(mails.first().subject.contains(QStringLiteral("code")));

    const TestReply tokens
        = m_http->post(QStringLiteral("/auth/register/verify"),
                       QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("code"), code } });
    QCOMPARE(tokens.status, 201);
    const QJsonObject t = tokens.json();
    QVERIFY(accessToken(tokens).size() >= 43);
    QVERIFY(t.value(QStringLiteral("refreshToken")).isNull());
    QCOMPARE(t.value(QStringLiteral("accessExpiresIn")).toInt(), 7200);
    QCOMPARE(t.value(QStringLiteral("mustChangePassword")).toBool(), false);
    const QJsonObject user = t.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(user.value(QStringLiteral("firstName")).toString(), QStringLiteral("Élise"));
    QCOMPARE(user.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-04-12"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("citizen"));

    m_http->setBearer(accessToken(tokens));
    const TestReply me = m_http->get(QStringLiteral("/me"));
    m_http->clearBearer();
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("id")), user.value(QStringLiteral("id")));

    // The code is used up; the password now signs in.
    QCOMPARE(m_http
                 ->post(QStringLiteral("/auth/register/verify"),
                        QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("code"), code } })
                 .status,
             400);
    QCOMPARE(m_http->post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 200);
}

void TestServerAuth::registerAnswersAlikeForKnownAndUnknown()
{
    const QString known = QStringLiteral("marie.dupont@example.org");
    const QString unknown = uniqueEmail();
    const TestReply a = m_http->post(QStringLiteral("/auth/register"), registration(known));
    const TestReply b = m_http->post(QStringLiteral("/auth/register"), registration(unknown));
    QCOMPARE(a.status, 202);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.body, b.body);
    // The owner gets a notice, not a code; the new address gets a code.
    const QList<TestMail> notices = m_server.mailsTo(known);
    QVERIFY(!notices.isEmpty());
    QVERIFY(notices.last().subject.contains(QStringLiteral("existe déjà")));
    QVERIFY(m_server.latestCode(known).isEmpty());
    QVERIFY(!m_server.latestCode(unknown).isEmpty());
    // The existing password still works: nothing was changed.
    QCOMPARE(m_http->post(QStringLiteral("/auth/login"), credentials(known, QStringLiteral("Citoyens-2026!"))).status,
             200);
}

void TestServerAuth::verifyWrongCodesAreCounted()
{
    const QString email = uniqueEmail();
    QCOMPARE(m_http->post(QStringLiteral("/auth/register"), registration(email)).status, 202);
    const QString code = m_server.latestCode(email);
    const QString wrong = QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
    for (int i = 0; i < 5; ++i) {
        const TestReply r
            = m_http->post(QStringLiteral("/auth/register/verify"),
                           QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("code"), wrong } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_code"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    }
    // The fifth wrong code starts the delays (tst_server_codes covers them, and that a new
    // code gives no fresh tries): wait them out, and the right code still works.
    QVERIFY2(m_server.ageThrottle(3600 * 1000), qPrintable(m_server.errorString()));
    const TestReply ok
        = m_http->post(QStringLiteral("/auth/register/verify"),
                       QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("code"), code } });
    QCOMPARE(ok.status, 201);

    const TestReply nobody
        = m_http->post(QStringLiteral("/auth/register/verify"),
                       QJsonObject { { QStringLiteral("email"), uniqueEmail() }, { QStringLiteral("code"), code } });
    QCOMPARE(nobody.status, 400);
    QCOMPARE(nobody.code(), QStringLiteral("invalid_code"));
}

void TestServerAuth::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("errors");
    const QString p = QStringLiteral("password:");
    QTest::newRow("all four") << QStringLiteral("abc")
                              << QStringList { p + "min_length", p + "digit_and_letter", p + "upper_and_lower",
                                               p + "special_character" };
    QTest::newRow("too short") << QStringLiteral("Ab1!defg") << QStringList { p + "min_length" };
    QTest::newRow("no digit") << QStringLiteral("Abcdefghijk!") << QStringList { p + "digit_and_letter" };
    QTest::newRow("no upper") << QStringLiteral("abcdefghij1!") << QStringList { p + "upper_and_lower" };
    QTest::newRow("no special") << QStringLiteral("Abcdefghij12") << QStringList { p + "special_character" };
    QTest::newRow("old demo") << QStringLiteral("puyenvelay")
                              << QStringList { p + "min_length", p + "digit_and_letter", p + "upper_and_lower",
                                               p + "special_character" };
}

void TestServerAuth::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(QStringList, errors);
    const QString email = uniqueEmail();
    const TestReply r = m_http->post(QStringLiteral("/auth/register"), registration(email, password));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), QStringLiteral("password_too_weak"));
    QCOMPARE(fieldErrors(r), errors);
    for (const QJsonValue& e : r.json().value(QStringLiteral("errors")).toArray())
        QVERIFY(!e.toObject().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(m_server.mailsTo(email).isEmpty());
}

void TestServerAuth::loginFailuresLookAlike()
{
    const TestReply wrong = m_http->post(QStringLiteral("/auth/login"),
                                         credentials(QStringLiteral("marie.dupont@example.org"), QStringLiteral("x")));
    const TestReply unknown
        = m_http->post(QStringLiteral("/auth/login"), credentials(uniqueEmail(), QStringLiteral("x")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.status, wrong.status);
    QCOMPARE(unknown.body, wrong.body);
}

void TestServerAuth::logoutRevokes()
{
    const TestReply tokens = registerAccount(*m_http, m_server, uniqueEmail(), StrongPassword, true);
    QCOMPARE(tokens.status, 201);
    m_http->setBearer(accessToken(tokens));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/logout"), {}, {}).status, 204);
    const TestReply after = m_http->get(QStringLiteral("/me"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.code(), QStringLiteral("unauthorized"));
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/logout"), {}, {}).status, 401);
    m_http->clearBearer();
    // The refresh token of the session went with it.
    QCOMPARE(m_http
                 ->post(QStringLiteral("/auth/refresh"),
                        QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken(tokens)) } })
                 .status,
             401);
}

void TestServerAuth::forcedPasswordChange()
{
    const QString email = QStringLiteral("jean.martin@example.org");
    const TestReply tokens
        = m_http->post(QStringLiteral("/auth/login"), credentials(email, QStringLiteral("puyenvelay")));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    m_http->setBearer(accessToken(tokens));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 200);
    const TestReply blocked
        = m_http->patch(QStringLiteral("/me"), QJsonObject { { QStringLiteral("newsletter"), true } });
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.code(), QStringLiteral("password_change_required"));

    const QString next = QStringLiteral("Puy-en-Velay-2026!");
    TestReply r = m_http->post(QStringLiteral("/me/password"),
                               QJsonObject { { QStringLiteral("currentPassword"), QStringLiteral("puyenvelay") },
                                             { QStringLiteral("newPassword"), QStringLiteral("puyenvelay2") } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), QStringLiteral("password_too_weak"));
    QVERIFY(fieldErrors(r).contains(QStringLiteral("newPassword:min_length")));
    r = m_http->post(QStringLiteral("/me/password"),
                     QJsonObject { { QStringLiteral("currentPassword"), QStringLiteral("nope") },
                                   { QStringLiteral("newPassword"), next } });
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("wrong_password"));
    r = m_http->post(QStringLiteral("/me/password"),
                     QJsonObject { { QStringLiteral("currentPassword"), QStringLiteral("puyenvelay") },
                                   { QStringLiteral("newPassword"), next } });
    QCOMPARE(r.status, 204);
    // The same session goes on, now without restriction.
    QCOMPARE(m_http->patch(QStringLiteral("/me"), QJsonObject { { QStringLiteral("newsletter"), true } }).status, 200);
    m_http->clearBearer();
    QCOMPARE(m_http->post(QStringLiteral("/auth/login"), credentials(email, QStringLiteral("puyenvelay"))).status, 401);
    const TestReply again = m_http->post(QStringLiteral("/auth/login"), credentials(email, next));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
}

void TestServerAuth::forgotAnswersAlike()
{
    const QString known = uniqueEmail();
    QCOMPARE(registerAccount(*m_http, m_server, known).status, 201);
    const int mailsBefore = int(m_server.mailsTo(known).size());
    const QString unknown = uniqueEmail();
    const TestReply a
        = m_http->post(QStringLiteral("/auth/password/forgot"), QJsonObject { { QStringLiteral("email"), known } });
    const TestReply b
        = m_http->post(QStringLiteral("/auth/password/forgot"), QJsonObject { { QStringLiteral("email"), unknown } });
    QCOMPARE(a.status, 202);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.body, a.body);
    QCOMPARE(m_server.mailsTo(known).size(), mailsBefore + 1);
    QVERIFY(m_server.mailsTo(unknown).isEmpty());
}

void TestServerAuth::resetRevokesEverySession()
{
    const QString email = uniqueEmail();
    const TestReply first = registerAccount(*m_http, m_server, email, StrongPassword, true);
    QCOMPARE(first.status, 201);
    const TestReply second = m_http->post(QStringLiteral("/auth/login"), credentials(email, StrongPassword));
    QCOMPARE(second.status, 200);

    QCOMPARE(m_http->post(QStringLiteral("/auth/password/forgot"), QJsonObject { { QStringLiteral("email"), email } })
                 .status,
             202);
    const QString code = m_server.latestCode(email);
    QVERIFY(!code.isEmpty());
    const QString next = QStringLiteral("Nouveau-Secret-2027?");
    auto reset = [&](const QString& c, const QString& pw) {
        return m_http->post(QStringLiteral("/auth/password/reset"),
                            QJsonObject { { QStringLiteral("email"), email },
                                          { QStringLiteral("code"), c },
                                          { QStringLiteral("newPassword"), pw } });
    };
    const TestReply weak = reset(code, QStringLiteral("short"));
    QCOMPARE(weak.status, 422);
    QCOMPARE(weak.code(), QStringLiteral("password_too_weak"));
    QVERIFY(fieldErrors(weak).contains(QStringLiteral("newPassword:min_length")));
    const QString wrong = QStringLiteral("%1").arg((code.toInt() + 7) % 1000000, 6, 10, QLatin1Char('0'));
    const TestReply bad = reset(wrong, next);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.code(), QStringLiteral("invalid_code"));
    QCOMPARE(reset(code, next).status, 204);

    for (const TestReply* tokens : { &first, &second }) {
        m_http->setBearer(accessToken(*tokens));
        QCOMPARE(m_http->get(QStringLiteral("/me")).status, 401);
    }
    m_http->clearBearer();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/auth/refresh"),
                        QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken(first)) } })
                 .status,
             401);
    QCOMPARE(m_http->post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 401);
    QCOMPARE(m_http->post(QStringLiteral("/auth/login"), credentials(email, next)).status, 200);
    QCOMPARE(reset(code, QStringLiteral("Encore-Un-Autre-2028!")).status, 400); // the code is used up
}

void TestServerAuth::refreshRotatesAndReuseRevokesFamily()
{
    const QString email = uniqueEmail();
    QCOMPARE(registerAccount(*m_http, m_server, email).status, 201);
    const TestReply login = m_http->post(QStringLiteral("/auth/login"), credentials(email, StrongPassword, true));
    QCOMPARE(login.status, 200);
    const QByteArray r1 = refreshToken(login);
    QVERIFY(r1.size() >= 43);
    auto refresh = [&](const QByteArray& token) {
        return m_http->post(QStringLiteral("/auth/refresh"),
                            QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(token) } });
    };
    const TestReply rotated = refresh(r1);
    QCOMPARE(rotated.status, 200);
    const QByteArray r2 = refreshToken(rotated);
    QVERIFY(r2 != r1);
    QVERIFY(accessToken(rotated) != accessToken(login));
    m_http->setBearer(accessToken(rotated));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 200);
    m_http->setBearer(accessToken(login));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 401); // the rotated-out access token

    const TestReply reused = refresh(r1);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.code(), QStringLiteral("invalid_token"));
    // The reuse ended the whole family: the newest pair is dead too.
    QCOMPARE(refresh(r2).status, 401);
    m_http->setBearer(accessToken(rotated));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 401);
    m_http->clearBearer();
}

void TestServerAuth::meEtagAndNotModified()
{
    const TestReply tokens = registerAccount(*m_http, m_server, uniqueEmail());
    m_http->setBearer(accessToken(tokens));
    const TestReply me = m_http->get(QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    const QByteArray etag = me.header("ETag");
    QVERIFY(etag.startsWith('"'));
    QCOMPARE(m_http->get(QStringLiteral("/me"), { { "If-None-Match", etag } }).status, 304);
    QCOMPARE(m_http->get(QStringLiteral("/me"), { { "If-None-Match", "\"other\"" } }).status, 200);
    const TestReply changed
        = m_http->patch(QStringLiteral("/me"), QJsonObject { { QStringLiteral("firstName"), "Zoé" } });
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("ETag") != etag);
    QCOMPARE(m_http->get(QStringLiteral("/me"), { { "If-None-Match", etag } }).status, 200);
    m_http->clearBearer();
}

void TestServerAuth::patchMeValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("civility") << QByteArray(R"({"civility":"Dr"})") << QStringLiteral("civility:invalid_choice");
    QTest::newRow("empty name") << QByteArray(R"({"firstName":"  "})") << QStringLiteral("firstName:required");
    QTest::newRow("long name") << QByteArray(R"({"lastName":")" + QByteArray(101, 'a') + R"("})")
                               << QStringLiteral("lastName:too_long");
    QTest::newRow("future birth") << QByteArray(R"({"birthDate":"2999-01-01"})")
                                  << QStringLiteral("birthDate:in_future");
    QTest::newRow("bad date") << QByteArray(R"({"birthDate":"01/02/1990"})")
                              << QStringLiteral("birthDate:invalid_date");
    QTest::newRow("newsletter type") << QByteArray(R"({"newsletter":"yes"})")
                                     << QStringLiteral("newsletter:invalid_type");
    QTest::newRow("name type") << QByteArray(R"({"firstName":12})") << QStringLiteral("firstName:invalid_type");
    QTest::newRow("company name") << QByteArray(R"({"company":{"name":""}})")
                                  << QStringLiteral("company.name:required");
    QTest::newRow("siret") << QByteArray(R"({"company":{"name":"ACME","siret":"123"}})")
                           << QStringLiteral("company.siret:invalid_siret");
    QTest::newRow("email") << QByteArray(R"({"email":"x@example.org"})") << QStringLiteral("email:not_editable");
    QTest::newRow("role") << QByteArray(R"({"role":"agent"})") << QStringLiteral("role:not_editable");
}

void TestServerAuth::patchMeValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    static QByteArray token;
    if (token.isEmpty())
        token = accessToken(registerAccount(*m_http, m_server, uniqueEmail()));
    m_http->setBearer(token);
    const TestReply r = m_http->send("PATCH", QStringLiteral("/me"), body);
    m_http->clearBearer();
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), QStringLiteral("validation_failed"));
    QVERIFY2(fieldErrors(r).contains(error), qPrintable(fieldErrors(r).join(QLatin1Char(' '))));
    QVERIFY(!r.json().value(QStringLiteral("title")).toString().isEmpty());
}

void TestServerAuth::patchMeUpdates()
{
    m_http->setBearer(accessToken(registerAccount(*m_http, m_server, uniqueEmail())));
    const TestReply r = m_http->patch(
        QStringLiteral("/me"),
        QJsonObject { { QStringLiteral("civility"), QStringLiteral("M") },
                      { QStringLiteral("lastName"), QStringLiteral("Bonnefoy") },
                      { QStringLiteral("birthDate"), QJsonValue::Null },
                      { QStringLiteral("company"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Velay Bois") },
                                      { QStringLiteral("siret"), QStringLiteral("12345678901234") } } } });
    QCOMPARE(r.status, 200);
    const TestReply me = m_http->get(QStringLiteral("/me"));
    m_http->clearBearer();
    QCOMPARE(me.json(), r.json());
    QCOMPARE(me.json().value(QStringLiteral("civility")).toString(), QStringLiteral("M"));
    QCOMPARE(me.json().value(QStringLiteral("lastName")).toString(), QStringLiteral("Bonnefoy"));
    QVERIFY(me.json().value(QStringLiteral("birthDate")).isNull());
    QCOMPARE(me.json().value(QStringLiteral("company")).toObject().value(QStringLiteral("siret")).toString(),
             QStringLiteral("12345678901234"));
    QCOMPARE(me.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Élise")); // untouched
}

void TestServerAuth::changePasswordRevokesOtherSessions()
{
    const QString email = uniqueEmail();
    const TestReply mine = registerAccount(*m_http, m_server, email);
    const TestReply other = m_http->post(QStringLiteral("/auth/login"), credentials(email, StrongPassword, true));
    QCOMPARE(other.status, 200);
    m_http->setBearer(accessToken(mine));
    const QString next = QStringLiteral("Changement-Voulu-2026#");
    QCOMPARE(m_http
                 ->post(QStringLiteral("/me/password"),
                        QJsonObject { { QStringLiteral("currentPassword"), StrongPassword },
                                      { QStringLiteral("newPassword"), StrongPassword } })
                 .code(),
             QStringLiteral("validation_failed"));
    QCOMPARE(m_http
                 ->post(QStringLiteral("/me/password"),
                        QJsonObject { { QStringLiteral("currentPassword"), StrongPassword },
                                      { QStringLiteral("newPassword"), next } })
                 .status,
             204);
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 200); // this session stays
    m_http->setBearer(accessToken(other));
    QCOMPARE(m_http->get(QStringLiteral("/me")).status, 401); // the other one is gone
    m_http->clearBearer();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/auth/refresh"),
                        QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken(other)) } })
                 .status,
             401);
}

void TestServerAuth::requestIdAndLanguage()
{
    TestReply r = m_http->get(QStringLiteral("/health"), { { "X-Request-Id", "client-42.abc" } });
    QCOMPARE(r.header("X-Request-Id"), QByteArray("client-42.abc"));
    r = m_http->get(QStringLiteral("/health"), { { "X-Request-Id", "bad id with spaces" } });
    QVERIFY(!r.header("X-Request-Id").isEmpty());
    QVERIFY(r.header("X-Request-Id") != "bad id with spaces");
    r = m_http->get(QStringLiteral("/me"), { { "Accept-Language", "fr-FR,fr;q=0.9" } });
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("Authentification requise"));
    QCOMPARE(r.header("Content-Language"), QByteArray("fr"));
    r = m_http->get(QStringLiteral("/me"), { { "Accept-Language", "en-GB,en;q=0.8" } });
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("Authentication required"));
}

void TestServerAuth::throttling()
{
    // A server of its own, so that the failures here do not disturb the other cases.
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--throttle-base"), QStringLiteral("2s") }),
             qPrintable(server.errorString()));
    TestHttp http(server);
    const QString email = uniqueEmail();
    QCOMPARE(registerAccount(http, server, email).status, 201);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.post(QStringLiteral("/auth/login"), credentials(email, QStringLiteral("wrong"))).status, 401);
    // Blocked now, even with the right password: no oracle, and a Retry-After to honour.
    const TestReply blocked = http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword));
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.code(), QStringLiteral("too_many_requests"));
    QVERIFY(blocked.header("Retry-After").toInt() >= 1);
    // No permanent lockout: once the delay has passed, the right password works.
    QTRY_COMPARE_WITH_TIMEOUT(http.post(QStringLiteral("/auth/login"), credentials(email, StrongPassword)).status, 200,
                              10000);

    // Per client address: many accounts failing from one address get delayed as well.
    int status = 0;
    for (int i = 0; i < 25 && status != 429; ++i)
        status = http.post(QStringLiteral("/auth/login"), credentials(uniqueEmail(), QStringLiteral("x"))).status;
    QCOMPARE(status, 429);
}

void TestServerAuth::idleTimeout()
{
    // The default, two hours, as the web platform announces; time passes by ageing the sessions'
    // last activity in the server's database rather than by waiting.
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestHttp http(server);
    const QString email = uniqueEmail();
    const TestReply tokens = registerAccount(http, server, email, StrongPassword, true);
    QCOMPARE(tokens.status, 201);
    QCOMPARE(tokens.json().value(QStringLiteral("accessExpiresIn")).toInt(), 2 * 3600);
    http.setBearer(accessToken(tokens));
    constexpr qint64 Minute = 60 * 1000;
    // Activity slides the timeout: three requests 1 h 30 apart outlive 2 hours.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(http.get(QStringLiteral("/me")).status, 200);
        QVERIFY2(server.ageSessions(90 * Minute), qPrintable(server.errorString()));
    }
    QCOMPARE(http.get(QStringLiteral("/me")).status, 200);
    // 1 h 59 without a request: still signed in.
    QVERIFY(server.ageSessions(119 * Minute));
    QCOMPARE(http.get(QStringLiteral("/me")).status, 200);
    // 2 h 01 without a request: the session is over.
    QVERIFY(server.ageSessions(121 * Minute));
    const TestReply expired = http.get(QStringLiteral("/me"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), QStringLiteral("session_expired"));
    // "Se souvenir de moi" gets a new session without the password.
    http.clearBearer();
    const TestReply renewed
        = http.post(QStringLiteral("/auth/refresh"),
                    QJsonObject { { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken(tokens)) } });
    QCOMPARE(renewed.status, 200);
    http.setBearer(accessToken(renewed));
    QCOMPARE(http.get(QStringLiteral("/me")).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
