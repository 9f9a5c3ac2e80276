// The desk agent's core against the real citoyens-server over HTTPS: the scope of an agent
// registers its queue (and the catalogue) only, the queue is synced into the agent's store and
// painted from it again, decisions are operations (checked first, sent, the store updated),
// another agent's earlier decision is a 409 said in words, documents come down to memory.
// Citizens subscribe with real documents through TestHttp.
#include "DemoAccounts.h"
#include "ServicesTestSupport.h"
#include "TestClient.h"

#include "api/ApiClient.h"
#include "itemmodels/QueueTableModel.h"
#include "models/Account.h"
#include "queue/QueueCommands.h"
#include "queue/QueueOperation.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "store/CatalogueRepository.h"
#include "store/QueueRepository.h"
#include "sync/SyncService.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace citoyens;
using namespace demo;
using namespace std::chrono_literals;

namespace {

constexpr int NetworkTimeoutMs = 20000;

// Waits for one operation's single result.
bool finished(QueueOperation* operation)
{
    QSignalSpy spy(operation, &Operation::finished);
    return spy.wait(NetworkTimeoutMs) && spy.size() == 1;
}

} // namespace

class TestDeskQueueServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().remove(QStringLiteral("session")); }
    void cleanupTestCase();
    void collectionsFollowTheRole();
    void queueSyncedAndPaintedFromTheStore();
    void approveLeavesTheQueue();
    void badInputIsRefusedBeforeSending();
    void incompleteAsksForADocument();
    void alreadyDecidedSaysSoAndRefreshes();
    void documentsComeDownToMemory();
    void beneficiaryWithPhotoAndPai();

private:
    std::unique_ptr<TestClient> signIn(const QString& email, const QString& password);
    // A new citizen's request for the ROSIÈRES service: its id.
    QString newRequest();
    bool syncQueue(TestClient& c);
    QStringList serverQueueIds();

    std::unique_ptr<TestServer> m_server;
    support::Person m_agent;
};

void TestDeskQueueServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskqueue_server"));
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_agent = support::signIn(*m_server, AgentEmail, AgentPassword);
    QVERIFY(!m_agent.token.isEmpty());
}

void TestDeskQueueServer::cleanupTestCase()
{
    m_agent.http.reset();
    if (m_server)
        m_server->stop();
}

std::unique_ptr<TestClient> TestDeskQueueServer::signIn(const QString& email, const QString& password)
{
    TestClient::Options options;
    options.pollInterval = 1h; // the tests ask for the queue themselves
    auto c = std::make_unique<TestClient>(*m_server, std::move(options));
    bool fullySynced = false;
    if (!c->signInAndSync(email, password, &fullySynced, NetworkTimeoutMs) || !fullySynced)
        return nullptr;
    return c;
}

QString TestDeskQueueServer::newRequest()
{
    support::Person citizen = support::newCitizen(*m_server);
    const TestReply created = support::subscribe(*citizen.http, support::RosieresService, 18000, 4);
    if (created.status != 201)
        qWarning() << "subscription" << created.status << created.body;
    return support::idOf(created);
}

bool TestDeskQueueServer::syncQueue(TestClient& c)
{
    QSignalSpy synced(c.scope()->sync(), &SyncService::resourceSynced);
    c.scope()->sync()->sync(SyncService::Resource::Queue);
    return synced.wait(NetworkTimeoutMs);
}

QStringList TestDeskQueueServer::serverQueueIds()
{
    return support::idsIn(m_agent.http->get(QStringLiteral("/agent/queue")), QStringLiteral("subscriptions"));
}

void TestDeskQueueServer::collectionsFollowTheRole()
{
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    QCOMPARE(agent->scope()->collectionsRole(), Account::RoleAgent);
    QCOMPARE(agent->scope()->sync()->collections(),
             (QList<SyncService::Resource> { SyncService::Resource::Catalogue, SyncService::Resource::Queue }));
    QVERIFY(!agent->scope()->catalogueRepository()->load().communes.isEmpty());

    auto marie = signIn(QStringLiteral("marie.dupont@example.org"), QStringLiteral("Citoyens-2026!"));
    QVERIFY(marie);
    QCOMPARE(marie->scope()->collectionsRole(), Account::RoleCitizen);
    QVERIFY(!marie->scope()->sync()->collections().contains(SyncService::Resource::Queue));
    QVERIFY(marie->scope()->sync()->collections().contains(SyncService::Resource::Notifications));
    QCOMPARE(marie->scope()->queueModel()->rowCount(), 0);
}

void TestDeskQueueServer::queueSyncedAndPaintedFromTheStore()
{
    const QString first = newRequest();
    const QString second = newRequest();
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    QueueTableModel* model = agent->scope()->queueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int firstRow = model->rowOf(QStringLiteral("subscription:") + first);
    const int secondRow = model->rowOf(QStringLiteral("subscription:") + second);
    QVERIFY(firstRow >= 0);
    QVERIFY2(firstRow < secondRow, "oldest first");
    const QueueItem item = model->itemAt(firstRow);
    QVERIFY(item.citizen());
    QCOMPARE(item.subscription.fiscalIncomeEuros, std::optional<qint64>(18000));
    QCOMPARE(item.subscription.quotient, std::optional<int>(750)); // 18000 / 12 / 2 parts
    QCOMPARE(item.subscription.bracketLabel, QStringLiteral("700 à 999"));
    QCOMPARE(item.documentHrefs.size(), 2);
    QCOMPARE(model->index(firstRow, QueueTableModel::Commune).data().toString(), QStringLiteral("Rosières"));
    QVERIFY(!agent->scope()->queueRepository()->etag().isEmpty());

    // The same store read again (the page opening again, the next start): everything at once.
    QueueRepository again(agent->session()->store());
    QueueTableModel painted(&again, agent->scope()->catalogueRepository());
    QCOMPARE(painted.rowCount(), model->rowCount());
    QCOMPARE(painted.rowOf(QStringLiteral("subscription:") + second), secondRow);

    // Unchanged: a 304 keeps the rows.
    QSignalSpy synced(agent->scope()->sync(), &SyncService::resourceSynced);
    agent->scope()->sync()->sync(SyncService::Resource::Queue);
    QVERIFY(synced.wait(NetworkTimeoutMs));
    QCOMPARE(synced.at(0).at(1).toBool(), false);
    QCOMPARE(model->rowCount(), painted.rowCount());
}

void TestDeskQueueServer::approveLeavesTheQueue()
{
    const QString id = newRequest();
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    QueueTableModel* model = agent->scope()->queueModel();
    const int row = model->rowOf(QStringLiteral("subscription:") + id);
    QVERIFY(row >= 0);
    const int before = model->rowCount();
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QueueOperation* operation
        = agent->scope()->queueCommands()->decide(model->itemAt(row), { DecisionRequest::Approve, {}, {}, {} });
    QVERIFY(finished(operation));
    QVERIFY2(operation->succeeded(), qPrintable(operation->error().message));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowCount(), before - 1);
    QCOMPARE(model->rowOf(QStringLiteral("subscription:") + id), -1);
    QVERIFY(!serverQueueIds().contains(id));
    // The stored ETag was dropped: the next sync brings the queue whole, without the request.
    QVERIFY(agent->scope()->queueRepository()->etag().isEmpty());
    QVERIFY(syncQueue(*agent));
    QCOMPARE(model->rowOf(QStringLiteral("subscription:") + id), -1);
}

void TestDeskQueueServer::badInputIsRefusedBeforeSending()
{
    const QString id = newRequest();
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    const QueueItem item = agent->scope()->queueModel()->itemAt(
        agent->scope()->queueModel()->rowOf(QStringLiteral("subscription:") + id));
    QCOMPARE(item.id(), id);

    QueueOperation* noReason
        = agent->scope()->queueCommands()->decide(item, { DecisionRequest::Reject, QStringLiteral("  "), {}, {} });
    QVERIFY(finished(noReason));
    QVERIFY(!noReason->succeeded());
    QCOMPARE(noReason->error().fieldErrors, (FieldErrors { { QStringLiteral("reason"), QStringLiteral("required") } }));
    QVERIFY(!noReason->error().fieldMessage(QStringLiteral("reason")).isEmpty());

    QueueOperation* wrongKind = agent->scope()->queueCommands()->decide(
        item, { DecisionRequest::Incomplete, QStringLiteral("Illisible"), QStringLiteral("passport"), {} });
    QVERIFY(finished(wrongKind));
    QCOMPARE(wrongKind->error().fieldErrors,
             (FieldErrors { { QStringLiteral("documentKind"), QStringLiteral("invalid_choice") } }));

    QueueOperation* tooLong = agent->scope()->queueCommands()->decide(
        item, { DecisionRequest::Reject, QString(DecisionRequest::MaxReasonLength + 1, QLatin1Char('x')), {}, {} });
    QVERIFY(finished(tooLong));
    QCOMPARE(tooLong->error().fieldErrors, (FieldErrors { { QStringLiteral("reason"), QStringLiteral("too_long") } }));

    // Nothing was sent: the request still waits, on the server and on screen.
    QVERIFY(serverQueueIds().contains(id));
    QVERIFY(agent->scope()->queueModel()->rowOf(item.key()) >= 0);
}

void TestDeskQueueServer::incompleteAsksForADocument()
{
    const QString id = newRequest();
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    const QueueItem item = agent->scope()->queueModel()->itemAt(
        agent->scope()->queueModel()->rowOf(QStringLiteral("subscription:") + id));
    QCOMPARE(agent->scope()->queueCommands()->documentKinds(item),
             (QStringList { support::ProofOfAddress, support::IncomeStatement }));
    QueueOperation* operation = agent->scope()->queueCommands()->decide(
        item, { DecisionRequest::Incomplete, QStringLiteral("Avis illisible"), support::IncomeStatement, {} });
    QVERIFY(finished(operation));
    QVERIFY2(operation->succeeded(), qPrintable(operation->error().message));
    // An incomplete request waits for the citizen, and stays in the queue with its new status.
    const TestReply queue = m_agent.http->get(QStringLiteral("/agent/queue"));
    bool seen = false;
    for (const QJsonValue& v : queue.json().value(QStringLiteral("subscriptions")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() != id)
            continue;
        seen = true;
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(o.value(QStringLiteral("missingDocumentKind")).toString(), support::IncomeStatement);
        QCOMPARE(o.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Avis illisible"));
    }
    QVERIFY(seen);
    // Back in the agent's table with its new status once the queue is fetched again.
    QVERIFY(syncQueue(*agent));
    const int row = agent->scope()->queueModel()->rowOf(item.key());
    QVERIFY(row >= 0);
    QCOMPARE(agent->scope()->queueModel()->index(row, QueueTableModel::Kind).data().toString(),
             QueueTableModel::tr("Request (documents to complete)"));
}

void TestDeskQueueServer::alreadyDecidedSaysSoAndRefreshes()
{
    const QString id = newRequest();
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    const QueueItem item = agent->scope()->queueModel()->itemAt(
        agent->scope()->queueModel()->rowOf(QStringLiteral("subscription:") + id));
    QCOMPARE(item.id(), id);
    // Another agent of the commune rejects it first.
    QCOMPARE(m_agent.http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id),
                        support::decision(QStringLiteral("reject"), QStringLiteral("Hors délai")))
                 .status,
             200);
    QSignalSpy synced(agent->scope()->sync(), &SyncService::resourceSynced);
    QueueOperation* operation = agent->scope()->queueCommands()->decide(item, { DecisionRequest::Approve, {}, {}, {} });
    QVERIFY(finished(operation));
    QVERIFY(!operation->succeeded());
    QCOMPARE(operation->error().httpStatus, 409);
    QCOMPARE(operation->error().code, QStringLiteral("already_decided"));
    QCOMPARE(operation->error().message, QueueCommands::tr("This request has already been handled by another agent."));
    QCOMPARE(agent->scope()->queueModel()->rowOf(item.key()), -1);
    // The list is fetched again.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    QCOMPARE(synced.at(0).at(0).value<SyncService::Resource>(), SyncService::Resource::Queue);
    QCOMPARE(agent->scope()->queueModel()->rowOf(item.key()), -1);
}

void TestDeskQueueServer::documentsComeDownToMemory()
{
    const QString id = newRequest();
    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    const QueueItem item = agent->scope()->queueModel()->itemAt(
        agent->scope()->queueModel()->rowOf(QStringLiteral("subscription:") + id));
    QCOMPARE(item.subscription.documents.size(), 2);
    for (const SubscriptionDocument& document : item.subscription.documents) {
        QueueOperation* operation = agent->scope()->queueCommands()->fetchDocument(item, document.documentId);
        QVERIFY(finished(operation));
        QVERIFY2(operation->succeeded(), qPrintable(operation->error().message));
        if (document.kind == support::ProofOfAddress) {
            QCOMPARE(operation->bytes(), support::samplePdf());
            QCOMPARE(operation->mimeType(), QStringLiteral("application/pdf"));
        } else {
            QCOMPARE(operation->bytes(), support::sampleJpeg());
            QCOMPARE(operation->mimeType(), QStringLiteral("image/jpeg"));
        }
    }
    // A document of nobody's request in the agent's communes: the server's 404, as an error.
    QueueOperation* missing
        = agent->scope()->queueCommands()->fetchDocument(item, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(finished(missing));
    QVERIFY(!missing->succeeded());
    QCOMPARE(missing->error().httpStatus, 404);
    QVERIFY(!missing->error().message.isEmpty());
}

void TestDeskQueueServer::beneficiaryWithPhotoAndPai()
{
    // A citizen with a live request in ROSIÈRES and a child with a photo and a PAI.
    support::Person citizen = support::newCitizen(*m_server);
    QCOMPARE(support::subscribe(*citizen.http, support::RosieresService).status, 201);
    const QString childId = support::childWithPhotoAndPai(*citizen.http);
    QVERIFY(!childId.isEmpty());

    auto agent = signIn(AgentEmail, AgentPassword);
    QVERIFY(agent);
    QueueTableModel* model = agent->scope()->queueModel();
    const QString key = QStringLiteral("beneficiary:%1:rosieres").arg(childId);
    const int row = model->rowOf(key);
    QVERIFY2(row >= 0, qPrintable(key));
    const QueueItem item = model->itemAt(row);
    QCOMPARE(item.kind, QueueItem::Kind::Beneficiary);
    QCOMPARE(item.beneficiary.pai, QStringLiteral("Allergie aux arachides"));
    QCOMPARE(model->index(row, QueueTableModel::Kind).data().toString(), QueueTableModel::tr("Beneficiary"));
    QCOMPARE(model->index(row, QueueTableModel::Subject).data().toString(), QStringLiteral("Léa Martin"));
    QCOMPARE(model->index(row, QueueTableModel::Commune).data().toString(), QStringLiteral("Rosières"));
    QVERIFY(!item.photoHref.isEmpty());

    QueueOperation* photo = agent->scope()->queueCommands()->fetchPhoto(item);
    QVERIFY(finished(photo));
    QVERIFY2(photo->succeeded(), qPrintable(photo->error().message));
    QCOMPARE(photo->bytes(), support::samplePng());
    QCOMPARE(photo->mimeType(), QStringLiteral("image/png"));

    // A beneficiary asks for no document kind; its decision names the commune deciding.
    QVERIFY(agent->scope()->queueCommands()->documentKinds(item).isEmpty());
    QueueOperation* decided = agent->scope()->queueCommands()->decide(item, { DecisionRequest::Approve, {}, {}, {} });
    QVERIFY(finished(decided));
    QVERIFY2(decided->succeeded(), qPrintable(decided->error().message));
    QCOMPARE(model->rowOf(key), -1);
    QVERIFY(!support::idsIn(m_agent.http->get(QStringLiteral("/agent/queue")), QStringLiteral("beneficiaries"))
                 .contains(childId));
    const TestReply mine = citizen.http->get(QStringLiteral("/me/beneficiaries"));
    QCOMPARE(
        mine.json().value(QStringLiteral("beneficiaries")).toArray().first().toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("approved")));
}

QTEST_MAIN(TestDeskQueueServer)
#include "tst_deskqueue_server.moc"
