// citoyens-server against hostile clients, each provoked: clients that
// vanish before, during or after their request (with work queued), half-sent requests,
// pipelines, many connections from one address, large bodies without credentials, and
// storms of costly requests. Also run by the AddressSanitizer build of scripts/test.

#include "RawClient.h"
#include "ServerTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace support;

namespace {

// A field of /proc/PID/status in kB (VmRSS, VmHWM), -1 when unreadable.
qint64 procStatusKb(qint64 pid, const char* field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The sanitizer build (scripts/test) builds the server like this test: memory figures of an
// AddressSanitizer process say nothing of the real one.
constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return false;
#endif
}

using Clients = std::vector<std::unique_ptr<RawClient>>;

int countClosed(const Clients& clients)
{
    int n = 0;
    for (const auto& c : clients)
        n += c->closed() ? 1 : 0;
    return n;
}

QByteArray loginBody(const QString& email)
{
    return QJsonDocument(credentials(email, QStringLiteral("Wrong-Password-1"))).toJson(QJsonDocument::Compact);
}

const QByteArray Json = "Content-Type: application/json\r\n";

} // namespace

class TestServerTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vanishingClientsDoNotCrashTheServer();
    void halfSentRequestsTimeOut();
    void slowHeadIsCutAtItsDeadline();
    void idleConnectionsAreClosed();
    void connectionsPerAddressAreCapped();
    void pipelinedRequestsAreAllAnswered();
    void pipelinedRefusalsAreAllAnswered();
    void unauthenticatedBodiesAreRefusedUnread();
    void largeBodiesShareABoundedBudget();
    void costlyQueueIsBounded();
    void costlyWorkLeavesQuickRequestsFast();
    void clientAddressComesOnlyFromTrustedProxies();
};

void TestServerTransport::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
}

void TestServerTransport::vanishingClientsDoNotCrashTheServer()
{
    TestServer server({ QStringLiteral("--demo-data"), QStringLiteral("--max-connections-per-address"),
                        QStringLiteral("0"), QStringLiteral("--costly-workers"), QStringLiteral("1") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestHttp http(server);
    const QByteArray communes = rawRequest("GET", "/api/v1/communes");

    Clients idle;
    for (int i = 0; i < 20; ++i)
        idle.push_back(std::make_unique<RawClient>(server, QByteArray(), RawClient::After::Stay));

    Clients leaving;
    for (int round = 0; round < 6; ++round) {
        for (int i = 0; i < 40; ++i) {
            // The repro of the crash: the whole request, then gone before the answer.
            leaving.push_back(std::make_unique<RawClient>(server, communes, RawClient::After::Close));
            leaving.push_back(std::make_unique<RawClient>(server, communes, RawClient::After::Abort));
        }
        // Gone in the middle of a head, of a body, and with a pipeline in flight.
        leaving.push_back(std::make_unique<RawClient>(server, communes.left(20), RawClient::After::Close));
        leaving.push_back(std::make_unique<RawClient>(
            server, rawRequest("POST", "/api/v1/auth/login", Json, loginBody(uniqueEmail())).chopped(10),
            RawClient::After::Abort));
        leaving.push_back(std::make_unique<RawClient>(server, communes + communes + communes, RawClient::After::Close));
        // Costly work queued on the one Argon2 worker, whose clients leave while it waits.
        for (int i = 0; i < 5; ++i) {
            leaving.push_back(std::make_unique<RawClient>(
                server, rawRequest("POST", "/api/v1/auth/login", Json, loginBody(uniqueEmail())),
                RawClient::After::Close));
        }
        // Meanwhile, someone normal is served.
        const TestReply health = http.get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(countClosed(leaving), int(leaving.size()), 60000);
    QVERIFY(server.isRunning());
    const TestReply catalogue = http.get(QStringLiteral("/communes"));
    QCOMPARE(catalogue.status, 200);
    QVERIFY(!catalogue.json().value(QStringLiteral("communes")).toArray().isEmpty());
    // Work whose client was gone before it started was dropped, not done.
    QTRY_VERIFY_WITH_TIMEOUT(server.serverLog().contains(QStringLiteral("dropped: client gone")), 20000);
    for (const auto& c : idle)
        QVERIFY(!c->failed());
    QVERIFY(!server.serverLog().contains(QStringLiteral(" 500 ")));
    QVERIFY(server.isRunning());
}

void TestServerTransport::halfSentRequestsTimeOut()
{
    TestServer server({ QStringLiteral("--head-timeout"), QStringLiteral("1s"), QStringLiteral("--body-timeout"),
                        QStringLiteral("1s") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // Half a head: the old server held it 75 s and then served it.
    RawClient head(server, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: ", RawClient::After::Stay);
    // A body that stops half way.
    RawClient body(server,
                   "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + Json
                       + "Content-Length: 100\r\n\r\n{\"email\":",
                   RawClient::After::Stay);
    QTRY_VERIFY_WITH_TIMEOUT(head.closed() && body.closed(), 10000);
    for (const RawClient* c : { &head, &body }) {
        QCOMPARE(c->firstStatus(), 408);
        QVERIFY(c->received().contains("\"code\":\"request_timeout\""));
        QVERIFY(c->received().contains("Connection: close"));
    }
    QVERIFY(!server.serverLog().contains(QStringLiteral("GET /api/v1/health 200")));
}

void TestServerTransport::slowHeadIsCutAtItsDeadline()
{
    TestServer server({ QStringLiteral("--head-timeout"), QStringLiteral("1s") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // A byte every 100 ms keeps any idle timer quiet; the head still has one deadline.
    const QByteArray request = rawRequest("GET", "/api/v1/health", QByteArray(4000, 'x').prepend("X-Pad: ") + "\r\n");
    RawClient slow(server, request.left(1), RawClient::After::Stay);
    qsizetype sent = 1;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, &slow, [&]() {
        if (slow.encrypted() && sent < request.size())
            slow.write(request.mid(sent++, 1));
    });
    trickle.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(slow.closed(), 10000);
    QCOMPARE(slow.firstStatus(), 408);
    QVERIFY(sent < request.size());
}

void TestServerTransport::idleConnectionsAreClosed()
{
    TestServer server({ QStringLiteral("--keep-alive-timeout"), QStringLiteral("1s") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RawClient silent(server, QByteArray(), RawClient::After::Stay);
    RawClient afterAnswer(server, rawRequest("GET", "/api/v1/health"), RawClient::After::Stay);
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed() && afterAnswer.closed(), 10000);
    QVERIFY(silent.encrypted());
    QCOMPARE(afterAnswer.firstStatus(), 200);
    QCOMPARE(afterAnswer.answers(), 1);
}

void TestServerTransport::connectionsPerAddressAreCapped()
{
    TestServer server({ QStringLiteral("--max-connections-per-address"), QStringLiteral("5") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Clients open;
    for (int i = 0; i < 5; ++i) {
        open.push_back(std::make_unique<RawClient>(server, QByteArray(), RawClient::After::Stay));
        QTRY_VERIFY(open.back()->encrypted());
    }
    RawClient refused(server, QByteArray(), RawClient::After::Stay);
    QTRY_VERIFY(refused.closed());
    QVERIFY(!refused.encrypted());
    // The others still work, and a freed place can be taken again.
    open.front()->write(rawRequest("GET", "/api/v1/health"));
    QTRY_COMPARE(open.front()->firstStatus(), 200);
    open.back()->close();
    QTRY_VERIFY(open.back()->closed());
    std::unique_ptr<RawClient> again;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            if (again && again->encrypted())
                return true;
            if (!again || again->closed())
                again = std::make_unique<RawClient>(server, QByteArray(), RawClient::After::Stay);
            return false;
        }(),
        10000);
}

void TestServerTransport::pipelinedRequestsAreAllAnswered()
{
    TestServer server({ QStringLiteral("--demo-data") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // 150 requests, 24 KB, in one write: the old guard counted them again at every chunk and
    // cut the connection as if it had sent 1 MiB.
    QByteArray pipeline;
    const int count = 150;
    for (int i = 0; i < count; ++i) {
        pipeline += rawRequest("GET", "/api/v1/communes",
                               "X-Request-Id: pipelined-" + QByteArray::number(i) + "\r\nAccept-Language: fr\r\n"
                                   + "User-Agent: tst_server_transport/1.0 (pipelining)\r\n");
    }
    QVERIFY(pipeline.size() > 20 * 1024);
    RawClient client(server, pipeline, RawClient::After::Stay);
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), count, 20000);
    QCOMPARE(int(client.received().count("HTTP/1.1 200 OK")), count);
    // In order, and the connection is still open for more.
    QVERIFY(client.received().indexOf("pipelined-0\r\n") < client.received().indexOf("pipelined-149\r\n"));
    QVERIFY(!client.closed());
    client.write(rawRequest("GET", "/api/v1/health"));
    QTRY_COMPARE(client.answers(), count + 1);
}

void TestServerTransport::pipelinedRefusalsAreAllAnswered()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // 3,000 requests answered from their heads alone (404), 100 KB in one write: each is
    // taken after the one before, whatever their number (no call nesting per request).
    const int count = 3000;
    QByteArray pipeline;
    for (int i = 0; i < count; ++i)
        pipeline += "GET /nope HTTP/1.1\r\nHost: a\r\n\r\n";
    RawClient client(server, pipeline, RawClient::After::Stay);
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), count, 60000);
    QCOMPARE(int(client.received().count("HTTP/1.1 404 Not Found")), count);
    QVERIFY(server.isRunning());
}

void TestServerTransport::unauthenticatedBodiesAreRefusedUnread()
{
    TestServer server({ QStringLiteral("--max-connections-per-address"), QStringLiteral("0") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestHttp http(server);
    const TestReply tokens = registerAccount(http, server, uniqueEmail(QStringLiteral("upload")));
    QCOMPARE(tokens.status, 201);
    const qint64 pid = server.processId();
    const qint64 peakBefore = procStatusKb(pid, "VmHWM");
    QVERIFY(peakBefore > 0);

    // 30 connections, each with a 10 MiB body to POST /me/documents: none signed in (no
    // token, a malformed one, a well-formed unknown one). The old server held every body
    // before looking at the token: 43 MB -> 1 GB.
    const QByteArray body(10 * 1024 * 1024, 'A');
    const QList<QByteArray> authorizations = { QByteArray(), "Authorization: Basic YWxhZGRpbjpvcGVu\r\n",
                                               "Authorization: Bearer " + QByteArray(43, 'x') + "\r\n" };
    Clients clients;
    for (int i = 0; i < 30; ++i) {
        clients.push_back(std::make_unique<RawClient>(
            server,
            rawRequest("POST", "/api/v1/me/documents?kind=proof_of_address",
                       authorizations.at(i % 3) + "Content-Type: application/pdf\r\n", body),
            RawClient::After::Stay));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](const auto& c) { return c->firstStatus() != 0; }), 60000);
    for (const auto& c : clients) {
        QCOMPARE(c->firstStatus(), 401);
        QVERIFY(c->received().contains("\"code\":\"unauthorized\""));
    }
    QTRY_VERIFY_WITH_TIMEOUT(countClosed(clients) == int(clients.size()), 30000);
    const qint64 peakAfter = procStatusKb(pid, "VmHWM");
    qInfo("server peak RSS %lld kB before, %lld kB after 30 unauthenticated 10 MiB bodies", peakBefore, peakAfter);
    if (!underAddressSanitizer()) // whose quarantine keeps freed buffers resident on purpose
        QVERIFY2(peakAfter - peakBefore < 40 * 1024, qPrintable(QString::number(peakAfter - peakBefore)));

    // Signed in, the same body is taken (201), and its memory is given back afterwards.
    const qint64 rssBefore = procStatusKb(pid, "VmRSS");
    QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(10 * 1024 * 1024 - 20, 'x') + "\n%%EOF\n";
    http.setBearer(accessToken(tokens));
    for (int i = 0; i < 3; ++i) {
        const TestReply created
            = http.send("POST", QStringLiteral("/me/documents?kind=proof_of_address"), pdf, "application/pdf");
        QCOMPARE(created.status, 201);
    }
    QCOMPARE(http.get(QStringLiteral("/health")).status, 200);
    const qint64 rssAfter = procStatusKb(pid, "VmRSS");
    qInfo("server RSS %lld kB before, %lld kB after three 10 MiB uploads", rssBefore, rssAfter);
    if (!underAddressSanitizer())
        QVERIFY2(rssAfter - rssBefore < 24 * 1024, qPrintable(QString::number(rssAfter - rssBefore)));
}

void TestServerTransport::largeBodiesShareABoundedBudget()
{
    // Room for one 10 MiB body in memory at a time.
    TestServer server({ QStringLiteral("--body-budget"), QString::number(12 * 1024 * 1024) });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestHttp http(server);
    const QByteArray token = accessToken(registerAccount(http, server, uniqueEmail(QStringLiteral("budget"))));
    QVERIFY(!token.isEmpty());
    const QByteArray head = "POST /api/v1/me/documents?kind=proof_of_address HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer "
        + token + "\r\nContent-Type: application/pdf\r\nContent-Length: " + QByteArray::number(10 * 1024 * 1024)
        + "\r\n\r\n%PDF-1.4\n";
    // Two uploads whose bodies are on their way (slowly): one holds the budget, the other
    // is told to come back later, before its body is read.
    RawClient first(server, head, RawClient::After::Stay);
    QTRY_VERIFY(first.encrypted());
    RawClient second(server, head, RawClient::After::Stay);
    QTRY_VERIFY_WITH_TIMEOUT(first.firstStatus() == 503 || second.firstStatus() == 503, 20000);
    RawClient& refused = first.firstStatus() == 503 ? first : second;
    RawClient& admitted = first.firstStatus() == 503 ? second : first;
    QVERIFY(refused.received().contains("\"code\":\"server_busy\""));
    QVERIFY(refused.received().contains("Retry-After: 1\r\n"));
    QCOMPARE(admitted.firstStatus(), 0); // still being received
    admitted.close();
    QTRY_VERIFY(admitted.closed());
    QCOMPARE(http.get(QStringLiteral("/health")).status, 200);
}

void TestServerTransport::costlyQueueIsBounded()
{
    TestServer server({ QStringLiteral("--costly-workers"), QStringLiteral("1"), QStringLiteral("--costly-queue"),
                        QStringLiteral("2") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Clients clients;
    for (int i = 0; i < 12; ++i) {
        clients.push_back(std::make_unique<RawClient>(
            server, rawRequest("POST", "/api/v1/auth/login", Json, loginBody(uniqueEmail())), RawClient::After::Stay));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](const auto& c) { return c->firstStatus() != 0; }), 30000);
    int busy = 0;
    for (const auto& c : clients) {
        const int status = c->firstStatus();
        QVERIFY2(status == 401 || status == 429 || status == 503, qPrintable(QString::number(status)));
        if (status == 503) {
            ++busy;
            QVERIFY(c->received().contains("Retry-After: 1\r\n"));
            QVERIFY(c->received().contains("\"code\":\"server_busy\""));
        }
    }
    QVERIFY2(busy > 0 && busy < 12, qPrintable(QString::number(busy)));
}

void TestServerTransport::costlyWorkLeavesQuickRequestsFast()
{
    TestServer server({ QStringLiteral("--costly-workers"), QStringLiteral("1") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // 58 sign-ins in one write (the old server started 58 Argon2 jobs at once and /health
    // from another client waited 2.5 s). One connection's requests are taken one at a time.
    QByteArray pipeline;
    for (int i = 0; i < 58; ++i)
        pipeline += rawRequest("POST", "/api/v1/auth/login", Json, loginBody(uniqueEmail()));
    RawClient storm(server, pipeline, RawClient::After::Stay);
    QTRY_VERIFY(storm.answers() >= 1);
    TestHttp http(server);
    QCOMPARE(http.get(QStringLiteral("/health")).status, 200);
    // Answered while the storm's first sign-ins were still being checked, not behind them.
    const int answeredMeanwhile = storm.answers();
    QVERIFY2(answeredMeanwhile <= 3, qPrintable(QString::number(answeredMeanwhile)));
    QTRY_COMPARE_WITH_TIMEOUT(storm.answers(), 58, 60000);
}

void TestServerTransport::clientAddressComesOnlyFromTrustedProxies()
{
    // Wrong passwords for ever new addresses until this client address is throttled (429);
    // `realIp` names the client in X-Real-IP, a callable so that it may change every time.
    auto signInsUntilThrottled = [](TestHttp& http, const std::function<QByteArray(int)>& realIp) {
        for (int i = 0; i < 60; ++i) {
            const TestReply r = http.post(QStringLiteral("/auth/login"),
                                          credentials(uniqueEmail(), QStringLiteral("Wrong-Password-1")),
                                          { { "X-Real-IP", realIp(i) } });
            if (r.status == 429)
                return i;
            if (r.status != 401)
                return -1;
        }
        return -1;
    };
    {
        // Behind a trusted proxy, each client is counted apart.
        TestServer server({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestHttp http(server);
        QVERIFY(signInsUntilThrottled(http, [](int) { return QByteArray("203.0.113.7"); }) > 0);
        const TestReply other
            = http.post(QStringLiteral("/auth/login"), credentials(uniqueEmail(), QStringLiteral("Wrong-Password-1")),
                        { { "X-Real-IP", "203.0.113.8" } });
        QCOMPARE(other.status, 401);
        // An IPv6 client owns its whole /64: a new address of it for every attempt is still
        // one client, throttled like one; the next /64 is someone else.
        QVERIFY(signInsUntilThrottled(http, [](int i) { return "2001:db8:0:7::" + QByteArray::number(i + 1, 16); })
                > 0);
        const TestReply neighbour
            = http.post(QStringLiteral("/auth/login"), credentials(uniqueEmail(), QStringLiteral("Wrong-Password-1")),
                        { { "X-Real-IP", "2001:db8:0:8::1" } });
        QCOMPARE(neighbour.status, 401);
    }
    {
        // From anyone else the header is ignored: it cannot spread one client over many.
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestHttp http(server);
        QVERIFY(signInsUntilThrottled(http, [](int i) { return "198.51.100." + QByteArray::number(i + 1); }) > 0);
    }
}

QTEST_GUILESS_MAIN(TestServerTransport)
#include "tst_server_transport.moc"
