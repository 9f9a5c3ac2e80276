#include "api/AccountApi.h"
#include "api/ApiClient.h"
#include "api/AuthApi.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace citoyens;

namespace {

// A one-answer HTTP/1.1 server on loopback: records the request, sends the canned answer
// (or nothing, to test the timeout). Plain HTTP: TLS is covered by tst_session_server.
class FakeHttpServer : public QObject
{
public:
    FakeHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(QByteArray response) { m_response = std::move(response); }

    QByteArray requestLine;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    int requests = 0;

private:
    void onData(QTcpSocket* socket)
    {
        m_buffer += socket->readAll();
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        headers.clear();
        requestLine = lines.value(0).trimmed();
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const int length = headers.value("content-length").toInt();
        if (m_buffer.size() < end + 4 + length)
            return;
        body = m_buffer.mid(end + 4, length);
        m_buffer.clear();
        ++requests;
        if (!m_response.isEmpty())
            socket->write(m_response);
    }

    QTcpServer m_server;
    QByteArray m_buffer;
    QByteArray m_response;
};

QByteArray response(int status, const QByteArray& reason, const QByteArray& type, const QByteArray& body,
                    const QByteArray& extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " " + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n"
        + body;
}

struct Result
{
    bool done = false;
    int status = 0;
    ApiError error;
    QJsonObject json;
    QByteArray etag;
};

Result run(ApiCall* call)
{
    Result r;
    QObject::connect(call, &ApiCall::finished, call, [&r, call] {
        r.done = true;
        r.status = call->status();
        r.error = call->error();
        r.json = call->json();
        r.etag = call->etag();
    });
    // The caller checks r.done.
    const bool finished = QTest::qWaitFor([&r] { return r.done; }, 10000);
    Q_UNUSED(finished)
    return r;
}

} // namespace

// What every request carries, and how answers become ApiErrors, against a local fake server.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAddedInOnePlace();
    void bearerOnlyWhenSignedIn();
    void problemJsonAndRetryAfter();
    void unauthorizedAuthenticatedCallLosesAuthentication();
    void notModified();
    void timeout();
    void abortIsCancelled();
    void connectionRefused();
};

void TestApiClient::headersAddedInOnePlace()
{
    FakeHttpServer server;
    server.answer(response(200, "OK", "application/json", R"({"status":"ok"})", "ETag: \"abc\"\r\n"));
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("en"), 5000 });
    const Result r
        = run(client.post(QStringLiteral("/auth/password/forgot"), { { QStringLiteral("email"), "a@b.c" } }));
    QVERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.etag, QByteArray("\"abc\""));
    QCOMPARE(server.requestLine, QByteArray("POST /api/v1/auth/password/forgot HTTP/1.1"));
    QVERIFY(server.headers.value("user-agent").startsWith("Citoyens/"));
    QVERIFY(server.headers.value("user-agent").contains(" ("));
    QCOMPARE(server.headers.value("accept-language"), QByteArray("en"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(server.headers.value("x-request-id"))).isNull());
    QCOMPARE(server.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!server.headers.contains("authorization"));
    QCOMPARE(QJsonDocument::fromJson(server.body).object().value(QStringLiteral("email")).toString(),
             QStringLiteral("a@b.c"));
}

void TestApiClient::bearerOnlyWhenSignedIn()
{
    FakeHttpServer server;
    server.answer(response(200, "OK", "application/json", "{}"));
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 5000 });
    client.setAccessToken("tok123");
    QVERIFY(run(client.get(QStringLiteral("/me"))).done);
    QCOMPARE(server.headers.value("authorization"), QByteArray("Bearer tok123"));
    QCOMPARE(server.headers.value("accept-language"), QByteArray("fr"));
    const QByteArray firstId = server.headers.value("x-request-id");
    client.clearAccessToken();
    QVERIFY(run(client.get(QStringLiteral("/health"))).done);
    QVERIFY(!server.headers.contains("authorization"));
    QVERIFY(server.headers.value("x-request-id") != firstId);
}

void TestApiClient::problemJsonAndRetryAfter()
{
    FakeHttpServer server;
    server.answer(response(429, "Too Many Requests", "application/problem+json",
                           R"({"status":429,"code":"too_many_requests","detail":"Trop de tentatives."})",
                           "Retry-After: 42\r\n"));
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 5000 });
    QSignalSpy lost(&client, &ApiClient::authenticationLost);
    AuthApi auth(&client);
    const Result r = run(auth.login(QStringLiteral("a@b.c"), QStringLiteral("x"), false));
    QCOMPARE(r.error.kind, ApiError::Kind::Problem);
    QCOMPARE(r.error.httpStatus, 429);
    QCOMPARE(r.error.code, QStringLiteral("too_many_requests"));
    QCOMPARE(r.error.retryAfterSeconds, 42);
    QVERIFY(r.error.message.contains(QLatin1String("42")));
    QCOMPARE(lost.count(), 0);
}

void TestApiClient::unauthorizedAuthenticatedCallLosesAuthentication()
{
    FakeHttpServer server;
    server.answer(
        response(401, "Unauthorized", "application/problem+json", R"({"status":401,"code":"session_expired"})"));
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 5000 });
    QSignalSpy lost(&client, &ApiClient::authenticationLost);
    AuthApi auth(&client);
    // Without a token (a sign-in): a 401 is the answer, not a lost session.
    run(auth.login(QStringLiteral("a@b.c"), QStringLiteral("x"), false));
    QCOMPARE(lost.count(), 0);
    client.setAccessToken("tok");
    AccountApi account(&client);
    const Result r = run(account.me());
    QCOMPARE(r.error.code, QStringLiteral("session_expired"));
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.at(0).at(0).value<ApiError>().code, QStringLiteral("session_expired"));
}

void TestApiClient::notModified()
{
    FakeHttpServer server;
    server.answer("HTTP/1.1 304 Not Modified\r\nETag: \"v2\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 5000 });
    AccountApi account(&client);
    const Result r = run(account.me("\"v2\""));
    QCOMPARE(server.headers.value("if-none-match"), QByteArray("\"v2\""));
    QCOMPARE(r.status, 304);
    QVERIFY(!r.error.isError());
}

void TestApiClient::timeout()
{
    FakeHttpServer server; // never answers
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 300 });
    const Result r = run(client.get(QStringLiteral("/health")));
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QVERIFY(!r.error.message.isEmpty());
}

void TestApiClient::abortIsCancelled()
{
    FakeHttpServer server; // never answers
    ApiClient client(ApiClientConfig { server.url(), {}, QStringLiteral("fr"), 10000 });
    ApiCall* call = client.get(QStringLiteral("/health"));
    Result r;
    connect(call, &ApiCall::finished, call, [&r, call] {
        r.done = true;
        r.error = call->error();
    });
    QTRY_COMPARE(server.requests, 1);
    call->abort();
    QTRY_VERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
}

void TestApiClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client(
        ApiClientConfig { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, QStringLiteral("fr"), 5000 });
    const Result r = run(client.get(QStringLiteral("/health")));
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QVERIFY(!r.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
