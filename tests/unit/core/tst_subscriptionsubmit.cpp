// SubscriptionCommands::submit against a scripted local HTTP server: the documents are sent
// as raw bodies, a failed POST keeps the uploaded documents and the Idempotency-Key for the
// retry, and a success starts afresh. (TLS and the real server: tst_services_server.)
#include "api/ApiClient.h"
#include "store/CatalogueRepository.h"
#include "store/LocalStore.h"
#include "store/SubscriptionRepository.h"
#include "sync/SubscriptionCommands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace citoyens;

namespace {

constexpr int TimeoutMs = 10000;

// What a page reads of the operation it started, in its `finished` slot (the operation deletes
// itself after it), and the progress it showed.
struct Outcome
{
    int count = 0;
    Operation::State state = Operation::State::Running;
    ApiError error;
    Subscription subscription;
    QList<qint64> progress;

    bool observe(SubscriptionOperation* operation)
    {
        if (!operation)
            return false;
        QObject::connect(operation, &Operation::progress, operation, [this](qint64 sent) { progress.append(sent); });
        QObject::connect(operation, &Operation::finished, operation, [this, operation] {
            ++count;
            state = operation->state();
            error = operation->error();
            subscription = operation->subscription();
        });
        return true;
    }
};

struct Request
{
    QByteArray method;
    QByteArray path; // with the query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Answers each request with what `route` returns; one connection per request.
class ScriptedServer : public QObject
{
public:
    using Route = std::function<QByteArray(const Request&)>;

    explicit ScriptedServer(Route route)
        : m_route(std::move(route))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<Request> requests;

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = int(lines[i].indexOf(':'));
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(r);
        socket->write(m_route(r));
        socket->disconnectFromHost();
    }

    Route m_route;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray answer(int status, const QJsonObject& json)
{
    const QByteArray body = json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

const QByteArray Pdf = QByteArrayLiteral("%PDF-1.4\n% facture EDF\n%%EOF\n");
const QByteArray Png = QByteArray::fromHex("89504E470D0A1A0A") + QByteArrayLiteral("not really an image");

} // namespace

class TestSubscriptionSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedPostKeepsDocumentsAndKey();
    void fileRemovedBetweenCheckAndUploadEndsTheOperation();

private:
    QByteArray route(const Request& r);
    int count(const QByteArray& method, const QByteArray& pathStart) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<SubscriptionRepository> m_subscriptions;
    std::unique_ptr<SubscriptionCommands> m_commands;
    int m_failPosts = 0; // how many POST /me/subscriptions answer 503 first
    int m_documents = 0;
};

QByteArray TestSubscriptionSubmit::route(const Request& r)
{
    if (r.method == "POST" && r.path.startsWith("/api/v1/me/documents?")) {
        const QString id = QStringLiteral("doc-%1").arg(++m_documents);
        const QString kind = QUrlQuery(QUrl::fromEncoded("/?" + r.path.mid(r.path.indexOf('?') + 1)).query())
                                 .queryItemValue(QStringLiteral("kind"));
        return answer(201,
                      { { QStringLiteral("id"), id },
                        { QStringLiteral("kind"), kind },
                        { QStringLiteral("filename"), QStringLiteral("f") },
                        { QStringLiteral("contentType"), QString::fromLatin1(r.headers.value("content-type")) },
                        { QStringLiteral("size"), r.body.size() },
                        { QStringLiteral("sha256"), QStringLiteral("00") },
                        { QStringLiteral("createdAt"), QStringLiteral("2026-11-26T20:00:00Z") } });
    }
    if (r.method == "POST" && r.path == "/api/v1/me/subscriptions") {
        if (m_failPosts > 0) {
            --m_failPosts;
            return "HTTP/1.1 503 Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        QJsonObject s = QJsonDocument::fromJson(r.body).object();
        s.insert(QStringLiteral("id"), QStringLiteral("sub-1"));
        s.insert(QStringLiteral("communeId"), QStringLiteral("rosieres"));
        s.insert(QStringLiteral("serviceName"), QStringLiteral("Inscription accueil de loisirs résident commune"));
        s.insert(QStringLiteral("communeName"), QStringLiteral("ROSIÈRES"));
        s.insert(QStringLiteral("status"), QStringLiteral("pending"));
        s.insert(QStringLiteral("quotient"), 333);
        s.insert(QStringLiteral("bracketLabel"), QStringLiteral("inf 399"));
        s.insert(QStringLiteral("createdAt"), QStringLiteral("2026-11-26T20:00:00Z"));
        s.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-11-26T20:00:00Z"));
        return answer(201, s);
    }
    return answer(404, { { QStringLiteral("code"), QStringLiteral("not_found") } });
}

int TestSubscriptionSubmit::count(const QByteArray& method, const QByteArray& pathStart) const
{
    int n = 0;
    for (const Request& r : m_server->requests)
        n += r.method == method && r.path.startsWith(pathStart) ? 1 : 0;
    return n;
}

void TestSubscriptionSubmit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ScriptedServer>([this](const Request& r) { return route(r); });
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_store->open());
    ApiClientConfig config;
    config.baseUrl = m_server->url();
    m_client = std::make_unique<ApiClient>(config);
    m_catalogue = std::make_unique<CatalogueRepository>(m_store.get());
    m_subscriptions = std::make_unique<SubscriptionRepository>(m_store.get());
    m_commands = std::make_unique<SubscriptionCommands>(m_client.get(), m_subscriptions.get(), m_catalogue.get());
    Service s;
    s.id = QStringLiteral("rosieres-loisirs");
    s.communeId = QStringLiteral("rosieres");
    s.name = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.requiredDocuments = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") },
                            { DocumentRequirement::KindIncomeStatement, QStringLiteral("Attestation") } };
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
    s.needsIncome = true;
    QVERIFY(
        m_catalogue->save(Catalogue { { Commune { QStringLiteral("rosieres"), QStringLiteral("ROSIÈRES"), { s } } } }));
}

void TestSubscriptionSubmit::cleanup()
{
    m_commands.reset();
    m_subscriptions.reset();
    m_catalogue.reset();
    m_client.reset();
    m_store.reset();
    m_server.reset();
}

void TestSubscriptionSubmit::failedPostKeepsDocumentsAndKey()
{
    SubscriptionDraft draft;
    draft.serviceId = QStringLiteral("rosieres-loisirs");
    draft.fiscalIncomeEuros = 12000;
    draft.fiscalPartsHalves = 6;
    const QString pdfPath = m_dir->filePath(QStringLiteral("edf.pdf"));
    const QString pngPath = m_dir->filePath(QStringLiteral("avis.png"));
    for (const auto& [path, bytes] : { std::pair { pdfPath, Pdf }, std::pair { pngPath, Png } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    draft.documentFiles.insert(DocumentRequirement::KindProofOfAddress, pdfPath);
    draft.documentFiles.insert(DocumentRequirement::KindIncomeStatement, pngPath);

    m_failPosts = 1;
    Outcome failed;
    QVERIFY(failed.observe(m_commands->submit(draft)));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count, 1, TimeoutMs);
    QCOMPARE(failed.state, Operation::State::Failed);
    QCOMPARE(failed.error.httpStatus, 503);
    QVERIFY(!m_commands->isBusy());
    QCOMPARE(count("POST", "/api/v1/me/documents"), 2);
    QCOMPARE(count("POST", "/api/v1/me/subscriptions"), 1);
    // Each document went as its own raw body, typed by its content.
    const Request pdf = m_server->requests.at(0);
    QCOMPARE(pdf.body, Pdf);
    QCOMPARE(pdf.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(m_server->requests.at(1).headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(failed.progress.last(), qint64(Pdf.size() + Png.size()));
    const QByteArray key = m_server->requests.at(2).headers.value("idempotency-key");
    QVERIFY(!key.isEmpty());
    QVERIFY(m_subscriptions->loadAll().isEmpty());

    // The same draft again: no new upload, the same key.
    Outcome submitted;
    QVERIFY(submitted.observe(m_commands->submit(draft)));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count, 1, TimeoutMs);
    QCOMPARE(submitted.state, Operation::State::Succeeded);
    QCOMPARE(count("POST", "/api/v1/me/documents"), 2);
    QCOMPARE(m_server->requests.at(3).headers.value("idempotency-key"), key);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests.at(3).body).object();
    QCOMPARE(sent.value(QStringLiteral("fiscalIncomeEuros")).toInt(), 12000);
    QCOMPARE(sent.value(QStringLiteral("documents")).toArray().size(), 2);
    QCOMPARE(m_subscriptions->loadAll().size(), 1);
    QCOMPARE(submitted.subscription.bracketLabel, QStringLiteral("inf 399"));

    // A new submission after a success: uploaded afresh, with a new key.
    Outcome again;
    QVERIFY(again.observe(m_commands->submit(draft)));
    QTRY_COMPARE_WITH_TIMEOUT(again.count, 1, TimeoutMs);
    QCOMPARE(again.state, Operation::State::Succeeded);
    QCOMPARE(count("POST", "/api/v1/me/documents"), 4);
    QVERIFY(m_server->requests.last().headers.value("idempotency-key") != key);
}

void TestSubscriptionSubmit::fileRemovedBetweenCheckAndUploadEndsTheOperation()
{
    SubscriptionDraft draft;
    draft.serviceId = QStringLiteral("rosieres-loisirs");
    draft.fiscalIncomeEuros = 12000;
    draft.fiscalPartsHalves = 6;
    const QString pdfPath = m_dir->filePath(QStringLiteral("edf.pdf"));
    const QString pngPath = m_dir->filePath(QStringLiteral("avis.png"));
    for (const auto& [path, bytes] : { std::pair { pdfPath, Pdf }, std::pair { pngPath, Png } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    draft.documentFiles.insert(DocumentRequirement::KindProofOfAddress, pdfPath);
    draft.documentFiles.insert(DocumentRequirement::KindIncomeStatement, pngPath);

    SubscriptionOperation* operation = m_commands->submit(draft);
    QVERIFY(operation);
    QVERIFY(m_commands->isBusy());
    // submit() checked both files; the second disappears while the first is being sent.
    connect(operation, &SubscriptionOperation::documentUploaded, this, [pngPath](const QString& kind) {
        if (kind == DocumentRequirement::KindProofOfAddress)
            QFile::remove(pngPath);
    });
    Outcome first;
    first.observe(operation);
    // The page observing the operation gets its one result, with the field error.
    QTRY_COMPARE_WITH_TIMEOUT(first.count, 1, TimeoutMs);
    QCOMPARE(first.state, Operation::State::Failed);
    const ApiError& error = first.error;
    const QString field = QStringLiteral("documents.") + DocumentRequirement::KindIncomeStatement;
    QVERIFY(error.hasFieldError(field));
    QVERIFY(!error.fieldMessage(field).isEmpty());
    QCOMPARE(error.code, QStringLiteral("validation_failed"));
    // The operation is over: no longer busy and nothing else was sent.
    QVERIFY(!m_commands->isBusy());
    QCOMPARE(count("POST", "/api/v1/me/documents"), 1);
    QCOMPARE(count("POST", "/api/v1/me/subscriptions"), 0);

    // The file back: the retry reuses the document already sent and sends only the other.
    QFile file(pngPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Png);
    file.close();
    Outcome second;
    QVERIFY(second.observe(m_commands->submit(draft)));
    QTRY_COMPARE_WITH_TIMEOUT(second.count, 1, TimeoutMs);
    QCOMPARE(count("POST", "/api/v1/me/documents"), 2);
    QCOMPARE(count("POST", "/api/v1/me/subscriptions"), 1);
    QCOMPARE(second.state, Operation::State::Succeeded);
    QCOMPARE(second.subscription.id, QStringLiteral("sub-1"));
    QCOMPARE(first.count, 1); // one result each
}

QTEST_GUILESS_MAIN(TestSubscriptionSubmit)
#include "tst_subscriptionsubmit.moc"
