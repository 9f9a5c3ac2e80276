#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "models/CommuneList.h"
#include "models/FamilyQuotient.h"
#include "models/FieldCodes.h"
#include "models/Subscription.h"
#include "models/SubscriptionRequest.h"

using namespace citoyens;

// The family quotient kept from API Particulier, the identity it is asked with, and the official
// list of communes of birth embedded in the models library.
class TestFamilyQuotient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialListIsEmbedded();
    void findByCode();
    void searchByName_data();
    void searchByName();
    void searchIsBounded();
    void fold_data();
    void fold();
    void quotientRoundTrip();
    void subscriptionCarriesSummary();
    void requestRoundTrip();
    void requestRules_data();
    void requestRules();
    void foreignBirthNeedsNoCommune();
    void wrongTypes();
};

static const QDate Today(2026, 12, 8);

static FamilyQuotientRequest validRequest()
{
    FamilyQuotientRequest r;
    r.consent = true;
    r.birthName = QStringLiteral("Martin");
    r.firstNames = { QStringLiteral("Léa"), QStringLiteral("Marie") };
    r.sex = QStringLiteral("F");
    r.birthDate = QDate(1988, 3, 14);
    r.birthCountry = FamilyQuotientRequest::CountryFrance;
    r.birthCommune = QStringLiteral("43157");
    return r;
}

void TestFamilyQuotient::officialListIsEmbedded()
{
    const CommuneList& list = CommuneList::official();
    QVERIFY2(list.size() > 35000, qPrintable(QString::number(list.size())));
    QVERIFY(list.source().startsWith(QLatin1String("@etalab/decoupage-administratif 6.0.0")));
    QCOMPARE(&CommuneList::official(), &list); // read once
}

void TestFamilyQuotient::findByCode()
{
    const CommuneList& list = CommuneList::official();
    const OfficialCommune* puy = list.find(QStringLiteral("43157"));
    QVERIFY(puy);
    QCOMPARE(puy->name, QStringLiteral("Le Puy-en-Velay"));
    QCOMPARE(puy->departement, QStringLiteral("43"));
    QCOMPARE(puy->label(), QStringLiteral("Le Puy-en-Velay (43)"));
    QCOMPARE(list.find(QStringLiteral("2A004"))->name, QStringLiteral("Ajaccio"));
    QCOMPARE(list.find(QStringLiteral("97105"))->departement, QStringLiteral("971"));
    QVERIFY(list.contains(QStringLiteral("75113"))); // Paris's arrondissements: births are registered there
    QVERIFY(!list.contains(QStringLiteral("99999")));
    QVERIFY(!list.contains(QStringLiteral("4315")));
    QVERIFY(!list.contains(QString()));
}

void TestFamilyQuotient::searchByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedCode"); // among the answers
    QTest::newRow("exact") << QStringLiteral("Le Puy-en-Velay") << QStringLiteral("43157");
    QTest::newRow("no accent, lower case") << QStringLiteral("saint-etienne") << QStringLiteral("42218");
    QTest::newRow("spaces for hyphens") << QStringLiteral("le puy en v") << QStringLiteral("43157");
    QTest::newRow("without its article") << QStringLiteral("Puy-en-V") << QStringLiteral("43157");
    QTest::newRow("accents typed") << QStringLiteral("Rosières") << QStringLiteral("43165");
    QTest::newRow("ligature") << QStringLiteral("coeuvres") << QStringLiteral("02201");
}

void TestFamilyQuotient::searchByName()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedCode);
    const QList<OfficialCommune> found = CommuneList::official().search(text, 50);
    QVERIFY(!found.isEmpty());
    const bool present
        = std::any_of(found.cbegin(), found.cend(), [&](const OfficialCommune& c) { return c.code == expectedCode; });
    QVERIFY2(present, qPrintable(found.first().label()));
    for (const OfficialCommune& c : found)
        QVERIFY2(CommuneList::fold(c.name).contains(CommuneList::fold(text)), qPrintable(c.name));
}

void TestFamilyQuotient::searchIsBounded()
{
    const CommuneList& list = CommuneList::official();
    QCOMPARE(list.search(QStringLiteral("saint"), 20).size(), 20);
    QVERIFY(list.search(QString()).isEmpty());
    QVERIFY(list.search(QStringLiteral("zzzz")).isEmpty());
    // An exact name comes before the longer ones: "Paris" before its arrondissements.
    QCOMPARE(list.search(QStringLiteral("paris"), 5).first().code, QStringLiteral("75056"));
}

void TestFamilyQuotient::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << QStringLiteral("Saint-Étienne") << QStringLiteral("saint etienne");
    QTest::newRow("apostrophe") << QStringLiteral("L'Abergement") << QStringLiteral("l abergement");
    QTest::newRow("typographic apostrophe") << QStringLiteral("L’Île") << QStringLiteral("l ile");
    QTest::newRow("spaces") << QStringLiteral("  Le   Puy ") << QStringLiteral("le puy");
    QTest::newRow("ligature") << QStringLiteral("Cœuvres") << QStringLiteral("coeuvres");
}

void TestFamilyQuotient::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CommuneList::fold(text), expected);
}

void TestFamilyQuotient::quotientRoundTrip()
{
    FamilyQuotient q;
    q.id = QStringLiteral("fq_1");
    q.valeur = 512;
    q.fournisseur = FamilyQuotient::ProviderCnaf;
    q.mois = 3;
    q.annee = 2026;
    q.obtainedAt = QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC);
    q.expiresAt = q.obtainedAt.addMonths(12);
    const QJsonObject json = q.toJson();
    QCOMPARE(json.keys(), QStringList({ "annee", "expiresAt", "fournisseur", "id", "mois", "obtainedAt", "valeur" }));
    QCOMPARE(json.value(QStringLiteral("obtainedAt")).toString(), QStringLiteral("2026-03-20T09:30:00Z"));
    FieldErrors errors;
    const std::optional<FamilyQuotient> back = FamilyQuotient::fromJson(json, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(*back, q);
    QCOMPARE(back->organisation(), QStringLiteral("CAF"));
    QVERIFY(back->isValidAt(q.obtainedAt));
    QVERIFY(!back->isValidAt(q.expiresAt));

    QJsonObject wrongMonth = json;
    wrongMonth.insert(QStringLiteral("mois"), 13);
    QVERIFY(!FamilyQuotient::fromJson(wrongMonth, &errors));
    QCOMPARE(errors, FieldErrors({ { QStringLiteral("mois"), FieldCode::OutOfRange } }));
}

void TestFamilyQuotient::subscriptionCarriesSummary()
{
    Subscription s;
    s.id = QStringLiteral("sub_1");
    s.serviceId = QStringLiteral("svc");
    s.quotient = 512;
    FamilyQuotient q;
    q.valeur = 512;
    q.fournisseur = FamilyQuotient::ProviderMsa;
    q.mois = 3;
    q.annee = 2026;
    q.obtainedAt = QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC);
    s.familyQuotient = q;
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("familyQuotient")).toObject().keys(),
             QStringList({ "annee", "fournisseur", "mois", "obtainedAt", "valeur" }));
    FieldErrors errors;
    const std::optional<Subscription> back = Subscription::fromJson(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field));
    QCOMPARE(*back, s);
    QCOMPARE(back->familyQuotient->organisation(), QStringLiteral("MSA"));

    s.familyQuotient.reset();
    QVERIFY(s.toJson().value(QStringLiteral("familyQuotient")).isNull());
    QVERIFY(!Subscription::fromJson(s.toJson())->familyQuotient);

    SubscriptionRequest req;
    req.serviceId = QStringLiteral("svc");
    req.familyQuotientId = QStringLiteral("fq_1");
    QCOMPARE(SubscriptionRequest::fromJson(req.toJson(), &errors).familyQuotientId, QStringLiteral("fq_1"));
    QVERIFY(errors.isEmpty());
}

void TestFamilyQuotient::requestRoundTrip()
{
    const FamilyQuotientRequest r = validRequest();
    FieldErrors errors;
    const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object();
    QCOMPARE(wire.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1988-03-14"));
    QCOMPARE(wire.value(QStringLiteral("firstNames")).toArray().size(), 2);
    const FamilyQuotientRequest back = FamilyQuotientRequest::fromJson(wire, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back.birthName, r.birthName);
    QCOMPARE(back.firstNames, r.firstNames);
    QCOMPARE(back.sex, r.sex);
    QCOMPARE(back.birthDate, r.birthDate);
    QCOMPARE(back.birthCommune, r.birthCommune);
    QVERIFY(back.consent);
    QVERIFY(back.check(Today).isEmpty());
}

void TestFamilyQuotient::requestRules_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    auto row = [](const char* name, QJsonObject changes, const char* field, const QString& code) {
        QTest::newRow(name) << changes << QString::fromLatin1(field) << code;
    };
    row("no consent", { { "consent", false } }, "consent", FieldCode::ConsentRequired);
    row("consent absent", { { "consent", QJsonValue() } }, "consent", FieldCode::ConsentRequired);
    row("no birth name", { { "birthName", "  " } }, "birthName", FieldCode::Required);
    row("no first name", { { "firstNames", QJsonArray() } }, "firstNames", FieldCode::Required);
    row("an empty first name", { { "firstNames", QJsonArray { "Léa", "" } } }, "firstNames[1]", FieldCode::Required);
    row("eleven first names",
        { { "firstNames", QJsonArray { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k" } } }, "firstNames",
        FieldCode::TooLarge);
    row("sex X", { { "sex", "X" } }, "sex", FieldCode::InvalidChoice);
    row("sex absent", { { "sex", QJsonValue() } }, "sex", FieldCode::Required);
    row("no birth date", { { "birthDate", QJsonValue() } }, "birthDate", FieldCode::Required);
    row("born tomorrow", { { "birthDate", "2026-12-09" } }, "birthDate", FieldCode::InFuture);
    row("born in 1850", { { "birthDate", "1850-01-01" } }, "birthDate", FieldCode::TooOld);
    row("no country", { { "birthCountry", "" } }, "birthCountry", FieldCode::Required);
    row("country FR", { { "birthCountry", "FR" } }, "birthCountry", FieldCode::InvalidCountry);
    row("country 12345", { { "birthCountry", "12345" } }, "birthCountry", FieldCode::InvalidCountry);
    row("commune absent in France", { { "birthCommune", QJsonValue() } }, "birthCommune", FieldCode::Required);
    row("commune unknown", { { "birthCommune", "00000" } }, "birthCommune", FieldCode::UnknownCommune);
    row("commune typed as a name", { { "birthCommune", "Le Puy" } }, "birthCommune", FieldCode::UnknownCommune);
}

void TestFamilyQuotient::requestRules()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QJsonObject json = validRequest().toJson();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isUndefined())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
    FieldErrors errors;
    const FamilyQuotientRequest r = FamilyQuotientRequest::fromJson(json, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(r.check(Today), FieldErrors({ { field, code } }));
}

void TestFamilyQuotient::foreignBirthNeedsNoCommune()
{
    FamilyQuotientRequest r = validRequest();
    r.birthCountry = QStringLiteral("99134"); // Spain
    r.birthCommune.clear();
    QVERIFY(r.check(Today).isEmpty());
    r.birthCommune = QStringLiteral("00000"); // not sent abroad: not checked
    QVERIFY(r.check(Today).isEmpty());
    QVERIFY(r.toJson().value(QStringLiteral("birthCommune")).isNull());
}

void TestFamilyQuotient::wrongTypes()
{
    QJsonObject json = validRequest().toJson();
    json.insert(QStringLiteral("firstNames"), QStringLiteral("Léa"));
    json.insert(QStringLiteral("birthDate"), QStringLiteral("14/03/1988"));
    FieldErrors errors;
    FamilyQuotientRequest::fromJson(json, &errors);
    QCOMPARE(errors,
             FieldErrors({ { QStringLiteral("firstNames"), FieldCode::InvalidType },
                           { QStringLiteral("birthDate"), FieldCode::InvalidDate } }));
}

QTEST_GUILESS_MAIN(TestFamilyQuotient)
#include "tst_familyquotient.moc"
