// Operation, the one shape of a change a person makes: one `finished`, always after the call
// that started it returned; a refused input never reaches the network; cancel() ends it with
// Kind::Cancelled; an answer that is not what the API promises is a failure. Against a local
// plain-HTTP responder (TLS and the real server: tests/integration/client).
#include "api/ApiClient.h"
#include "api/AuthApi.h"
#include "operations/AuthOperations.h"
#include "operations/CallOperation.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

constexpr int TimeoutMs = 10000;

// Answers GET /api/v1/ok with {"value": 1}, GET /api/v1/bad with a 422 problem, and never
// answers GET /api/v1/hold.
class Responder : public QObject
{
public:
    Responder()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requests = 0;

private:
    void onData(QTcpSocket* socket)
    {
        const QByteArray head = socket->readAll();
        ++requests;
        QByteArray status = "200 OK";
        QByteArray type = "application/json";
        QByteArray body = R"({"value":1})";
        if (head.startsWith("GET /api/v1/hold"))
            return;
        if (head.startsWith("GET /api/v1/bad")) {
            status = "422 Unprocessable";
            type = "application/problem+json";
            body = R"({"code":"validation_failed","errors":[{"field":"email","code":"invalid_email"}]})";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void successAppliesTheAnswerOnce();
    void refusedInputIsNeverSent();
    void serverProblemIsTheResult();
    void unexpectedAnswerFails();
    void cancelEndsWithCancelled();
    void authOperationsCheckWithTheSharedRules();

private:
    std::unique_ptr<Responder> m_responder;
    std::unique_ptr<ApiClient> m_client;
};

void TestOperation::init()
{
    m_responder = std::make_unique<Responder>();
    ApiClientConfig config;
    config.baseUrl = m_responder->url();
    m_client = std::make_unique<ApiClient>(config);
}

void TestOperation::cleanup()
{
    m_client.reset();
    m_responder.reset();
}

void TestOperation::successAppliesTheAnswerOnce()
{
    int applied = 0;
    CallOperation* operation = CallOperation::start(
        this, [] { return FieldErrors(); }, [this] { return m_client->get(QStringLiteral("/ok")); },
        [&applied](const ApiCall& answer) {
            applied += answer.json().value(QStringLiteral("value")).toInt();
            return ApiError();
        });
    QPointer<Operation> alive(operation);
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(operation->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(applied, 1);
    // Deleted after its one result.
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(finished.size(), 1);
}

void TestOperation::refusedInputIsNeverSent()
{
    bool sent = false;
    CallOperation* operation = CallOperation::start(
        this,
        [] {
            return FieldErrors { { QStringLiteral("email"), QStringLiteral("required") } };
        },
        [this, &sent] {
            sent = true;
            return m_client->get(QStringLiteral("/ok"));
        });
    // Refused at once, but the result comes after start() returned: this connection sees it.
    QCOMPARE(operation->state(), Operation::State::Failed);
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!sent);
    QCOMPARE(m_responder->requests, 0);
    QCOMPARE(operation->error().code, QStringLiteral("validation_failed"));
    QVERIFY(operation->error().hasFieldError(QStringLiteral("email")));
    QVERIFY(!operation->error().fieldMessage(QStringLiteral("email")).isEmpty());
}

void TestOperation::serverProblemIsTheResult()
{
    CallOperation* operation = CallOperation::start(this, {}, [this] { return m_client->get(QStringLiteral("/bad")); });
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(operation->state(), Operation::State::Failed);
    QCOMPARE(operation->error().httpStatus, 422);
    QVERIFY(operation->error().hasFieldError(QStringLiteral("email")));
}

void TestOperation::unexpectedAnswerFails()
{
    CallOperation* operation = CallOperation::start(
        this, {}, [this] { return m_client->get(QStringLiteral("/ok")); },
        [](const ApiCall&) { return ApiError::parse(QStringLiteral("thing")); });
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(operation->error().kind, ApiError::Kind::Parse);
    QVERIFY(!operation->succeeded());
}

void TestOperation::cancelEndsWithCancelled()
{
    bool applied = false;
    CallOperation* operation = CallOperation::start(
        this, {}, [this] { return m_client->get(QStringLiteral("/hold")); },
        [&applied](const ApiCall&) {
            applied = true;
            return ApiError();
        });
    QSignalSpy finished(operation, &Operation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_responder->requests, 1, TimeoutMs);
    operation->cancel();
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(operation->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(!applied);
}

void TestOperation::authOperationsCheckWithTheSharedRules()
{
    AuthApi auth(m_client.get());
    AuthOperations operations(&auth, nullptr);
    Operation* reset
        = operations.resetPassword(QStringLiteral("marie@example.org"), QStringLiteral("12"), QStringLiteral("court"));
    QSignalSpy resetFinished(reset, &Operation::finished);
    QVERIFY(resetFinished.wait(TimeoutMs));
    QVERIFY(reset->error().hasFieldError(QStringLiteral("code")));
    QVERIFY(reset->error().hasFieldError(QStringLiteral("newPassword")));
    Operation* forgot = operations.forgotPassword(QStringLiteral("pas-une-adresse"));
    QSignalSpy forgotFinished(forgot, &Operation::finished);
    QVERIFY(forgotFinished.wait(TimeoutMs));
    QVERIFY(forgot->error().hasFieldError(QStringLiteral("email")));
    QCOMPARE(m_responder->requests, 0);
}

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
