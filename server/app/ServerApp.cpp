#include "ServerApp.h"

#include "DemoData.h"
#include "Logging.h"
#include "auth/AuthGuard.h"
#include "auth/AuthRoutes.h"
#include "auth/AuthServices.h"
#include "auth/MeRoutes.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordRoutes.h"
#include "auth/SessionStore.h"
#include "auth/Throttle.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "http/ApiRouter.h"
#include "http/GuardedSslServer.h"
#include "http/GuardedTcpServer.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "mail/MailDrop.h"
#include "mail/SmtpMailer.h"
#include "services/FileStore.h"
#include "services/ServiceRoutes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>

namespace citoyens::server {

namespace {

// Bytes a client may send without an answer before its connection is cut: well above the
// 64 KiB JSON limit (which answers 413), far below what would hurt the process. The upload
// routes get their own allowance (ServiceRoutes::inflowRules).
constexpr qint64 MaxUnansweredBytes = 1024 * 1024;

QSslKey readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa, QSsl::Dsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

ServerApp::ServerApp(ServerConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_settings.idleTimeoutMs = m_config.idleTimeoutMs;
    m_settings.throttleBaseMs = m_config.throttleBaseMs;
    // Test seam until ServerConfig has a hidden option for it: the suites register many
    // accounts from one loopback address within the hour.
    if (const int perClient = qEnvironmentVariableIntValue("CITOYENS_SERVER_MAILS_PER_CLIENT"); perClient > 0)
        m_settings.mailsPerClient = perClient;
    // Argon2 is the costly part of a request: a few workers per core, and they never expire
    // so that their database connections live as long as the pool.
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
    m_pool.setExpiryTimeout(-1);
}

ServerApp::~ServerApp()
{
    // Stop taking requests, let the running ones finish, then close the database.
    m_http.reset();
    m_pool.waitForDone();
}

void ServerApp::addRoutes(ApiRouter& router, AuthRoutes& auth, PasswordRoutes& password, MeRoutes& me,
                          ServiceRoutes& services)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/health"), [](const RequestContext&) {
        return Responses::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
    auth.registerOn(router);
    password.registerOn(router);
    me.registerOn(router);
    services.registerOn(router);
}

QStringList ServerApp::routeList()
{
    ApiRouter router(nullptr, nullptr);
    AuthRoutes auth { AuthServices {} };
    PasswordRoutes password { AuthServices {} };
    MeRoutes me { AuthServices {} };
    ServiceRoutes services { ServiceDeps {} };
    addRoutes(router, auth, password, me, services);
    return router.routes();
}

bool ServerApp::start()
{
    if (!m_config.insecureHttp && (m_config.tlsCert.isEmpty() || m_config.tlsKey.isEmpty())) {
        qCCritical(lcServer) << "refusing to start without TLS: give --tls-cert and --tls-key "
                                "(--insecure-http exists for tests of the HTTP layer only)";
        return false;
    }
    if (m_config.mailDrop.isEmpty() && m_config.smtpUrl.isEmpty()) {
        qCCritical(lcServer) << "no way to send mail: give --mail-drop DIR or --smtp smtp://host:port";
        return false;
    }
    DatabaseSettings dbSettings;
    QString error;
    if (!DatabaseSettings::parse(m_config.databaseUrl(), &dbSettings, &error)) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    if (dbSettings.kind == DatabaseSettings::Kind::Sqlite)
        QDir().mkpath(QFileInfo(dbSettings.path).absolutePath());
    m_database = std::make_unique<Database>(dbSettings);
    Migrator migrator(*m_database);
    if (!migrator.migrate(&error)) {
        qCCritical(lcServer).noquote() << "database" << dbSettings.describe() << ":" << error;
        return false;
    }

    if (!m_config.mailDrop.isEmpty()) {
        if (!QDir().mkpath(m_config.mailDrop)) {
            qCCritical(lcServer) << "cannot create the mail drop" << m_config.mailDrop;
            return false;
        }
        m_mailer = std::make_unique<MailDrop>(m_config.mailDrop, m_config.mailFrom);
    } else {
        m_mailer = std::make_unique<SmtpMailer>(m_config.smtpUrl, m_config.mailFrom);
    }

    m_hasher = std::make_unique<PasswordHasher>();
    m_sessions = std::make_unique<SessionStore>(m_settings);
    m_throttle = std::make_unique<Throttle>(m_settings);
    m_guard = std::make_unique<AuthGuard>(*m_database, *m_sessions, m_settings);
    AuthServices services;
    services.database = m_database.get();
    services.hasher = m_hasher.get();
    services.sessions = m_sessions.get();
    services.throttle = m_throttle.get();
    services.mailer = m_mailer.get();
    services.guard = m_guard.get();
    services.settings = m_settings;
    m_authRoutes = std::make_unique<AuthRoutes>(services);
    m_passwordRoutes = std::make_unique<PasswordRoutes>(services);
    m_meRoutes = std::make_unique<MeRoutes>(services);

    m_files = std::make_unique<FileStore>(m_config.dataDir);
    if (!m_files->prepare(&error)) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    m_serviceRoutes = std::make_unique<ServiceRoutes>(ServiceDeps { m_database.get(), m_guard.get(), m_files.get() });

    if (m_config.demoData && !DemoData::ensure(*m_database, *m_hasher, &error)) {
        qCCritical(lcServer).noquote() << "demo data:" << error;
        return false;
    }

    m_http = std::make_unique<QHttpServer>();
    m_router = std::make_unique<ApiRouter>(m_http.get(), &m_pool);
    addRoutes(*m_router, *m_authRoutes, *m_passwordRoutes, *m_meRoutes, *m_serviceRoutes);
    return listen();
}

bool ServerApp::listen()
{
    QTcpServer* tcp = nullptr;
    if (m_config.insecureHttp) {
        qCWarning(lcServer) << "serving plain HTTP (--insecure-http): for tests of the HTTP layer only";
        auto* plain = new GuardedTcpServer(MaxUnansweredBytes, m_http.get());
        plain->setInflowRules(ServiceRoutes::inflowRules());
        tcp = plain;
    } else {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.tlsCert, QSsl::Pem);
        const QSslKey key = readKey(m_config.tlsKey);
        if (chain.isEmpty() || key.isNull()) {
            qCCritical(lcServer) << "cannot read the TLS certificate" << m_config.tlsCert << "or key"
                                 << m_config.tlsKey;
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto* ssl = new GuardedSslServer(MaxUnansweredBytes, m_http.get());
        ssl->setInflowRules(ServiceRoutes::inflowRules());
        ssl->setSslConfiguration(tls);
        ssl->setHandshakeTimeout(10000);
        tcp = ssl;
    }
    QHostAddress address;
    if (m_config.listenHost == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_config.listenHost)) {
        qCCritical(lcServer) << "--listen: not an IP address:" << m_config.listenHost;
        return false;
    }
    if (!tcp->listen(address, m_config.listenPort)) {
        qCCritical(lcServer) << "cannot listen on" << m_config.listenHost << m_config.listenPort << ":"
                             << tcp->errorString();
        return false;
    }
    m_http->bind(tcp);
    const QString line
        = QStringLiteral("citoyens-server listening on %1://%2:%3\n")
              .arg(m_config.insecureHttp ? QStringLiteral("http") : QStringLiteral("https"), m_config.listenHost)
              .arg(tcp->serverPort());
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
    qCInfo(lcServer).noquote() << "database" << m_database->settings().describe() << "- idle timeout"
                               << m_settings.idleTimeoutMs / 1000 << "s";
    return true;
}

} // namespace citoyens::server
