#include "TestServer.h"

#include "TestCertificates.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

constexpr int StartTimeoutMs = 30000;

QString decodeSubject(const QString& raw)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = raw;
    auto match = word.match(out);
    while (match.hasMatch()) {
        out.replace(match.capturedStart(), match.capturedLength(),
                    QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1())));
        match = word.match(out);
    }
    return out;
}

TestMail parseMail(const QString& fileName, const QByteArray& bytes)
{
    TestMail mail;
    mail.fileName = fileName;
    const QString text = QString::fromUtf8(bytes).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    const QString head = split < 0 ? text : text.left(split);
    mail.body = split < 0 ? QString() : text.mid(split + 2);
    for (const QString& line : head.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("To:"), Qt::CaseInsensitive))
            mail.to = line.mid(3).trimmed();
        else if (line.startsWith(QLatin1String("Subject:"), Qt::CaseInsensitive))
            mail.subject = decodeSubject(line.mid(8).trimmed());
    }
    return mail;
}

} // namespace

TestServer::TestServer(QStringList extraArgs, QObject* parent)
    : QObject(parent)
    , m_extraArgs(std::move(extraArgs))
{ }

TestServer::~TestServer()
{
    stop();
}

bool TestServer::wantsPostgres()
{
    const QByteArray forced = qgetenv("CITOYENS_TEST_DB").toLower();
    if (forced == "sqlite")
        return false;
    if (forced == "postgresql" || forced == "postgres")
        return true;
    return !qEnvironmentVariableIsEmpty("CITOYENS_TEST_PG_URL");
}

QString TestServer::postgresUnavailableReason()
{
    if (wantsPostgres() && qEnvironmentVariableIsEmpty("CITOYENS_TEST_PG_URL"))
        return QStringLiteral("PostgreSQL run asked (CITOYENS_TEST_DB=postgresql) but CITOYENS_TEST_PG_URL is not set "
                              "(e.g. postgresql://citoyens@127.0.0.1:55432/postgres)");
    return {};
}

QString TestServer::caFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("ca.pem")) : QString();
}

QString TestServer::certFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.pem")) : QString();
}

QString TestServer::keyFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.key")) : QString();
}

void TestServer::shareStorageWith(const TestServer& first)
{
    m_storageOwner = &first;
}

QString TestServer::mailDrop() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mail")) : QString();
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::makeCertificates()
{
    if (!makeTestCertificates(m_dir->path(), QStringLiteral("Citoyens Test CA"), &m_error))
        return false;
    m_caCertificates = QSslCertificate::fromPath(caFile(), QSsl::Pem);
    if (m_caCertificates.isEmpty()) {
        m_error = QStringLiteral("cannot read the test CA ") + caFile();
        return false;
    }
    return true;
}

bool TestServer::createPostgresDatabase(QString* url)
{
    m_pgAdminUrl = qEnvironmentVariable("CITOYENS_TEST_PG_URL");
    const QUrl admin(m_pgAdminUrl);
    const QString connection = QStringLiteral("testserver-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    const QString name = QStringLiteral("citoyens_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1).isEmpty() ? QStringLiteral("postgres") : admin.path().mid(1));
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to CITOYENS_TEST_PG_URL: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                m_error = QStringLiteral("CREATE DATABASE failed: ") + q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    m_pgDatabase = name;
    QUrl serverUrl = admin;
    serverUrl.setPath(QLatin1Char('/') + name);
    *url = serverUrl.toString();
    return true;
}

void TestServer::dropPostgresDatabase()
{
    if (m_storageOwner) {
        m_pgDatabase.clear(); // the first server's, dropped by it
        return;
    }
    if (m_pgDatabase.isEmpty())
        return;
    const QUrl admin(m_pgAdminUrl);
    const QString connection = QStringLiteral("testserver-drop-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1).isEmpty() ? QStringLiteral("postgres") : admin.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase)))
                qWarning("TestServer: cannot drop %s: %s", qPrintable(m_pgDatabase), qPrintable(q.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    m_pgDatabase.clear();
}

bool TestServer::ageSessions(qint64 ms)
{
    return execOnDatabase(QStringLiteral("UPDATE sessions SET last_seen_at = last_seen_at - ?"), { ms });
}

bool TestServer::ageThrottle(qint64 ms)
{
    return execOnDatabase(QStringLiteral("UPDATE login_throttle SET last_failure_at = last_failure_at - ?, "
                                         "blocked_until = blocked_until - ?, window_start = window_start - ?"),
                          { ms, ms, ms });
}

QSqlDatabase TestServer::addDatabase(const QString& connection) const
{
    QSqlDatabase db;
    if (!m_pgDatabase.isEmpty()) {
        const QUrl admin(m_pgAdminUrl);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(m_pgDatabase);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    return db;
}

bool TestServer::execOnDatabase(const QString& sql, const QVariantList& values)
{
    const QString connection = QStringLiteral("testserver-age-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = addDatabase(connection);
        if (db.open()) {
            {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant& v : values)
                    q.addBindValue(v);
                ok = q.exec();
                if (!ok)
                    m_error = QStringLiteral("cannot change the server's database: ") + q.lastError().text();
            }
            db.close();
        } else {
            m_error = QStringLiteral("cannot open the server's database: ") + db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool TestServer::start(const QStringList& extraArgs)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    const QString binary = qEnvironmentVariable("CITOYENS_SERVER_BIN");
    if (binary.isEmpty() || !QFile::exists(binary)) {
        m_error = QStringLiteral("CITOYENS_SERVER_BIN does not name the citoyens-server binary: \"%1\"").arg(binary);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!makeCertificates())
        return false;
    m_sqlitePath = m_dir->filePath(QStringLiteral("citoyens.db"));
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    QString dbUrl = QStringLiteral("sqlite:") + m_sqlitePath;
    if (m_storageOwner) {
        if (m_storageOwner->m_dbUrl.isEmpty()) {
            m_error = QStringLiteral("shareStorageWith: the first server is not started");
            return false;
        }
        dbUrl = m_storageOwner->m_dbUrl;
        m_dataDir = m_storageOwner->m_dataDir;
        m_sqlitePath = m_storageOwner->m_sqlitePath;
        m_pgAdminUrl = m_storageOwner->m_pgAdminUrl;
        m_pgDatabase = m_storageOwner->m_pgDatabase;
    } else if (wantsPostgres()) {
        if (!postgresUnavailableReason().isEmpty()) {
            m_error = postgresUnavailableReason();
            return false;
        }
        if (!createPostgresDatabase(&dbUrl))
            return false;
    }
    QStringList args { QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--tls-cert"),  m_dir->filePath(QStringLiteral("server.pem")),
                       QStringLiteral("--tls-key"),   m_dir->filePath(QStringLiteral("server.key")),
                       QStringLiteral("--db"),        dbUrl,
                       QStringLiteral("--data-dir"),  m_dataDir,
                       QStringLiteral("--mail-drop"), mailDrop() };
    // The suites register many accounts from 127.0.0.1 within the hour, more than the
    // production limit of mails per client address allows; tests of that limit set their own.
    args << QStringLiteral("--mails-per-client") << QString::number(m_mailsPerClient > 0 ? m_mailsPerClient : 10000);
    args += m_extraArgs + extraArgs;
    // A test of the SMTP relay gives --smtp; the server takes only one way of sending mail.
    if (args.contains(QStringLiteral("--smtp")))
        args.remove(args.indexOf(QStringLiteral("--mail-drop")), 2);
    m_dbUrl = dbUrl;
    m_args = args;
    return launch();
}

bool TestServer::restart()
{
    if (m_args.isEmpty()) {
        m_error = QStringLiteral("restart: the server was never started");
        return false;
    }
    endProcess();
    m_error.clear();
    m_stdout.clear();
    return launch();
}

bool TestServer::launch()
{
    const QString binary = qEnvironmentVariable("CITOYENS_SERVER_BIN");
    const QStringList& args = m_args;
    m_process = std::make_unique<QProcess>();
#ifdef Q_OS_LINUX
    // A test that aborts must not leave its server running: the kernel ends it with the test.
    m_process->setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    const bool echo = qEnvironmentVariableIntValue("CITOYENS_TEST_SERVER_LOG") != 0;
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this, echo]() {
        const QByteArray chunk = m_process->readAllStandardError();
        m_stderr += chunk;
        if (echo)
            fputs(chunk.constData(), stderr);
    });
    m_process->start(binary, args);
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("citoyens-server listening on (https://\\S+)"));
    QSignalSpy output(m_process.get(), &QProcess::readyReadStandardOutput);
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        m_stdout += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
        output.wait(int(std::max<qint64>(1, std::min<qint64>(500, deadline.remainingTime()))));
    }
    m_process->waitForFinished(100);
    m_stderr += m_process->readAllStandardError();
    m_error = QStringLiteral("citoyens-server did not say it was listening (exit code %1). Its stderr:\n%2")
                  .arg(m_process->exitCode())
                  .arg(QString::fromUtf8(m_stderr));
    stop();
    return false;
}

void TestServer::stop()
{
    endProcess();
    dropPostgresDatabase();
}

void TestServer::endProcess()
{
    if (m_process) {
        disconnect(m_process.get(), nullptr, this, nullptr);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
}

QList<TestMail> TestServer::mailsTo(const QString& email) const
{
    QList<TestMail> mails;
    if (!m_dir)
        return mails;
    const QDir dir(mailDrop());
    for (const QString& name : dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        TestMail mail = parseMail(name, file.readAll());
        if (mail.to.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            mails.append(mail);
    }
    return mails;
}

QString TestServer::latestCode(const QString& email) const
{
    static const QRegularExpression code(QStringLiteral(R"(code\D{0,20}?\b(\d{6})\b)"));
    const QList<TestMail> mails = mailsTo(email);
    for (auto it = mails.crbegin(); it != mails.crend(); ++it) {
        const auto match = code.match(it->body);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}
