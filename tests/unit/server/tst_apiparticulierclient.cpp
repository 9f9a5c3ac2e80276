// ApiParticulierClient without the network: the query it builds (every parameter of the API,
// encoded so that no name can break it) and what each answer of the API means.

#include "quotient/ApiParticulierClient.h"

#include <QTest>
#include <QUrlQuery>

using namespace citoyens;
using namespace citoyens::server;

class TestApiParticulierClient : public QObject
{
    Q_OBJECT

private slots:
    void queryCarriesTheIdentity();
    void queryEncodesEveryName();
    void bornAbroadSendsNoCommune();
    void answers_data();
    void answers();
};

static ApiParticulierSettings settings()
{
    ApiParticulierSettings s;
    s.rootUrl = QStringLiteral("https://staging.particulier.api.gouv.fr");
    s.recipient = QStringLiteral("21430157400017");
    s.token = "not-in-the-url";
    return s;
}

static FamilyQuotientRequest identity()
{
    FamilyQuotientRequest r;
    r.consent = true;
    r.birthName = QStringLiteral("Martin");
    r.firstNames = { QStringLiteral("Léa"), QStringLiteral("Anne-Marie") };
    r.sex = QStringLiteral("F");
    r.birthDate = QDate(1988, 3, 4);
    r.birthCountry = FamilyQuotientRequest::CountryFrance;
    r.birthCommune = QStringLiteral("2A004");
    return r;
}

static QList<QPair<QString, QString>> items(const QUrl& url)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded)).queryItems(QUrl::FullyDecoded);
}

void TestApiParticulierClient::queryCarriesTheIdentity()
{
    const QUrl url = ApiParticulierClient::requestUrl(settings(), identity());
    QCOMPARE(url.toString(QUrl::RemoveQuery),
             QStringLiteral("https://staging.particulier.api.gouv.fr/v3/dss/quotient_familial/identite"));
    const QList<QPair<QString, QString>> expected {
        { "recipient", "21430157400017" },
        { "nomNaissance", "MARTIN" },
        { "prenoms[]", "LÉA" },
        { "prenoms[]", "ANNE-MARIE" },
        { "sexeEtatCivil", "F" },
        { "anneeDateNaissance", "1988" },
        { "moisDateNaissance", "3" },
        { "jourDateNaissance", "4" },
        { "codeCogInseePaysNaissance", "99100" },
        { "codeCogInseeCommuneNaissance", "2A004" },
    };
    QCOMPARE(items(url), expected);
    QVERIFY(!url.toEncoded().contains("not-in-the-url"));
}

void TestApiParticulierClient::queryEncodesEveryName()
{
    FamilyQuotientRequest r = identity();
    r.birthName = QStringLiteral("D'Artagnan & Fils+Co=1#");
    const QUrl url = ApiParticulierClient::requestUrl(settings(), r);
    QCOMPARE(items(url).at(1).second, QStringLiteral("D'ARTAGNAN & FILS+CO=1#"));
    QVERIFY(url.toEncoded().contains("nomNaissance=D%27ARTAGNAN%20%26%20FILS%2BCO%3D1%23&"));
}

void TestApiParticulierClient::bornAbroadSendsNoCommune()
{
    FamilyQuotientRequest r = identity();
    r.birthCountry = QStringLiteral("99134");
    const QList<QPair<QString, QString>> sent = items(ApiParticulierClient::requestUrl(settings(), r));
    QCOMPARE(sent.last(), (QPair<QString, QString>("codeCogInseePaysNaissance", "99134")));
}

void TestApiParticulierClient::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("valeur");
    const QByteArray found = R"({"data":{"quotient_familial":{"fournisseur":"MSA","valeur":150,"annee":2023,"mois":5,)"
                             R"("annee_calcul":2024,"mois_calcul":12},"allocataires":[],"enfants":[],"adresse":{}}})";
    const int f = int(ApiParticulierClient::Outcome::Found);
    const int nf = int(ApiParticulierClient::Outcome::NotFound);
    const int u = int(ApiParticulierClient::Outcome::Unavailable);
    QTest::newRow("200") << 200 << found << f << 150;
    QTest::newRow("200 without a quotient") << 200 << QByteArray(R"({"data":{}})") << u << 0;
    QTest::newRow("200 unknown provider") << 200 << QByteArray(found).replace("MSA", "XYZ") << u << 0;
    QTest::newRow("200 not JSON") << 200 << QByteArray("<html>") << u << 0;
    QTest::newRow("404") << 404 << QByteArray(R"({"errors":[{"code":"37003"}]})") << nf << 0;
    QTest::newRow("401") << 401 << QByteArray() << u << 0;
    QTest::newRow("403") << 403 << QByteArray() << u << 0;
    QTest::newRow("422") << 422 << QByteArray() << u << 0;
    QTest::newRow("429") << 429 << QByteArray() << u << 0;
    QTest::newRow("502") << 502 << QByteArray() << u << 0;
    QTest::newRow("503") << 503 << QByteArray() << u << 0;
    QTest::newRow("no answer") << 0 << QByteArray() << u << 0;
}

void TestApiParticulierClient::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(int, valeur);
    HttpsClient::Answer answer;
    answer.status = status;
    answer.body = body;
    const ApiParticulierClient::Result r = ApiParticulierClient::read(answer, false);
    QCOMPARE(int(r.outcome), outcome);
    if (r.outcome == ApiParticulierClient::Outcome::Found) {
        QCOMPARE(r.valeur, valeur);
        QCOMPARE(r.fournisseur, QStringLiteral("MSA"));
        QCOMPARE(r.mois, 5);
        QCOMPARE(r.annee, 2023);
    }
    QCOMPARE(r.retryAfterSeconds > 0, status == 429 || status == 502 || status == 503);
}

QTEST_GUILESS_MAIN(TestApiParticulierClient)
#include "tst_apiparticulierclient.moc"
