// An upload quota per account, deleting a document, SMTP that
// requires TLS and logs no credentials, the purge of stale rows, and database errors that
// reach the log without the values they quote. Against the real citoyens-server (HTTPS on
// loopback); the rows and files are checked in the server's own database and data folder.
// Runs on SQLite, and on PostgreSQL as tst_server_hygiene_pg.

#include "ServicesTestSupport.h"
#include "beneficiaries/BeneficiaryRoutes.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "documents/DocumentRoutes.h"
#include "process/Janitor.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <tuple>

using namespace support;
using citoyens::server::BeneficiaryRoutes;
using citoyens::server::Database;
using citoyens::server::DatabaseSettings;
using citoyens::server::DbError;
using citoyens::server::DocumentRoutes;
using citoyens::server::Janitor;

namespace {

// A FAKE SMTP relay: a relay that does not offer STARTTLS (or a man in the middle that
// strips it) is a fault we cannot provoke with a real one on loopback. It speaks just enough
// SMTP for a client to authenticate and deliver, so that a client that goes on without TLS
// is caught doing it.
class FakeSmtpRelay : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // Every line the client sent, in order.
    QByteArray received() const { return m_received; }

    FakeSmtpRelay()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                socket->write("220 fake-relay.test ESMTP\r\n");
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadable(socket); });
            }
        });
    }

private:
    void onReadable(QTcpSocket* socket)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine();
            m_received += line;
            const QByteArray verb = line.trimmed().toUpper();
            if (m_inData) {
                if (line == ".\r\n") {
                    m_inData = false;
                    socket->write("250 queued\r\n");
                }
            } else if (m_authStep > 0) {
                m_authStep = 0;
                socket->write("235 authenticated\r\n");
            } else if (verb.startsWith("EHLO")) {
                socket->write("250-fake-relay.test\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n"); // no STARTTLS
            } else if (verb.startsWith("HELO")) {
                socket->write("250 fake-relay.test\r\n");
            } else if (verb.startsWith("STARTTLS")) {
                socket->write("454 TLS not available\r\n");
            } else if (verb == "AUTH PLAIN") {
                m_authStep = 1;
                socket->write("334 \r\n");
            } else if (verb.startsWith("AUTH")) {
                socket->write("235 authenticated\r\n");
            } else if (verb.startsWith("DATA")) {
                m_inData = true;
                socket->write("354 go ahead\r\n");
            } else if (verb.startsWith("QUIT")) {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
            } else {
                socket->write("250 ok\r\n"); // MAIL FROM, RCPT TO, RSET, NOOP
            }
        }
    }

    QTcpServer m_server;
    QByteArray m_received;
    bool m_inData = false;
    int m_authStep = 0;
};

// Every message logged in this process while it lives.
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handler); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    static QString text()
    {
        QMutexLocker lock(&s_mutex);
        return s_text;
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_text += message + QLatin1Char('\n');
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QString s_text;
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestServerHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void documentCountQuota();
    void documentBytesQuota();
    void deleteDocument();
    void photoQuota();
    void smtpRequiresTlsAndLogsNoCredentials();
    void purgeDeletesStaleRowsOnly();
    void purgeWorksThroughBatches();
    void databaseErrorsLogNoValues();

private:
    // The server's own database, opened from the test.
    std::unique_ptr<Database> openServerDatabase(const TestServer& server);
    // Files in the server's uploads folder.
    QStringList uploadedFiles() const;
    QString storageNameOf(const QString& documentId);

    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--purge-interval"),
                            QStringLiteral("300ms") } };
    std::unique_ptr<Database> m_db;
};

void TestServerHygiene::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_db = openServerDatabase(m_server);
    QVERIFY(m_db);
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerHygiene::cleanupTestCase()
{
    m_db.reset();
    m_server.stop();
}

std::unique_ptr<Database> TestServerHygiene::openServerDatabase(const TestServer& server)
{
    DatabaseSettings settings;
    QString error;
    if (!DatabaseSettings::parse(server.databaseUrl(), &settings, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return std::make_unique<Database>(settings);
}

QStringList TestServerHygiene::uploadedFiles() const
{
    return QDir(m_server.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files);
}

QString TestServerHygiene::storageNameOf(const QString& documentId)
{
    QSqlQuery q = Database::run(m_db->connection(), QStringLiteral("SELECT storage_name FROM documents WHERE id = ?"),
                                { documentId });
    return q.next() ? q.value(0).toString() : QString();
}

void TestServerHygiene::documentCountQuota()
{
    Person citizen = newCitizen(m_server);
    QVERIFY(!citizen.token.isEmpty());
    QString first;
    for (int i = 0; i < DocumentRoutes::QuotaDocuments; ++i) {
        const TestReply r = upload(*citizen.http, ProofOfAddress, samplePdf());
        QCOMPARE(r.status, 201);
        if (first.isEmpty())
            first = idOf(r);
    }
    const QStringList filesBefore = uploadedFiles();
    const QString path = QStringLiteral("/me/documents?kind=") + ProofOfAddress;
    const TestReply refused
        = citizen.http->send("POST", path, samplePdf(), "application/pdf", { { "Accept-Language", "fr-FR,fr" } });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("document_quota_exceeded"));
    QCOMPARE(refused.json().value(QStringLiteral("title")).toString(), QStringLiteral("Limite de documents atteinte"));
    QVERIFY(refused.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("50 documents")));
    const TestReply english
        = citizen.http->send("POST", path, samplePdf(), "application/pdf", { { "Accept-Language", "en" } });
    QCOMPARE(english.json().value(QStringLiteral("title")).toString(), QStringLiteral("Document quota reached"));
    QCOMPARE(uploadedFiles(), filesBefore); // nothing stored for it

    // Deleting one frees its place.
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/documents/") + first, {}, {}).status, 204);
    QCOMPARE(upload(*citizen.http, ProofOfAddress, samplePdf()).status, 201);
    QCOMPARE(upload(*citizen.http, ProofOfAddress, samplePdf()).status, 409);
}

void TestServerHygiene::documentBytesQuota()
{
    Person citizen = newCitizen(m_server);
    QByteArray big = samplePdf();
    big.append(QByteArray(10 * 1024 * 1024 - big.size(), 'x'));
    const int fits = int(DocumentRoutes::QuotaBytes / big.size());
    QVERIFY(fits < DocumentRoutes::QuotaDocuments); // the bytes, not the count, are what fills up
    QString first;
    for (int i = 0; i < fits; ++i) {
        const TestReply r = upload(*citizen.http, IncomeStatement, big);
        QCOMPARE(r.status, 201);
        if (first.isEmpty())
            first = idOf(r);
    }
    const QStringList filesBefore = uploadedFiles();
    const TestReply refused = upload(*citizen.http, IncomeStatement, samplePdf());
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("document_quota_exceeded"));
    QCOMPARE(uploadedFiles(), filesBefore);

    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/documents/") + first, {}, {}).status, 204);
    QCOMPARE(upload(*citizen.http, IncomeStatement, samplePdf()).status, 201);
}

void TestServerHygiene::deleteDocument()
{
    Person owner = newCitizen(m_server);
    Person stranger = newCitizen(m_server);
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    QVERIFY(!agent.token.isEmpty());

    const QString lone = idOf(upload(*owner.http, ProofOfAddress, samplePdf()));
    const QString file = m_server.dataDir() + QStringLiteral("/uploads/") + storageNameOf(lone);
    QVERIFY(QFile::exists(file));

    // Someone else's document is answered like an unknown one, and stays.
    const TestReply unknown = stranger.http->send("DELETE", QStringLiteral("/me/documents/no-such-document"), {}, {});
    const TestReply foreign = stranger.http->send("DELETE", QStringLiteral("/me/documents/") + lone, {}, {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code(), unknown.code());
    QVERIFY(QFile::exists(file));
    QCOMPARE(owner.http->get(QStringLiteral("/me/documents/") + lone).status, 200);

    // The owner deletes it: the row and the file are gone.
    QCOMPARE(owner.http->send("DELETE", QStringLiteral("/me/documents/") + lone, {}, {}).status, 204);
    QVERIFY(!QFile::exists(file));
    QVERIFY(storageNameOf(lone).isEmpty());
    QCOMPARE(owner.http->get(QStringLiteral("/me/documents/") + lone).status, 404);
    QCOMPARE(owner.http->send("DELETE", QStringLiteral("/me/documents/") + lone, {}, {}).status, 404);

    // A document of a pending request stays; the agent who may read it cannot delete it.
    const TestReply sub = subscribe(*owner.http, RosieresService);
    QCOMPARE(sub.status, 201);
    const QString used = firstDocumentId(sub);
    QVERIFY(!used.isEmpty());
    const QString usedFile = m_server.dataDir() + QStringLiteral("/uploads/") + storageNameOf(used);
    QCOMPARE(agent.http->get(QStringLiteral("/me/documents/") + used).status, 200);
    QCOMPARE(agent.http->send("DELETE", QStringLiteral("/me/documents/") + used, {}, {}).status, 404);
    const TestReply inUse = owner.http->send("DELETE", QStringLiteral("/me/documents/") + used, {}, {});
    QCOMPARE(inUse.status, 409);
    QCOMPARE(inUse.code(), QStringLiteral("document_in_use"));
    QVERIFY(QFile::exists(usedFile));

    // Once the request is withdrawn, the document can go.
    QCOMPARE(owner.http->send("DELETE", QStringLiteral("/me/subscriptions/") + idOf(sub), {}, {}).status, 204);
    QCOMPARE(owner.http->send("DELETE", QStringLiteral("/me/documents/") + used, {}, {}).status, 204);
    QVERIFY(!QFile::exists(usedFile));
}

void TestServerHygiene::photoQuota()
{
    Person citizen = newCitizen(m_server);
    const auto newBeneficiary = [&]() {
        return idOf(citizen.http->post(QStringLiteral("/me/beneficiaries"),
                                       QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Dupont") },
                                                     { QStringLiteral("firstName"), QStringLiteral("Léa") } }));
    };
    const auto putPhoto = [&](const QString& id) {
        return citizen.http->send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(id), samplePng(), "image/png",
                                  { { "Accept-Language", "fr" } });
    };
    QString first;
    for (int i = 0; i < BeneficiaryRoutes::QuotaPhotos; ++i) {
        const QString id = newBeneficiary();
        QCOMPARE(putPhoto(id).status, 200);
        if (first.isEmpty())
            first = id;
    }
    const QString one = newBeneficiary();
    QVERIFY(!one.isEmpty());
    const QStringList filesBefore = uploadedFiles();
    const TestReply refused = putPhoto(one);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("photo_quota_exceeded"));
    QCOMPARE(refused.json().value(QStringLiteral("title")).toString(), QStringLiteral("Limite de photos atteinte"));
    QCOMPARE(uploadedFiles(), filesBefore);
    // Replacing a photo takes no new place; deleting a beneficiary frees one.
    QCOMPARE(putPhoto(first).status, 200);
    QCOMPARE(uploadedFiles().size(), filesBefore.size());
    QCOMPARE(citizen.http->send("DELETE", QStringLiteral("/me/beneficiaries/") + first, {}, {}).status, 204);
    QCOMPARE(putPhoto(one).status, 200);
}

void TestServerHygiene::smtpRequiresTlsAndLogsNoCredentials()
{
    FakeSmtpRelay relay;
    QVERIFY(relay.listen());
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--demo-data"), QStringLiteral("--smtp"),
                            QStringLiteral("smtp://relayuser:secret@127.0.0.1:%1").arg(relay.port()) }),
             qPrintable(server.errorString()));
    TestHttp http(server);
    // One request: the mail limits on forgot stay out of the way.
    const TestReply forgot
        = http.post(QStringLiteral("/auth/password/forgot"),
                    QJsonObject { { QStringLiteral("email"), QStringLiteral("agent.rosieres@example.org") } });
    QCOMPARE(forgot.status, 202);
    const QString failure = QStringLiteral("SMTP delivery through 127.0.0.1:%1 failed").arg(relay.port());
    QTRY_VERIFY2_WITH_TIMEOUT(server.serverLog().contains(failure), qPrintable(server.serverLog()), 30000);

    // Verbs at the start of a line: a host name in EHLO may hold anything.
    const auto sent = [&](const QByteArray& verb) {
        for (const QByteArray& line : relay.received().split('\n')) {
            if (line.toUpper().startsWith(verb))
                return true;
        }
        return false;
    };
    QVERIFY2(sent("EHLO"), relay.received().constData()); // it did reach the relay
    QVERIFY2(!sent("AUTH"), relay.received().constData());
    QVERIFY2(!sent("MAIL FROM"), relay.received().constData());
    QVERIFY2(!sent("DATA"), relay.received().constData());
    const QString log = server.serverLog();
    QVERIFY2(!log.contains(QStringLiteral("secret")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("relayuser")), qPrintable(log));
}

void TestServerHygiene::purgeDeletesStaleRowsOnly()
{
    Person citizen = newCitizen(m_server);
    QVERIFY(!citizen.id.isEmpty());
    const QSqlDatabase db = m_db->connection();
    const qint64 t = now();
    const qint64 stale = t - Janitor::RetentionMs - 3600 * 1000; // past its use by more than the retention
    const qint64 lately = t - 3600 * 1000; // past its use, within the retention
    const qint64 later = t + 3600 * 1000;

    const QString code = QStringLiteral("INSERT INTO pending_codes (id, purpose, email, code_hash, created_at, "
                                        "expires_at) VALUES ('reset:' || ?, 'reset', ?, 'x', ?, ?)");
    for (const auto& [email, created, expires] : { std::tuple { QStringLiteral("stale@example.org"), stale, stale },
                                                   std::tuple { QStringLiteral("lately@example.org"), lately, lately },
                                                   std::tuple { QStringLiteral("live@example.org"), t, later } })
        Database::run(db, code, { email, email, created, expires });

    const QString throttle = QStringLiteral(
        "INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until) VALUES (?, 3, ?, ?)");
    Database::run(db, throttle, { QStringLiteral("account:stale@example.org"), stale, stale });
    Database::run(db, throttle, { QStringLiteral("account:blocked@example.org"), stale, later });
    Database::run(db, throttle, { QStringLiteral("account:recent@example.org"), lately, 0 });

    const QString idem = QStringLiteral("INSERT INTO idempotency_keys (idem_key, account_id, route, request_hash, "
                                        "status, created_at) VALUES (?, ?, 'POST /me/subscriptions', 'h', 201, ?)");
    Database::run(db, idem, { QStringLiteral("stale-key"), citizen.id, stale });
    Database::run(db, idem, { QStringLiteral("fresh-key"), citizen.id, lately });

    const QString session = QStringLiteral(
        "INSERT INTO sessions (id, account_id, family_id, access_hash, refresh_hash, created_at, last_seen_at, "
        "access_expires_at, refresh_expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant noRefresh = QVariant(QMetaType::fromType<qint64>());
    // A family wholly past its absolute lifetime.
    Database::run(db, session,
                  { QStringLiteral("dead-1"), citizen.id, QStringLiteral("dead-family"), QStringLiteral("hd1"),
                    QStringLiteral("rd1"), stale, stale, stale, stale, stale });
    Database::run(db, session,
                  { QStringLiteral("dead-2"), citizen.id, QStringLiteral("dead-family"), QStringLiteral("hd2"),
                    citoyens::server::nullText(), stale, stale, stale, noRefresh, noRefresh });
    // An old revoked row of a family that lives on: kept, its reuse must still be seen.
    Database::run(db, session,
                  { QStringLiteral("old-of-live"), citizen.id, QStringLiteral("live-family"), QStringLiteral("hl1"),
                    QStringLiteral("rl1"), stale, stale, stale, stale, stale });
    Database::run(db, session,
                  { QStringLiteral("live"), citizen.id, QStringLiteral("live-family"), QStringLiteral("hl2"),
                    QStringLiteral("rl2"), t, t, later, later, noRefresh });

    const auto count = [&](const QString& sql) {
        QSqlQuery q = Database::run(m_db->connection(), sql);
        return q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM pending_codes WHERE email = "
                                                   "'stale@example.org'")),
                              0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = 'account:stale@example.org'")),
        0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = "
                                                   "'stale-key'")),
                              0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE family_id = 'dead-family'")), 0,
                              15000);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pending_codes WHERE email IN ('lately@example.org', "
                                  "'live@example.org')")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_throttle WHERE throttle_key IN "
                                  "('account:blocked@example.org', 'account:recent@example.org')")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = 'fresh-key'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE family_id = 'live-family'")), 2);
    // The citizen's real session is untouched.
    QCOMPARE(citizen.http->get(QStringLiteral("/me")).status, 200);
}

void TestServerHygiene::purgeWorksThroughBatches()
{
    // More stale rows than one batch holds: the pass goes on batch after batch.
    const int rows = Janitor::BatchRows * 2 + 200;
    const QSqlDatabase db = m_db->connection();
    const qint64 stale = now() - Janitor::RetentionMs - 3600 * 1000;
    Database::run(db, QStringLiteral("BEGIN"));
    for (int i = 0; i < rows; ++i)
        Database::run(
            db,
            QStringLiteral("INSERT INTO pending_codes (id, purpose, email, code_hash, created_at, "
                           "expires_at) VALUES (?, 'register', ?, 'x', ?, ?)"),
            { QStringLiteral("batch-%1").arg(i), QStringLiteral("batch-%1@example.org").arg(i), stale, stale });
    Database::run(db, QStringLiteral("COMMIT"));
    QElapsedTimer timer;
    timer.start();
    const auto left = [&]() {
        QSqlQuery q = Database::run(m_db->connection(),
                                    QStringLiteral("SELECT COUNT(*) FROM pending_codes WHERE email LIKE 'batch-%'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(left(), 0, 15000);
    qInfo("%d stale codes purged within %lld ms of their insertion (interval 300 ms)", rows, timer.elapsed());
    // All in one pass (they were committed at once): batch after batch, not one per pass.
    QTRY_VERIFY2(m_server.serverLog().contains(QStringLiteral("purged %1 codes,").arg(rows)),
                 qPrintable(m_server.serverLog().right(2000)));
}

void TestServerHygiene::databaseErrorsLogNoValues()
{
    const QString canary = QStringLiteral("canary-%1@example.org").arg(now());
    const QString insert = QStringLiteral(
        "INSERT INTO accounts (id, email, civility, first_name, last_name, role, password_hash, created_at, "
        "updated_at) VALUES (?, ?, 'M', 'Canari', 'Jaune', 'citizen', 'x', ?, ?)");
    const QSqlDatabase db = m_db->connection();
    Database::run(db, insert, { QStringLiteral("canary-1-%1").arg(now()), canary, now(), now() });

    LogCapture log;
    QString message;
    QString code;
    try {
        // The same address again: PostgreSQL answers "Key (email)=(canary-...) already exists".
        Database::run(db, insert, { QStringLiteral("canary-2-%1").arg(now()), canary, now(), now() });
    } catch (const DbError& e) {
        message = QString::fromStdString(e.what());
        code = e.code();
    }
    QVERIFY2(!message.isEmpty(), "the duplicate address was not refused");
    QVERIFY2(!message.contains(canary), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("canary")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("INSERT INTO accounts")), qPrintable(message)); // the statement, with ?
    if (m_server.usesPostgres()) {
        QCOMPARE(code, QStringLiteral("23505"));
        QVERIFY2(message.contains(QStringLiteral("SQLSTATE 23505 (unique_violation)")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("DETAIL")), qPrintable(message));
    } else {
        QVERIFY2(message.contains(QStringLiteral("SQLite code")), qPrintable(message));
        // SQLite's own text (which names columns and may quote values) stays out too.
        QVERIFY2(!message.contains(QStringLiteral("constraint failed")), qPrintable(message));
    }

    if (m_server.usesPostgres()) {
        // A value in the primary message: invalid input syntax for type bigint: "canary-...".
        message.clear();
        try {
            Database::run(db, QStringLiteral("UPDATE accounts SET created_at = ? WHERE email = ?"), { canary, canary });
        } catch (const DbError& e) {
            message = QString::fromStdString(e.what());
        }
        QVERIFY2(!message.isEmpty(), "a text in a BIGINT column was not refused");
        QVERIFY2(!message.contains(QStringLiteral("canary")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("SQLSTATE 22P02")), qPrintable(message));
    }
    QVERIFY2(!LogCapture::text().contains(QStringLiteral("canary")), qPrintable(LogCapture::text()));
}

QTEST_GUILESS_MAIN(TestServerHygiene)
#include "tst_server_hygiene.moc"
