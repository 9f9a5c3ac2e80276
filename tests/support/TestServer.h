#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>

#include <memory>

// One mail found in the server's mail drop.
struct TestMail
{
    QString fileName;
    QString to;
    QString subject; // decoded (RFC 2047)
    QString body; // UTF-8 text, '\n' line ends
};

// Starts the real citoyens-server for a test, and cleans everything up afterwards.
//
//   TestServer server({"--demo-data"});
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   TestHttp http(server);                       // see TestHttp.h
//   ... server.latestCode("a@example.org") ...   // empty until a mail with a code arrived
//
// - The binary comes from the environment variable CITOYENS_SERVER_BIN (citoyens_add_test
//   with SERVER sets it).
// - It listens on 127.0.0.1 on a free port over HTTPS, with a server certificate issued by a
//   throw-away test CA (EC P-256, made with the openssl command): trust caCertificates() or
//   caFile(); never ignore TLS errors.
// - Database: a throw-away SQLite file, or PostgreSQL when CITOYENS_TEST_PG_URL (an admin URL
//   such as postgresql://citoyens@127.0.0.1:55432/postgres) is set: a fresh database is
//   created per server and dropped by stop(). CITOYENS_TEST_DB=sqlite|postgresql forces one.
// - A fresh mail drop directory per server (none when the arguments give --smtp).
// - Waits for the "listening on" line by running the event loop (no sleeps).
// - shareStorageWith(first): a second process on the first one's database and data dir, as
//   several processes behind one reverse proxy run (tests/deploy).
// The server's stderr (access log) is kept in serverLog(); set CITOYENS_TEST_SERVER_LOG=1 to
// see it live.
class TestServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    explicit TestServer(QStringList extraArgs = {}, QObject* parent = nullptr);
    ~TestServer() override;

    // Starts the server with the constructor's extra arguments plus these
    // (e.g. {"--session-idle-timeout", "2s"}). False with errorString() on failure.
    bool start(const QStringList& extraArgs = {});
    // Stops the process (SIGTERM, as an operator would) and starts it again with the same
    // arguments, database, data dir and certificates: a restart of the real server.
    bool restart();
    // Stops the server and drops its PostgreSQL database. Safe to call twice.
    void stop();
    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    // Before start(): use `first`'s database (PostgreSQL database or SQLite file) and data dir
    // instead of fresh ones; `first` must be started already, and outlive this server (its
    // stop() drops the database: stop this one first). This server's stop() drops nothing.
    void shareStorageWith(const TestServer& first);

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; } // https://127.0.0.1:PORT (no /api/v1)
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    QString caFile() const;
    QString certFile() const; // the server's certificate (127.0.0.1, localhost), issued by caFile()
    QString keyFile() const;
    // The server's --data-dir (uploads in <dataDir>/uploads) and --db URL, for tests that
    // look at what it stored.
    QString dataDir() const { return m_dataDir; }
    QString databaseUrl() const { return m_dbUrl; }
    QString mailDrop() const;
    QString serverLog() const { return QString::fromUtf8(m_stderr); }
    bool usesPostgres() const { return !m_pgDatabase.isEmpty(); }
    // A connection (not yet open) to the server's database, named `connection`; the caller
    // removes it (QSqlDatabase::removeDatabase) when done.
    QSqlDatabase addDatabase(const QString& connection) const;

    // Every mail to `email` (case-insensitive), oldest first.
    QList<TestMail> mailsTo(const QString& email) const;
    // The 6-digit code of the newest mail to `email` that has one ("Votre code : 123456");
    // empty when there is none yet. Does not wait: use it inside QTRY_VERIFY when needed.
    QString latestCode(const QString& email) const;

    // Moves every session's last activity back by `ms`, as if that long had passed without a
    // request: the idle timeout is tested at its real two-hour default without waiting.
    // Writes the server's own database (SQLite file or PostgreSQL), the one seam into it.
    bool ageSessions(qint64 ms);
    // Moves every throttle and limit counter (sign-in, wrong codes, mails) back by `ms`: delays
    // and daily windows are passed without waiting.
    bool ageThrottle(qint64 ms);
    // Mails the server accepts per client address and hour (register, forgot). The harness
    // lifts it by default, since the suites register many accounts from 127.0.0.1; 0 restores
    // that. Takes effect at the next start().
    void setMailsPerClient(int limit) { m_mailsPerClient = limit; }

    // The database the tests ask for: "postgresql" or "sqlite" (see above).
    static bool wantsPostgres();
    // Non-empty when PostgreSQL was asked for (CITOYENS_TEST_DB=postgresql) but
    // CITOYENS_TEST_PG_URL is missing: the reason to QSKIP.
    static QString postgresUnavailableReason();

private:
    bool launch();
    void endProcess();
    bool execOnDatabase(const QString& sql, const QVariantList& values);
    bool makeCertificates();
    bool createPostgresDatabase(QString* url);
    void dropPostgresDatabase();

    QStringList m_extraArgs;
    QStringList m_args; // of the last start()
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_caCertificates;
    QString m_pgAdminUrl;
    QString m_sqlitePath;
    QString m_pgDatabase;
    QString m_dbUrl;
    int m_mailsPerClient = 0;
    QString m_dataDir;
    const TestServer* m_storageOwner = nullptr;
};
