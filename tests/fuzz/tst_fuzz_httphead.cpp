#include <QRandomGenerator>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Replays the HTTP head fuzz entry over a seed corpus (the shapes of real and hostile
// requests) and deterministic mutations of it: any crash, abort or sanitizer report fails.
class TestFuzzHttpHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayCorpusAndMutations();
};

void TestFuzzHttpHead::replayCorpusAndMutations()
{
    const QList<QByteArray> corpus = {
        "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer abc\r\n\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
        "POST /api/v1/me/documents?kind=proof_of_address&filename=a%20b.pdf HTTP/1.1\r\nHost: h\r\n"
        "Expect: 100-continue\r\nContent-Length: 10485760\r\n\r\n",
        "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        "\r\n\r\nGET /x HTTP/1.1\nHost: a\n\n",
        "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n",
        "GET /x HTTP/1.1\r\nHost: a\r\n folded: yes\r\n\r\n",
        "GET /x HTTP/2.0\r\nHost: a\r\n\r\n",
        "GET  /x HTTP/1.1\r\n\r\n",
        QByteArray("GET /x HTTP/1.1\r\nHost: a\0b\r\n\r\n", 30),
        "GET /x HTTP/1.1\r\nHost : a\r\nContent-Length: +5\r\n\r\n",
        "PUT /api/v1/me/beneficiaries/1/photo HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n",
        QByteArray(3000, 'A'),
        QByteArray(),
    };
    QRandomGenerator rng(20261201); // fixed seed: the same inputs every run
    int runs = 0;
    for (const QByteArray& seed : corpus) {
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(seed.constData()), size_t(seed.size())), 0);
        for (int i = 0; i < 2000; ++i) {
            QByteArray m = seed;
            const int edits = 1 + int(rng.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int pos = m.isEmpty() ? 0 : int(rng.bounded(m.size()));
                switch (rng.bounded(4)) {
                case 0:
                    if (!m.isEmpty())
                        m[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    m.insert(pos, "\r\n :\0"[rng.bounded(5)]);
                    break;
                case 2:
                    m.remove(pos, 1 + int(rng.bounded(4)));
                    break;
                default:
                    m = m.left(pos); // every prefix: what a connection has seen so far
                    break;
                }
            }
            QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(m.constData()), size_t(m.size())), 0);
            ++runs;
        }
    }
    QVERIFY(runs > 20000);
}

QTEST_APPLESS_MAIN(TestFuzzHttpHead)
#include "tst_fuzz_httphead.moc"
