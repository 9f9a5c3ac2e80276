// server/outbound/HttpsClient, the server's calls to the services it depends on, against a
// stand-in (tests/support/StandInServer) over real TLS: the peer is verified against the CA it
// is given and nothing else, and every call ends, in time and in size. The client blocks, so
// each call runs on a pool thread while this thread's event loop serves the stand-in.

#include "StandInServer.h"
#include "outbound/HttpsClient.h"

#include <QFuture>
#include <QTest>
#include <QtConcurrent>

#include <curl/curl.h>

using citoyens::server::HttpsClient;

class TestHttpsClient : public QObject
{
    Q_OBJECT

private:
    HttpsClient::Answer call(const HttpsClient::Options& options, const QUrl& url, const QByteArray* body = nullptr)
    {
        QFuture<HttpsClient::Answer> future = QtConcurrent::run([options, url, body]() {
            const HttpsClient client(options);
            return body ? client.post(url, *body, { { "Content-Type", "text/plain" } }) : client.get(url);
        });
        // The stand-in answers from this thread: keep its event loop running meanwhile.
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        }();
        return future.isFinished() ? future.result() : HttpsClient::Answer {};
    }

    HttpsClient::Options trusting() const
    {
        HttpsClient::Options options;
        options.caFile = m_standIn.caFile();
        return options;
    }

    StandInServer m_standIn;
    StandInResponse m_next;

private slots:
    void initTestCase()
    {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        QVERIFY2(m_standIn.start([this](const StandInRequest&) { return m_next; }),
                 qPrintable(m_standIn.errorString()));
    }

    void cleanupTestCase() { curl_global_cleanup(); }

    void answersThroughTheTrustedAuthority()
    {
        m_next = StandInResponse::of(201, "text/plain; charset=utf-8", "créé");
        const QByteArray body = "bonjour";
        QUrl url = m_standIn.url();
        url.setPath(QStringLiteral("/v3/essai"));
        url.setQuery(QStringLiteral("a=1&b=%C3%A9"));
        const HttpsClient::Answer answer = call(trusting(), url, &body);
        QVERIFY2(answer.reached(), qPrintable(answer.transportError));
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.body, QByteArray("créé"));
        QCOMPARE(answer.contentType, QByteArray("text/plain; charset=utf-8"));
        const StandInRequest seen = m_standIn.requests().constLast();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QStringLiteral("/v3/essai"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("b"), QUrl::FullyDecoded), QStringLiteral("é"));
        QCOMPARE(seen.body, body);
        QCOMPARE(seen.header("content-type"), QByteArray("text/plain"));
    }

    void refusesAPeerItDoesNotTrust()
    {
        m_next = StandInResponse::of(200, "text/plain", "ne doit pas être lu");
        const HttpsClient::Answer answer = call(HttpsClient::Options {}, m_standIn.url());
        QVERIFY(!answer.reached());
        QVERIFY(answer.body.isEmpty());
        QVERIFY(!answer.transportError.isEmpty());
    }

    void refusesPlainHttp()
    {
        QUrl url = m_standIn.url();
        url.setScheme(QStringLiteral("http"));
        const qsizetype before = m_standIn.requests().size();
        const HttpsClient::Answer answer = call(trusting(), url);
        QVERIFY(!answer.reached());
        QCOMPARE(m_standIn.requests().size(), before);
    }

    void endsASlowCallAtItsTimeout()
    {
        HttpsClient::Options options = trusting();
        options.totalTimeoutMs = 300;
        m_next = StandInResponse::of(200, "text/plain", "trop tard");
        m_next.delayMs = 5000;
        const HttpsClient::Answer answer = call(options, m_standIn.url());
        QVERIFY(!answer.reached());
        QVERIFY(answer.timedOut);
    }

    void boundsTheAnswer()
    {
        HttpsClient::Options options = trusting();
        options.maxAnswerBytes = 1000;
        m_next = StandInResponse::of(200, "text/plain", QByteArray(5000, 'x'));
        const HttpsClient::Answer answer = call(options, m_standIn.url());
        QVERIFY(!answer.reached());
        QVERIFY(answer.transportError.contains(QLatin1String("1000")));
    }

    void reportsAHangUp()
    {
        m_next = StandInResponse {};
        m_next.hangUp = true;
        const HttpsClient::Answer answer = call(trusting(), m_standIn.url());
        QVERIFY(!answer.reached());
        QVERIFY(!answer.timedOut);
    }
};

QTEST_GUILESS_MAIN(TestHttpsClient)
#include "tst_server_httpsclient.moc"
