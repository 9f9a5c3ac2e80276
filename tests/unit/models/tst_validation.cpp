#include <QTest>

#include "models/Validation.h"

using namespace citoyens;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void names_data();
    void names();
    void birthDate_data();
    void birthDate();
    void registrationCollectsEveryField();
    void companyRules();
    void verificationCode_data();
    void verificationCode();
    void normalizeEmail();
};

static QString firstCode(const FieldErrors& e)
{
    return e.isEmpty() ? QString() : e.first().code;
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << QStringLiteral("marie.dupont@example.org") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  marie@example.org ") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("required");
    QTest::newRow("no at") << QStringLiteral("marie.example.org") << QStringLiteral("invalid_email");
    QTest::newRow("no domain dot") << QStringLiteral("marie@localhost") << QStringLiteral("invalid_email");
    QTest::newRow("space inside") << QStringLiteral("ma rie@example.org") << QStringLiteral("invalid_email");
    QTest::newRow("two ats") << QStringLiteral("a@b@example.org") << QStringLiteral("invalid_email");
    QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@example.org"))
                              << QStringLiteral("too_long");
}

void TestValidation::email()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    QCOMPARE(firstCode(Validation::email(value)), code);
}

void TestValidation::names_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("Élodie") << QStringLiteral("Élodie") << QString();
    QTest::newRow("Ngọc") << QStringLiteral("Ngọc") << QString();
    QTest::newRow("O'Brien") << QStringLiteral("O'Brien") << QString();
    QTest::newRow("compound") << QStringLiteral("Jean-Baptiste de La Tour") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("100 chars") << QString(100, QLatin1Char('a')) << QString();
    QTest::newRow("101 chars") << QString(101, QLatin1Char('a')) << QStringLiteral("too_long");
    QTest::newRow("control char") << QStringLiteral("Ma\x01rie") << QStringLiteral("invalid_characters");
    QTest::newRow("newline") << QStringLiteral("Ma\nrie") << QStringLiteral("invalid_characters");
}

void TestValidation::names()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    const FieldErrors errors = Validation::personName(value, QStringLiteral("firstName"));
    QCOMPARE(firstCode(errors), code);
    if (!errors.isEmpty())
        QCOMPARE(errors.first().field, QStringLiteral("firstName"));
}

void TestValidation::birthDate_data()
{
    QTest::addColumn<QDate>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("not given") << QDate() << QString();
    QTest::newRow("today") << QDate(2026, 11, 26) << QString();
    QTest::newRow("tomorrow") << QDate(2026, 11, 27) << QStringLiteral("in_future");
    QTest::newRow("1899") << QDate(1899, 12, 31) << QStringLiteral("too_old");
    QTest::newRow("1900") << QDate(1900, 1, 1) << QString();
}

void TestValidation::birthDate()
{
    QFETCH(QDate, value);
    QFETCH(QString, code);
    QCOMPARE(firstCode(Validation::birthDate(value, QDate(2026, 11, 26))), code);
}

void TestValidation::registrationCollectsEveryField()
{
    Registration r;
    r.email = QStringLiteral("not-an-address");
    r.civility = QStringLiteral("Dr");
    r.password = QStringLiteral("short");
    r.birthDate = QDate(2030, 1, 1);
    r.company = Company {};
    const FieldErrors errors = Validation::registration(r, QDate(2026, 11, 26));
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    fields.removeDuplicates();
    QCOMPARE(fields,
             QStringList({ QStringLiteral("email"), QStringLiteral("civility"), QStringLiteral("firstName"),
                           QStringLiteral("lastName"), QStringLiteral("password"), QStringLiteral("birthDate"),
                           QStringLiteral("company.name"), QStringLiteral("acceptTerms") }));

    r.email = QStringLiteral("elodie@example.org");
    r.civility = Account::CivilityMme;
    r.firstName = QStringLiteral("Élodie");
    r.lastName = QStringLiteral("O'Brien");
    r.password = QStringLiteral("Citoyens-2026!");
    r.birthDate = QDate(1990, 5, 17);
    r.company = std::nullopt;
    r.acceptTerms = true;
    QVERIFY(Validation::registration(r, QDate(2026, 11, 26)).isEmpty());
}

void TestValidation::companyRules()
{
    QVERIFY(Validation::company(Company { QStringLiteral("SARL Velay"), QString() }).isEmpty());
    QVERIFY(
        Validation::company(Company { QStringLiteral("SARL Velay"), QStringLiteral("123 456 789 01234") }).isEmpty());
    QCOMPARE(firstCode(Validation::company(Company { QStringLiteral("SARL Velay"), QStringLiteral("12345") })),
             QStringLiteral("invalid_siret"));
    QCOMPARE(Validation::company(Company { QString(), QString() }).value(0).field, QStringLiteral("company.name"));
}

void TestValidation::verificationCode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("six digits") << QStringLiteral("042917") << QString();
    QTest::newRow("with spaces around") << QStringLiteral(" 042917 ") << QString();
    QTest::newRow("five digits") << QStringLiteral("04291") << QStringLiteral("invalid_code");
    QTest::newRow("letters") << QStringLiteral("04a917") << QStringLiteral("invalid_code");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
}

void TestValidation::verificationCode()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    QCOMPARE(firstCode(Validation::verificationCode(value)), code);
}

void TestValidation::normalizeEmail()
{
    QCOMPARE(Validation::normalizeEmail(QStringLiteral("  Marie.Dupont@Example.ORG ")),
             QStringLiteral("marie.dupont@example.org"));
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
