#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Replays the fuzz entry over a seed corpus and deterministic byte mutations of it: any
// crash, assertion or sanitizer report fails the run.
class TestFuzzModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayCorpusAndMutations();
};

void TestFuzzModels::replayCorpusAndMutations()
{
    const QList<QByteArray> corpus = {
        R"({"id":"1","email":"a@b.fr","civility":"Mme","firstName":"Élodie","lastName":"O'Brien","birthDate":"1990-02-28","newsletter":true,"company":{"name":"SARL","siret":"12345678901234"},"role":"agent","communes":["ROSIÈRES"],"createdAt":"2026-11-26T19:00:00Z"})",
        R"({"email":"x@y.fr","civility":"M","firstName":"Ngọc","lastName":"Nguyễn","password":"Citoyens-2026!","acceptTerms":true,"company":null})",
        R"({"firstName":null,"birthDate":"2026-13-45","company":[],"communes":{"a":1},"newsletter":"1"})",
        R"({"id":1e308,"email":-0,"createdAt":"not a date","company":{"name":{"deep":[[[[]]]]}}})",
        QByteArray("\xff\xfe{\"email\":\"\xc3\x28@\xa0\xa1.fr\"}"),
        R"({"communes":[{"id":"rosieres","name":"ROSIÈRES","services":[{"id":"s","name":"Cantine","needsIncome":true,"requiredDocuments":[{"kind":"proof_of_address"}],"brackets":[{"upTo":399,"label":"inf 399"},{"upTo":null,"label":"sup 999"}]}]}]})",
        R"({"id":"1","serviceId":"s","status":"pending","serviceName":"Inscription accueil de loisirs","communeName":"ROSIÈRES","fiscalIncomeEuros":11750,"fiscalPartsHalves":5,"documents":[{"kind":"k","documentId":"d"}],"citizen":{"id":"c"}})",
        R"({"lastName":"Nguyễn","firstName":"Ngọc","birthDate":"2018-05-03","relation":"Enfant","schoolClass":"CE1","pai":"x","hasPhoto":true})",
        QByteArray(),
    };
    QRandomGenerator rng(20261126); // fixed seed: the same inputs every run
    int runs = 0;
    for (const QByteArray& seed : corpus) {
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(seed.constData()), size_t(seed.size())), 0);
        for (int i = 0; i < 400; ++i) {
            QByteArray m = seed;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const int pos = m.isEmpty() ? 0 : int(rng.bounded(m.size()));
                switch (rng.bounded(3)) {
                case 0:
                    if (!m.isEmpty())
                        m[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    m.insert(pos, char(rng.bounded(256)));
                    break;
                default:
                    m.remove(pos, 1 + int(rng.bounded(4)));
                }
            }
            QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(m.constData()), size_t(m.size())), 0);
            ++runs;
        }
    }
    QCOMPARE(runs, 400 * corpus.size());
}

QTEST_APPLESS_MAIN(TestFuzzModels)
#include "tst_fuzz_models.moc"
