// End to end: the client core (AccountScope and everything it owns) against the
// real citoyens-server over HTTPS, trusting the test CA. An agent decides through TestHttp.
#include "DemoAccounts.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "api/ApiClient.h"
#include "api/DocumentApi.h"
#include "api/SubscriptionApi.h"
#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/SubscriptionRepository.h"
#include "sync/BeneficiaryCommands.h"
#include "sync/NotificationPoller.h"
#include "sync/SubscriptionCommands.h"
#include "sync/SyncService.h"

#include "models/Document.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace citoyens;
using namespace demo;
using namespace std::chrono_literals;

namespace {

constexpr int NetworkTimeoutMs = 20000;

const QString Loisirs = QStringLiteral("Inscription accueil de loisirs résident commune");
const QString Cantine = QStringLiteral("Réservation cantine pour enfants");

// A real (tiny) PDF and a real 1x1 PNG.
const QByteArray Pdf
    = QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const QByteArray Png
    = QByteArray::fromHex("89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444"
                          "154789C63F8CFC0000003010100C9FE92EF0000000049454E44AE426082");

// Waits for an operation's one result; read it right after (it deletes itself at the next
// turn of the event loop).
bool finished(Operation* operation)
{
    if (!operation)
        return false;
    QSignalSpy spy(operation, &Operation::finished);
    return spy.wait(NetworkTimeoutMs) && spy.size() == 1;
}

} // namespace

class TestServicesServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void subscribeThenApproved();
    void retryKeepsTheIdempotencyKey();
    void incompleteThenDocumentAdded();
    void withdrawAndCancel();
    void beneficiaryWithPhoto();
    void notModifiedCostsNothing();

private:
    std::unique_ptr<TestClient> signedInClient();
    QString serviceId(TestClient& c, const QString& commune, const QString& name);
    SubscriptionDraft draft(TestClient& c, const QString& service);
    QString writeFile(const QString& name, const QByteArray& bytes);
    bool agentDecides(const QString& type, const QString& id, const QString& decision, const QString& reason = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestHttp> m_agent;
    QTemporaryDir m_tmp;
};

void TestServicesServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_services_server"));
    QVERIFY(m_tmp.isValid());
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    m_agent = std::make_unique<TestHttp>(*m_server);
    const TestReply login
        = m_agent->post(QStringLiteral("/auth/login"),
                        { { QStringLiteral("email"), AgentEmail }, { QStringLiteral("password"), AgentPassword } });
    QCOMPARE(login.status, 200);
    m_agent->setBearer(login.json().value(QStringLiteral("accessToken")).toString().toUtf8());
}

void TestServicesServer::init()
{
    QSettings().remove(QStringLiteral("session"));
}

void TestServicesServer::cleanupTestCase()
{
    m_agent.reset();
    if (m_server)
        m_server->stop();
}

std::unique_ptr<TestClient> TestServicesServer::signedInClient()
{
    TestClient::Options options;
    options.pollInterval = 100ms;
    auto c = std::make_unique<TestClient>(*m_server, std::move(options));
    bool fullySynced = false;
    if (!c->signInAndSync(MarieEmail, MariePassword, &fullySynced, NetworkTimeoutMs))
        return nullptr;
    if (!fullySynced)
        qWarning() << "first sync did not fully succeed";
    return c;
}

QString TestServicesServer::serviceId(TestClient& c, const QString& commune, const QString& name)
{
    for (const Commune& k : c.scope()->catalogueRepository()->load().communes) {
        for (const Service& s : k.services) {
            if (k.name == commune && s.name == name)
                return s.id;
        }
    }
    return {};
}

QString TestServicesServer::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_tmp.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

SubscriptionDraft TestServicesServer::draft(TestClient& c, const QString& service)
{
    SubscriptionDraft d;
    d.serviceId = service;
    d.fiscalIncomeEuros = 12000; // 12000 / 12 / 3 parts = 333: "inf 399"
    d.fiscalPartsHalves = 6;
    d.documentFiles.insert(QStringLiteral("proof_of_address"), writeFile(QStringLiteral("-edf.pdf"), Pdf));
    d.documentFiles.insert(QStringLiteral("income_statement"), writeFile(QStringLiteral("-avis.png"), Png));
    Q_UNUSED(c)
    return d;
}

bool TestServicesServer::agentDecides(const QString& type, const QString& id, const QString& decision,
                                      const QString& reason)
{
    QJsonObject body { { QStringLiteral("decision"), decision } };
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    const TestReply r = m_agent->post(QStringLiteral("/agent/%1/%2/decision").arg(type, id), body);
    if (r.status != 200)
        qWarning() << "decision" << r.status << r.body;
    return r.status == 200;
}

void TestServicesServer::subscribeThenApproved()
{
    auto c = signedInClient();
    QVERIFY(c);
    QAbstractItemModelTester tableTester(c->scope()->subscriptionModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester notificationTester(c->scope()->notificationModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester catalogueTester(c->scope()->catalogueModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The demo catalogue, in the web platform's order.
    CatalogueModel* catalogue = c->scope()->catalogueModel();
    QCOMPARE(catalogue->rowCount(), 4);
    QCOMPARE(catalogue->index(0, 0).data().toString(), QStringLiteral("AIGUILHE"));
    QCOMPARE(catalogue->index(3, 0).data().toString(), QStringLiteral("ROSIÈRES"));
    const QString loisirs = serviceId(*c, QStringLiteral("ROSIÈRES"), Loisirs);
    QVERIFY(!loisirs.isEmpty());

    SubscriptionCommands* commands = c->scope()->subscriptionCommands();
    SubscriptionOperation* submission = commands->submit(draft(*c, loisirs));
    QVERIFY(submission);
    QSignalSpy progress(submission, &Operation::progress);
    QSignalSpy uploaded(submission, &SubscriptionOperation::documentUploaded);
    QVERIFY(commands->isBusy());
    QVERIFY(finished(submission));
    if (!submission->succeeded())
        QFAIL(qPrintable(submission->error().message));
    QCOMPARE(uploaded.size(), 2);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(Pdf.size() + Png.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(Pdf.size() + Png.size()));
    const Subscription created = submission->subscription();
    QCOMPARE(created.status, Subscription::StatusPending);
    QCOMPARE(created.bracketLabel, QStringLiteral("inf 399"));
    QCOMPARE(created.quotient, 333);

    // The row is there at once, from the store.
    SubscriptionTableModel* table = c->scope()->subscriptionModel();
    const int row = table->rowOf(created.id);
    QVERIFY(row >= 0);
    QCOMPARE(table->index(row, SubscriptionTableModel::ServiceName).data().toString(),
             QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399"));
    QCOMPARE(table->index(row, SubscriptionTableModel::Status).data().toString(), QStringLiteral("Pending"));

    // The agent of Rosières sees it and approves it.
    const TestReply queue = m_agent->get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    QVERIFY(queue.body.contains(created.id.toUtf8()));
    QSignalSpy fresh(c->scope()->poller(), &NotificationPoller::newNotifications);
    QSignalSpy unread(c->scope()->poller(), &NotificationPoller::unreadCountChanged);
    QVERIFY(agentDecides(QStringLiteral("subscriptions"), created.id, QStringLiteral("approve")));

    // The poller delivers the notification; the row turns "Approved" without a restart.
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.isEmpty(), NetworkTimeoutMs);
    const auto notes = fresh.at(0).at(0).value<QList<Notification>>();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).subjectId, created.id);
    QCOMPARE(notes.at(0).subjectType, Notification::SubjectSubscription);
    QVERIFY(!unread.isEmpty());
    QCOMPARE(c->scope()->poller()->unreadCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(table->index(table->rowOf(created.id), SubscriptionTableModel::Status)
                                  .data(SubscriptionTableModel::RawValueRole)
                                  .toString(),
                              Subscription::StatusApproved, NetworkTimeoutMs);
    QCOMPARE(table->index(table->rowOf(created.id), SubscriptionTableModel::Status).data().toString(),
             QStringLiteral("Approved"));
    NotificationListModel* notifications = c->scope()->notificationModel();
    QCOMPARE(notifications->rowCount(), 1);
    QVERIFY(notifications->index(0).data(NotificationListModel::UnreadRole).toBool());

    // Read: locally at once, and on the server (the next poll does not bring it back).
    c->scope()->poller()->markRead(notes.at(0).id);
    QVERIFY(!notifications->index(0).data(NotificationListModel::UnreadRole).toBool());
    QCOMPARE(c->scope()->poller()->unreadCount(), 0);
    // The scope goes with the session: its table is read as the sign-out is heard, before it goes.
    int rowsAtSignOut = -1;
    connect(c->session(), &Session::stateChanged, table, [&rowsAtSignOut, &c, table] {
        if (c->session()->state() == Session::State::SignedOut)
            rowsAtSignOut = table->rowCount();
    });
    c->session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(c->session()->state(), Session::State::SignedOut, NetworkTimeoutMs);
    QCOMPARE(rowsAtSignOut, 0); // the models let go of the account's data
}

void TestServicesServer::retryKeepsTheIdempotencyKey()
{
    auto c = signedInClient();
    QVERIFY(c);
    DocumentApi documents(c->api());
    SubscriptionApi api(c->api());
    QString ids[2];
    const char* kinds[2] = { "proof_of_address", "income_statement" };
    const QString name = QStringLiteral("Avis d'impôt 2025 & co+1.pdf");
    for (int i = 0; i < 2; ++i) {
        ApiCall* call = documents.upload(i == 0 ? Pdf : Png, QString::fromLatin1(kinds[i]), name,
                                         i == 0 ? "application/pdf" : "image/png");
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(NetworkTimeoutMs));
        QCOMPARE(call->status(), 201);
        const auto document = Document::fromJson(call->json());
        QVERIFY(document);
        QCOMPARE(document->filename, name); // the query string survived "&", "+" and accents
        QCOMPARE(document->size, qint64(i == 0 ? Pdf.size() : Png.size()));
        ids[i] = document->id;
    }
    SubscriptionRequest request;
    request.serviceId = serviceId(*c, QStringLiteral("ROSIÈRES"), Cantine);
    request.fiscalIncomeEuros = 30000;
    request.fiscalPartsHalves = 4;
    request.documents
        = { { QStringLiteral("proof_of_address"), ids[0] }, { QStringLiteral("income_statement"), ids[1] } };
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QString first;
    for (int attempt = 0; attempt < 2; ++attempt) {
        ApiCall* call = api.create(request, key);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(NetworkTimeoutMs));
        QVERIFY2(call->ok(), qPrintable(call->error().message));
        const QString id = call->json().value(QStringLiteral("id")).toString();
        if (attempt == 0)
            first = id;
        else
            QCOMPARE(id, first); // the same subscription, not a second one
    }
    QSignalSpy synced(c->scope()->sync(), &SyncService::resourceSynced);
    c->scope()->sync()->syncSubscriptions();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    int rows = 0;
    for (const Subscription& s : c->scope()->subscriptionRepository()->loadAll())
        rows += s.serviceId == request.serviceId ? 1 : 0;
    QCOMPARE(rows, 1);
}

void TestServicesServer::incompleteThenDocumentAdded()
{
    auto c = signedInClient();
    QVERIFY(c);
    SubscriptionCommands* commands = c->scope()->subscriptionCommands();
    SubscriptionOperation* submission = commands->submit(draft(*c, serviceId(*c, QStringLiteral("ROSIÈRES"), Loisirs)));
    QVERIFY(finished(submission));
    QVERIFY(submission->succeeded());
    const QString id = submission->subscription().id;

    const QString missing = QStringLiteral("Avis d'imposition illisible");
    QVERIFY(agentDecides(QStringLiteral("subscriptions"), id, QStringLiteral("incomplete"), missing));
    SubscriptionTableModel* table = c->scope()->subscriptionModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->index(table->rowOf(id), SubscriptionTableModel::Status).data().toString(),
                              QStringLiteral("Documents to complete: ") + missing, NetworkTimeoutMs);
    QVERIFY(table->index(table->rowOf(id), 0).data(SubscriptionTableModel::NeedsDocumentRole).toBool());

    SubscriptionOperation* added = commands->addMissingDocument(id, QStringLiteral("income_statement"),
                                                                writeFile(QStringLiteral("-avis2.pdf"), Pdf));
    QVERIFY(finished(added));
    QVERIFY(added->succeeded());
    QCOMPARE(table->index(table->rowOf(id), SubscriptionTableModel::Status).data(SubscriptionTableModel::RawValueRole),
             QVariant(Subscription::StatusPending));
}

void TestServicesServer::withdrawAndCancel()
{
    auto c = signedInClient();
    QVERIFY(c);
    SubscriptionCommands* commands = c->scope()->subscriptionCommands();
    const QString service = serviceId(*c, QStringLiteral("ALLÈGRE"), QStringLiteral("Réservation pour enfants"));
    QVERIFY(!service.isEmpty());

    // Cancelled before anything arrived: reported as such, and nothing is lost.
    const SubscriptionDraft d = draft(*c, service);
    SubscriptionOperation* cancelled = commands->submit(d);
    QVERIFY(cancelled);
    commands->cancel();
    QVERIFY(finished(cancelled));
    QCOMPARE(cancelled->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(!commands->isBusy());

    SubscriptionOperation* submission = commands->submit(d); // the same draft again
    QVERIFY(finished(submission));
    QVERIFY(submission->succeeded());
    const QString id = submission->subscription().id;
    SubscriptionTableModel* table = c->scope()->subscriptionModel();
    QVERIFY(table->rowOf(id) >= 0);

    SubscriptionOperation* withdrawal = commands->withdraw(id);
    QVERIFY(finished(withdrawal));
    QVERIFY(withdrawal->succeeded());
    QCOMPARE(table->rowOf(id), -1);

    // Gone on the server too.
    QSignalSpy synced(c->scope()->sync(), &SyncService::resourceSynced);
    c->scope()->sync()->syncSubscriptions();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    QCOMPARE(table->rowOf(id), -1);
}

void TestServicesServer::beneficiaryWithPhoto()
{
    auto c = signedInClient();
    QVERIFY(c);
    BeneficiaryCommands* commands = c->scope()->beneficiaryCommands();
    BeneficiaryListModel* list = c->scope()->beneficiaryModel();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BeneficiaryOperation* invalid = commands->create(Beneficiary {});
    QVERIFY(invalid);
    QCOMPARE(invalid->state(), Operation::State::Failed); // refused at once, nothing sent
    QVERIFY(!invalid->error().fieldErrors.isEmpty());

    Beneficiary b;
    b.firstName = QStringLiteral("Zoé");
    b.lastName = QStringLiteral("Dupont");
    b.birthDate = QDate(2018, 3, 4);
    b.relation = QStringLiteral("Enfant");
    b.schoolClass = QStringLiteral("CP");
    BeneficiaryOperation* creation = commands->create(b);
    QVERIFY(creation);
    // The operation's one result, read where a page reads it (it deletes itself after).
    QString createdId;
    bool creationSucceeded = false;
    connect(creation, &Operation::finished, this, [creation, &createdId, &creationSucceeded] {
        creationSucceeded = creation->succeeded();
        createdId = creation->beneficiary().id;
    });
    QTRY_VERIFY_WITH_TIMEOUT(creationSucceeded, NetworkTimeoutMs);
    const QString id = createdId;
    QVERIFY(!id.isEmpty());
    const int row = list->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(list->index(row).data().toString(), QStringLiteral("Zoé Dupont"));
    QCOMPARE(list->index(row).data(BeneficiaryListModel::StatusRole).toString(), Beneficiary::StatusPending);

    BeneficiaryOperation* photo = commands->uploadPhoto(id, Png);
    QVERIFY(finished(photo));
    QVERIFY(photo->succeeded());
    QVERIFY(list->index(list->rowOf(id)).data(BeneficiaryListModel::HasPhotoRole).toBool());

    // Downloaded by a second device (an empty store): the same bytes.
    auto other = signedInClient();
    QVERIFY(other);
    BeneficiaryOperation* ready = other->scope()->beneficiaryCommands()->fetchPhoto(id);
    QVERIFY(finished(ready));
    QVERIFY(ready->succeeded());
    QCOMPARE(ready->photo(), Png);
    QCOMPARE(other->scope()->beneficiaryRepository()->photo(id), Png);

    // Edited while pending.
    Beneficiary edited = list->beneficiaryAt(list->rowOf(id));
    edited.schoolClass = QStringLiteral("CE1");
    BeneficiaryOperation* update = commands->update(edited);
    QVERIFY(finished(update));
    QVERIFY(update->succeeded());
    QCOMPARE(list->index(list->rowOf(id)).data(BeneficiaryListModel::SchoolClassRole).toString(),
             QStringLiteral("CE1"));

    BeneficiaryOperation* removal = commands->remove(id);
    QVERIFY(finished(removal));
    QVERIFY(removal->succeeded());
    QCOMPARE(list->rowOf(id), -1);

    // Another one, approved by the agent of Rosières (Marie has subscriptions there): the
    // poller's notification brings the new status into the list.
    b.firstName = QStringLiteral("Léo");
    BeneficiaryOperation* second = commands->create(b);
    QVERIFY(finished(second));
    QVERIFY(second->succeeded());
    const QString leo = second->beneficiary().id;
    QSignalSpy fresh(c->scope()->poller(), &NotificationPoller::newNotifications);
    QVERIFY(agentDecides(QStringLiteral("beneficiaries"), leo, QStringLiteral("approve")));
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.isEmpty(), NetworkTimeoutMs);
    QCOMPARE(fresh.at(0).at(0).value<QList<Notification>>().at(0).subjectType, Notification::SubjectBeneficiary);
    QTRY_COMPARE_WITH_TIMEOUT(list->index(list->rowOf(leo)).data(BeneficiaryListModel::StatusRole).toString(),
                              Beneficiary::StatusApproved, NetworkTimeoutMs);
    QVERIFY(!list->index(list->rowOf(leo)).data(BeneficiaryListModel::EditableRole).toBool());
}

void TestServicesServer::notModifiedCostsNothing()
{
    auto c = signedInClient();
    QVERIFY(c);
    c->scope()->poller()->stop();
    QSignalSpy synced(c->scope()->sync(), &SyncService::resourceSynced);
    QSignalSpy finished(c->scope()->sync(), &SyncService::syncFinished);
    QSignalSpy changed(c->scope()->subscriptionRepository(), &SubscriptionRepository::changed);
    c->scope()->sync()->syncAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeoutMs);
    QVERIFY(finished.at(0).at(0).toBool());
    // Catalogue, beneficiary options, subscriptions, beneficiaries, notifications, wallet, orders.
    QCOMPARE(synced.size(), 7);
    QSet<SyncService::Resource> resources;
    for (const QList<QVariant>& args : synced) {
        QVERIFY2(!args.at(1).toBool(), "a 304 was expected for every collection");
        resources.insert(args.at(0).value<SyncService::Resource>());
    }
    QVERIFY(resources.contains(SyncService::Resource::Wallet));
    QVERIFY(resources.contains(SyncService::Resource::Orders));
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestServicesServer)
#include "tst_services_server.moc"
