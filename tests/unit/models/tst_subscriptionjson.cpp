#include <QJsonDocument>
#include <QTest>

#include "models/Beneficiary.h"
#include "models/BeneficiaryOptions.h"
#include "models/Subscription.h"
#include "models/SubscriptionRequest.h"
#include "models/Validation.h"

using namespace citoyens;

class TestSubscriptionJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void nullsStayAbsent();
    void fieldErrors_data();
    void fieldErrors();
    void requestNotANumber();
    void displayName_data();
    void displayName();
    void beneficiaryRoundTrip();
    void beneficiaryRules_data();
    void beneficiaryRules();
    void optionsRoundTrip();
};

static QJsonObject throughWire(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

static Subscription sample()
{
    Subscription s;
    s.id = QStringLiteral("sub_1");
    s.serviceId = QStringLiteral("rosieres-accueil-resident");
    s.communeId = QStringLiteral("rosieres");
    s.serviceName = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.communeName = QStringLiteral("ROSIÈRES");
    s.status = Subscription::StatusIncomplete;
    s.statusReason = QStringLiteral("Il manque la page 2.");
    s.fiscalIncomeEuros = 23500;
    s.fiscalPartsHalves = 5;
    s.quotient = 391;
    s.bracketLabel = QStringLiteral("inf 399");
    s.documents = { { QStringLiteral("proof_of_address"), QStringLiteral("doc_1") },
                    { QStringLiteral("income_statement"), QStringLiteral("doc_2") } };
    s.createdAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);
    s.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC);
    s.citizen = CitizenSummary { QStringLiteral("acc_1"), QStringLiteral("Élodie"), QStringLiteral("O'Brien"),
                                 QStringLiteral("elodie@example.org"), QDate(1988, 4, 2) };
    s.missingDocumentKind = QStringLiteral("income_statement");
    return s;
}

void TestSubscriptionJson::roundTrip()
{
    const Subscription s = sample();
    FieldErrors errors;
    const std::optional<Subscription> back = Subscription::fromJson(throughWire(s.toJson()), &errors);
    QVERIFY2(back, qPrintable(errors.value(0).field));
    QVERIFY(*back == s);
    QCOMPARE(back->citizen->firstName, QStringLiteral("Élodie"));
    QCOMPARE(back->citizen->birthDate, QDate(1988, 4, 2));
    QCOMPARE(back->missingDocumentKind, QStringLiteral("income_statement"));
}

void TestSubscriptionJson::nullsStayAbsent()
{
    Subscription s = sample();
    s.fiscalIncomeEuros.reset();
    s.fiscalPartsHalves.reset();
    s.quotient.reset();
    s.bracketLabel.clear();
    s.statusReason.clear();
    s.citizen.reset();
    const QJsonObject json = s.toJson();
    QVERIFY(json.value(QStringLiteral("quotient")).isNull());
    QVERIFY(!json.contains(QStringLiteral("citizen")));
    const std::optional<Subscription> back = Subscription::fromJson(throughWire(json));
    QVERIFY(back);
    QVERIFY(*back == s);
}

void TestSubscriptionJson::fieldErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing id") << QByteArray(R"({"serviceId":"s","status":"pending"})") << QStringLiteral("id")
                                << QStringLiteral("required");
    QTest::newRow("quotient as text") << QByteArray(R"({"id":"1","serviceId":"s","status":"pending","quotient":"3"})")
                                      << QStringLiteral("quotient") << QStringLiteral("invalid_type");
    QTest::newRow("document without id") << QByteArray(
        R"({"id":"1","serviceId":"s","status":"pending","documents":[{"kind":"k"}]})")
                                         << QStringLiteral("documents[0].documentId") << QStringLiteral("required");
    QTest::newRow("bad instant") << QByteArray(R"({"id":"1","serviceId":"s","status":"pending","createdAt":"hier"})")
                                 << QStringLiteral("createdAt") << QStringLiteral("invalid_date");
    QTest::newRow("citizen without id") << QByteArray(
        R"({"id":"1","serviceId":"s","status":"pending","citizen":{"firstName":"A"}})")
                                        << QStringLiteral("citizen.id") << QStringLiteral("required");
}

void TestSubscriptionJson::fieldErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!Subscription::fromJson(QJsonDocument::fromJson(json).object(), &errors));
    QCOMPARE(errors.value(0), (FieldError { field, code }));
}

void TestSubscriptionJson::requestNotANumber()
{
    SubscriptionRequest req { QStringLiteral("svc"), 23500, 5, { { QStringLiteral("k"), QStringLiteral("d") } }, {} };
    FieldErrors errors;
    const SubscriptionRequest back = SubscriptionRequest::fromJson(throughWire(req.toJson()), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back.fiscalIncomeEuros, std::optional<qint64>(23500));
    QCOMPARE(back.fiscalPartsHalves, std::optional<int>(5));
    QCOMPARE(back.documents.size(), 1);
    SubscriptionRequest::fromJson(
        QJsonDocument::fromJson(R"({"serviceId":"s","fiscalIncomeEuros":"beaucoup","fiscalPartsHalves":2.5})").object(),
        &errors);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0), (FieldError { QStringLiteral("fiscalIncomeEuros"), QStringLiteral("not_a_number") }));
    QCOMPARE(errors.at(1), (FieldError { QStringLiteral("fiscalPartsHalves"), QStringLiteral("not_a_number") }));
}

void TestSubscriptionJson::displayName_data()
{
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("bracket");
    QTest::addColumn<QString>("expected");
    QTest::newRow("demo example") << QStringLiteral("ROSIÈRES")
                                  << QStringLiteral("Inscription accueil de loisirs résident commune")
                                  << QStringLiteral("inf 399")
                                  << QStringLiteral(
                                         "Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399");
    QTest::newRow("no bracket") << QStringLiteral("BAINS") << QStringLiteral("Réservation repas enfants") << QString()
                                << QStringLiteral("Bains / Réservation Repas Enfants");
    QTest::newRow("small words") << QStringLiteral("ALLÈGRE") << QStringLiteral("Réservation pour adultes")
                                 << QStringLiteral("400 à 699")
                                 << QStringLiteral("Allègre / Réservation pour Adultes / 400 à 699");
    QTest::newRow("à la") << QStringLiteral("AIGUILHE") << QStringLiteral("1er enfant à la garderie") << QString()
                          << QStringLiteral("Aiguilhe / 1er Enfant à la Garderie");
    QTest::newRow("hyphen") << QStringLiteral("ROSIÈRES")
                            << QStringLiteral("Inscription accueil de loisirs résident hors-commune") << QString()
                            << QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Hors-Commune");
    QTest::newRow("small word first") << QStringLiteral("LE PUY-EN-VELAY") << QStringLiteral("la cantine") << QString()
                                      << QStringLiteral("Le Puy-En-Velay / La Cantine");
}

void TestSubscriptionJson::displayName()
{
    QFETCH(QString, commune);
    QFETCH(QString, service);
    QFETCH(QString, bracket);
    QFETCH(QString, expected);
    Subscription s;
    s.communeName = commune;
    s.serviceName = service;
    s.bracketLabel = bracket;
    QCOMPARE(s.displayName(), expected);
}

void TestSubscriptionJson::beneficiaryRoundTrip()
{
    Beneficiary b;
    b.id = QStringLiteral("ben_1");
    b.lastName = QStringLiteral("Nguyễn");
    b.firstName = QStringLiteral("Ngọc");
    b.birthDate = QDate(2018, 5, 3);
    b.relation = QStringLiteral("Enfant");
    b.schoolClass = QStringLiteral("CE1");
    b.pai = QStringLiteral("Allergie aux arachides");
    b.group = QStringLiteral("Les Lutins");
    b.client = QStringLiteral("C-42");
    b.hasPhoto = true;
    b.status = Beneficiary::StatusApproved;
    b.createdAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);
    std::optional<Beneficiary> back = Beneficiary::fromJson(throughWire(b.toJson()));
    QVERIFY(back);
    QVERIFY(*back == b);
    // A creation body: only the names are required.
    FieldErrors errors;
    back = Beneficiary::fromJson(QJsonDocument::fromJson(R"({"lastName":"O'Brien","firstName":"Élodie"})").object(),
                                 &errors);
    QVERIFY(back);
    QCOMPARE(back->status, Beneficiary::StatusPending);
    QVERIFY(!Beneficiary::fromJson(QJsonDocument::fromJson(R"({"lastName":"X","birthDate":"2020-13-01"})").object(),
                                   &errors));
    QCOMPARE(errors.value(0), (FieldError { QStringLiteral("firstName"), QStringLiteral("required") }));
    QCOMPARE(errors.value(1), (FieldError { QStringLiteral("birthDate"), QStringLiteral("invalid_date") }));
}

void TestSubscriptionJson::beneficiaryRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QString() << QString() << QString();
    QTest::newRow("Élodie") << QStringLiteral("firstName") << QStringLiteral("Élodie") << QString();
    QTest::newRow("Ngọc") << QStringLiteral("firstName") << QStringLiteral("Ngọc") << QString();
    QTest::newRow("O'Brien") << QStringLiteral("lastName") << QStringLiteral("O'Brien") << QString();
    QTest::newRow("blank name") << QStringLiteral("lastName") << QStringLiteral("  ") << QStringLiteral("required");
    QTest::newRow("long name") << QStringLiteral("firstName") << QString(101, QLatin1Char('a'))
                               << QStringLiteral("too_long");
    QTest::newRow("future birth") << QStringLiteral("birthDate") << QStringLiteral("2026-11-27")
                                  << QStringLiteral("in_future");
    QTest::newRow("bad relation") << QStringLiteral("relation") << QStringLiteral("Cousin")
                                  << QStringLiteral("invalid_choice");
    QTest::newRow("bad class") << QStringLiteral("schoolClass") << QStringLiteral("CE3")
                               << QStringLiteral("invalid_choice");
    QTest::newRow("pai 2000") << QStringLiteral("pai") << QString(2000, QLatin1Char('p')) << QString();
    QTest::newRow("pai 2001") << QStringLiteral("pai") << QString(2001, QLatin1Char('p')) << QStringLiteral("too_long");
    QTest::newRow("group 101") << QStringLiteral("group") << QString(101, QLatin1Char('g'))
                               << QStringLiteral("too_long");
    QTest::newRow("client 101") << QStringLiteral("client") << QString(101, QLatin1Char('c'))
                                << QStringLiteral("too_long");
}

void TestSubscriptionJson::beneficiaryRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QJsonObject json { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                       { QStringLiteral("firstName"), QStringLiteral("Léa") },
                       { QStringLiteral("birthDate"), QStringLiteral("2018-01-01") },
                       { QStringLiteral("relation"), QStringLiteral("Enfant") },
                       { QStringLiteral("schoolClass"), QStringLiteral("CP") } };
    if (!field.isEmpty())
        json.insert(field, value);
    const std::optional<Beneficiary> b = Beneficiary::fromJson(json);
    QVERIFY(b);
    const FieldErrors errors = Validation::beneficiary(*b, QDate(2026, 11, 26));
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field));
        return;
    }
    QCOMPARE(errors.value(0), (FieldError { field, code }));
}

void TestSubscriptionJson::optionsRoundTrip()
{
    const BeneficiaryOptions o = BeneficiaryOptions::defaults();
    QCOMPARE(o.relations.first(), QStringLiteral("Père"));
    QCOMPARE(o.classes.size(), 12);
    QCOMPARE(o.classes.last(), QStringLiteral("Adulte"));
    const std::optional<BeneficiaryOptions> back = BeneficiaryOptions::fromJson(throughWire(o.toJson()));
    QVERIFY(back && *back == o);
    FieldErrors errors;
    QVERIFY(!BeneficiaryOptions::fromJson({}, &errors));
    QCOMPARE(errors.value(0).field, QStringLiteral("relations"));
}

QTEST_APPLESS_MAIN(TestSubscriptionJson)
#include "tst_subscriptionjson.moc"
