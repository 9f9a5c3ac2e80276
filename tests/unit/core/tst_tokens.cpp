#include "api/Tokens.h"

#include <QJsonDocument>
#include <QTest>

using namespace citoyens;

// The token answer of /auth/login, /auth/register/verify and /auth/refresh.
class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void rejects_data();
    void rejects();
};

static const char* const User = R"({"id":"a1","email":"marie.dupont@example.org","civility":"Mme",
    "firstName":"Marie","lastName":"Dupont","birthDate":null,"newsletter":false,"company":null,
    "role":"citizen","communes":[],"createdAt":"2026-01-05T09:00:00Z"})";

void TestTokens::parses()
{
    const QByteArray body = QByteArray(R"({"accessToken":"acc","refreshToken":null,"accessExpiresIn":7200,
        "mustChangePassword":true,"user":)")
        + User + "}";
    FieldErrors errors;
    const std::optional<Tokens> t = Tokens::fromJson(QJsonDocument::fromJson(body).object(), &errors);
    QVERIFY2(t, qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).code));
    QCOMPARE(t->accessToken, QByteArray("acc"));
    QVERIFY(t->refreshToken.isEmpty());
    QCOMPARE(t->accessExpiresIn, 7200);
    QVERIFY(t->mustChangePassword);
    QCOMPARE(t->user.email, QStringLiteral("marie.dupont@example.org"));
}

void TestTokens::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no access token") << QByteArray(R"({"user":)") + User + "}"
                                     << "accessToken"
                                     << "required";
    QTest::newRow("empty access token") << QByteArray(R"({"accessToken":"","user":)") + User + "}"
                                        << "accessToken"
                                        << "required";
    QTest::newRow("no user") << QByteArray(R"({"accessToken":"a"})") << "user"
                             << "required";
    QTest::newRow("user not an object") << QByteArray(R"({"accessToken":"a","user":3})") << "user"
                                        << "invalid_type";
    QTest::newRow("user without id") << QByteArray(R"({"accessToken":"a","user":{"email":"x@y.z"}})") << "user.id"
                                     << "required";
    QTest::newRow("token of the wrong type") << QByteArray(R"({"accessToken":5,"user":)") + User + "}"
                                             << "accessToken"
                                             << "invalid_type";
}

void TestTokens::rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!Tokens::fromJson(QJsonDocument::fromJson(body).object(), &errors));
    QVERIFY2(errors.contains(FieldError { field, code }), qPrintable(field));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
