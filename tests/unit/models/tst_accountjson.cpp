#include <QJsonDocument>
#include <QTest>

#include "models/Account.h"

using namespace citoyens;

class TestAccountJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void nullsAndDefaults();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
    void registrationRoundTrip();
    void profileChangeOnlyCarriesWhatChanged();
    void profileChangeClearsCompany();
};

static Account sample()
{
    Account a;
    a.id = QStringLiteral("acc_42");
    a.email = QStringLiteral("elodie.ngoc@example.org");
    a.civility = Account::CivilityMme;
    a.firstName = QStringLiteral("Élodie");
    a.lastName = QStringLiteral("O'Brien-Ngọc");
    a.birthDate = QDate(1988, 2, 29);
    a.newsletter = true;
    a.company = Company { QStringLiteral("Boulangerie du Puy"), QStringLiteral("12345678901234") };
    a.role = Account::RoleAgent;
    a.communes = { QStringLiteral("ROSIÈRES"), QStringLiteral("BAINS") };
    a.createdAt = QDateTime(QDate(2026, 11, 26), QTime(19, 0), Qt::UTC);
    return a;
}

void TestAccountJson::roundTrip()
{
    const Account a = sample();
    // Through text, as on the wire.
    const QByteArray wire = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
    FieldErrors errors;
    const std::optional<Account> back = Account::fromJson(QJsonDocument::fromJson(wire).object(), &errors);
    QVERIFY2(back.has_value(), qPrintable(errors.value(0).field));
    QCOMPARE(back->firstName, QStringLiteral("Élodie"));
    QCOMPARE(back->birthDate, QDate(1988, 2, 29));
    QCOMPARE(back->createdAt, a.createdAt);
    QVERIFY(*back == a);
    QVERIFY(wire.contains("\"birthDate\":\"1988-02-29\""));
}

void TestAccountJson::nullsAndDefaults()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"id":"1","email":"a@b.fr","firstName":"A","lastName":"B",
        "birthDate":null,"company":null})")
                                 .object();
    const std::optional<Account> a = Account::fromJson(json);
    QVERIFY(a.has_value());
    QVERIFY(!a->birthDate.isValid());
    QVERIFY(!a->company.has_value());
    QCOMPARE(a->role, Account::RoleCitizen);
    QCOMPARE(a->newsletter, false);
    QVERIFY(a->toJson().value(QStringLiteral("birthDate")).isNull());
}

void TestAccountJson::wrongTypesNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing id") << QByteArray(R"({"email":"a@b.fr","firstName":"A","lastName":"B"})")
                                << QStringLiteral("id") << QStringLiteral("required");
    QTest::newRow("number as name") << QByteArray(R"({"id":"1","email":"a@b.fr","firstName":7,"lastName":"B"})")
                                    << QStringLiteral("firstName") << QStringLiteral("invalid_type");
    QTest::newRow("bad date") << QByteArray(
        R"({"id":"1","email":"a@b.fr","firstName":"A","lastName":"B","birthDate":"2026-02-30"})")
                              << QStringLiteral("birthDate") << QStringLiteral("invalid_date");
    QTest::newRow("string as bool") << QByteArray(
        R"({"id":"1","email":"a@b.fr","firstName":"A","lastName":"B","newsletter":"yes"})")
                                    << QStringLiteral("newsletter") << QStringLiteral("invalid_type");
    QTest::newRow("company name missing")
        << QByteArray(R"({"id":"1","email":"a@b.fr","firstName":"A","lastName":"B","company":{}})")
        << QStringLiteral("company.name") << QStringLiteral("required");
    QTest::newRow("communes not strings")
        << QByteArray(R"({"id":"1","email":"a@b.fr","firstName":"A","lastName":"B","communes":[1]})")
        << QStringLiteral("communes") << QStringLiteral("invalid_type");
}

void TestAccountJson::wrongTypesNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!Account::fromJson(QJsonDocument::fromJson(json).object(), &errors).has_value());
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
}

void TestAccountJson::registrationRoundTrip()
{
    Registration r;
    r.email = QStringLiteral("x@example.org");
    r.civility = Account::CivilityM;
    r.firstName = QStringLiteral("Ngọc");
    r.lastName = QStringLiteral("Nguyễn");
    r.password = QStringLiteral("Citoyens-2026!");
    r.newsletter = true;
    r.acceptTerms = true;
    FieldErrors errors;
    const Registration back = Registration::fromJson(r.toJson(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back.firstName, r.firstName);
    QCOMPARE(back.password, r.password);
    QVERIFY(!back.company.has_value());
    QVERIFY(back.acceptTerms);

    Registration::fromJson(QJsonObject { { QStringLiteral("email"), QStringLiteral("x@example.org") } }, &errors);
    QVERIFY(errors.contains(FieldError { QStringLiteral("acceptTerms"), QStringLiteral("required") }));
    QVERIFY(errors.contains(FieldError { QStringLiteral("password"), QStringLiteral("required") }));
}

void TestAccountJson::profileChangeOnlyCarriesWhatChanged()
{
    ProfileChange c;
    c.firstName = QStringLiteral("Marie-Anne");
    const QJsonObject json = c.toJson();
    QCOMPARE(json.keys(), QStringList { QStringLiteral("firstName") });

    FieldErrors errors;
    const ProfileChange back = ProfileChange::fromJson(json, &errors);
    QVERIFY(errors.isEmpty());
    Account a = sample();
    back.applyTo(a);
    QCOMPARE(a.firstName, QStringLiteral("Marie-Anne"));
    QCOMPARE(a.lastName, sample().lastName);
    QVERIFY(a.company.has_value());
}

void TestAccountJson::profileChangeClearsCompany()
{
    FieldErrors errors;
    const ProfileChange c
        = ProfileChange::fromJson(QJsonDocument::fromJson(R"({"company":null,"birthDate":null})").object(), &errors);
    QVERIFY(errors.isEmpty());
    Account a = sample();
    c.applyTo(a);
    QVERIFY(!a.company.has_value());
    QVERIFY(!a.birthDate.isValid());
}

QTEST_APPLESS_MAIN(TestAccountJson)
#include "tst_accountjson.moc"
