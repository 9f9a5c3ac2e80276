#include "ServerApp.h"

#include "DemoData.h"
#include "Janitor.h"
#include "Logging.h"
#include "RouteAreas.h"
#include "auth/AccessPolicy.h"
#include "auth/AuthGuard.h"
#include "auth/AuthServices.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "auth/Throttle.h"
#include "booking/Clock.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "documents/FileStore.h"
#include "http/ApiRouter.h"
#include "http/HttpServer.h"
#include "mail/MailDrop.h"
#include "mail/SmtpMailer.h"
#include "payments/OrderPaymentSettlement.h"
#include "payments/PayFipProvider.h"
#include "payments/PaymentRoutes.h"
#include "payments/SandboxPaymentProvider.h"
#include "payments/TopUpSettlement.h"
#include "quotient/ApiParticulierClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <algorithm>
#include <cstdio>

namespace citoyens::server {

namespace {

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
    , m_clock(std::make_unique<Clock>(m_config.now))
{
    m_settings.idleTimeoutMs = m_config.idleTimeoutMs;
    m_settings.throttleBaseMs = m_config.throttleBaseMs;
    if (m_config.mailsPerClient > 0)
        m_settings.mailsPerClient = m_config.mailsPerClient;
    // Reads are answered on the HTTP server's I/O threads (one per core). Writes wait on the
    // database more than on the CPU: two quick workers per core. Argon2
    // and mail have their own pool, half the cores, so that a storm of sign-ins leaves the
    // rest of the machine to everyone else. Workers never expire: each keeps its database
    // connection as long as the pool lives.
    const int cores = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(m_config.quickWorkers > 0 ? m_config.quickWorkers : std::max(4, cores * 2));
    m_pool.setExpiryTimeout(-1);
    m_costlyPool.setMaxThreadCount(m_config.costlyWorkers > 0 ? m_config.costlyWorkers : std::max(1, cores / 2));
    m_costlyPool.setExpiryTimeout(-1);
}

ServerApp::~ServerApp()
{
    // Stop taking requests and close every connection, let the running work finish (its
    // answers are dropped, through the I/O threads, which therefore go last), then close the
    // database.
    if (m_http)
        m_http->stop();
    m_pool.waitForDone();
    m_costlyPool.waitForDone();
    m_http.reset();
}

QStringList ServerApp::routeList()
{
    ApiRouter router;
    RouteAreas(AreaDeps {}).registerOn(router);
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
    m_janitor = std::make_unique<Janitor>(*m_database, m_config.purgeIntervalMs);
    startPayments();
    m_janitor->start();

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
    m_policy = std::make_unique<AccessPolicy>(*m_database, *m_guard, *m_sessions);
    AuthServices services;
    services.database = m_database.get();
    services.hasher = m_hasher.get();
    services.sessions = m_sessions.get();
    services.throttle = m_throttle.get();
    services.mailer = m_mailer.get();
    services.guard = m_guard.get();
    services.policy = m_policy.get();
    services.settings = m_settings;

    m_files = std::make_unique<FileStore>(m_config.dataDir);
    if (!m_files->prepare(&error)) {
        qCCritical(lcServer).noquote() << error;
        return false;
    }
    if (!startQuotient())
        return false;
    AreaDeps deps;
    deps.services = { m_database.get(), m_guard.get(), m_files.get(), m_policy.get() };
    deps.auth = services;
    PaymentProvider* provider = m_sandbox ? static_cast<PaymentProvider*>(m_sandbox.get()) : m_payfip.get();
    deps.payments = { m_database.get(), provider, m_sandbox.get(), m_settlement.get(), m_orderSettlement.get() };
    deps.clock = m_clock.get();
    deps.holdDir = m_config.testHoldDir;
    deps.quotient = { m_apiParticulier.get(), m_config.quotientValidityMonths };
    m_areas = std::make_unique<RouteAreas>(deps);
    m_paymentRoutes = m_areas->find<PaymentRoutes>();
    qCDebug(lcServer).noquote() << "route areas:" << m_areas->names().join(QLatin1String(", "));
    if (m_clock->isShifted())
        qCInfo(lcServer).noquote() << "booking clock starts at" << m_clock->now().toString(Qt::ISODate) << "(--now)";

    if (m_config.demoData
        && !DemoData::ensure(*m_database, *m_hasher, { m_files.get(), m_sandbox.get(), m_settlement.get() }, &error)) {
        qCCritical(lcServer).noquote() << "demo data:" << error;
        return false;
    }

    m_router = std::make_unique<ApiRouter>();
    m_router->setPools({ &m_pool, m_config.quickQueue }, { &m_costlyPool, m_config.costlyQueue });
    m_router->setGate([guard = m_guard.get()](const RequestContext& ctx) { guard->require(ctx); });
    m_areas->registerOn(*m_router);
    return listen();
}

void ServerApp::startPayments()
{
    if (m_config.paymentProvider == QLatin1String("sandbox")) {
        std::function<void(const QString&)> notify;
        if (!m_config.testSandboxSilent) {
            // As PayFiP calls the notification address, a moment after the person's choice:
            // on the quick pool, through the notification route's own code.
            notify = [this](const QString& idOp) {
                m_pool.start([this, idOp]() {
                    try {
                        m_paymentRoutes->notified(idOp);
                    } catch (const std::exception& e) {
                        qCWarning(lcServer).noquote() << "sandbox notification failed:" << e.what();
                    }
                });
            };
        }
        m_sandbox = std::make_unique<SandboxPaymentProvider>(
            *m_database,
            [this]() {
                return m_publicUrl + QLatin1String(ApiRouter::BasePath) + QLatin1String(PaymentRoutes::SandboxPagePath);
            },
            notify);
        m_settlement = std::make_unique<TopUpSettlement>(*m_database, *m_sandbox);
    } else if (m_config.paymentProvider == QLatin1String("payfip")) {
        PayFipProvider::Settings settings;
        settings.endpoint = QUrl(m_config.payfip.endpoint);
        settings.page = QUrl(m_config.payfip.page);
        settings.numcli = m_config.payfip.numcli;
        settings.saisie = m_config.payfip.saisie;
        settings.https.caFile = m_config.payfip.caFile;
        settings.https.totalTimeoutMs = int(m_config.payfip.timeoutMs);
        settings.https.connectTimeoutMs = int(std::min<qint64>(m_config.payfip.timeoutMs, 5'000));
        // Built once the server listens (m_publicUrl), before the first request.
        settings.notificationUrl = [this]() {
            return QUrl(m_publicUrl + QLatin1String(ApiRouter::BasePath)
                        + QLatin1String(PaymentRoutes::NotificationPath));
        };
        settings.returnUrl = [this]() {
            return QUrl(m_publicUrl + QLatin1String(ApiRouter::BasePath) + QLatin1String(PaymentRoutes::ReturnPath));
        };
        m_payfip = std::make_unique<PayFipProvider>(std::move(settings));
        m_settlement = std::make_unique<TopUpSettlement>(*m_database, *m_payfip);
        qCInfo(lcServer).noquote() << "payments through PayFiP" << m_config.payfip.endpoint << "numcli"
                                   << m_config.payfip.numcli << "saisie" << m_config.payfip.saisie;
    }
    if (m_settlement) {
        PaymentProvider& provider = m_sandbox ? static_cast<PaymentProvider&>(*m_sandbox) : *m_payfip;
        m_orderSettlement = std::make_unique<OrderPaymentSettlement>(*m_database, provider);
        TopUpSettlement* settlement = m_settlement.get();
        OrderPaymentSettlement* orders = m_orderSettlement.get();
        m_janitor->setExtraPass([settlement, orders](qint64 now) {
            const int settled = settlement->reconcile(now);
            if (settled > 0)
                qCInfo(lcServer).noquote() << "settled" << settled << "pending top-ups";
            const int ordersSettled = orders->reconcile(now);
            if (ordersSettled > 0)
                qCInfo(lcServer).noquote() << "settled" << ordersSettled << "pending card orders";
        });
    }
}

bool ServerApp::startQuotient()
{
    if (m_config.apiParticulierTokenFile.isEmpty()) {
        qCInfo(lcServer) << "family quotient from API Particulier: not configured (--api-particulier-token-file, "
                            "--api-particulier-recipient)";
        return true;
    }
    QFile file(m_config.apiParticulierTokenFile);
    ApiParticulierSettings settings;
    if (file.open(QIODevice::ReadOnly))
        settings.token = file.read(64 * 1024).trimmed();
    // A token is one line of printable ASCII (a JWT): anything else would break the header.
    const bool printable
        = std::all_of(settings.token.cbegin(), settings.token.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (settings.token.isEmpty() || !printable) {
        qCCritical(lcServer).noquote() << "cannot read an API Particulier token from"
                                       << m_config.apiParticulierTokenFile
                                       << "(--api-particulier-token-file: one line, the token alone)";
        return false;
    }
    settings.rootUrl = m_config.apiParticulierUrl;
    settings.recipient = m_config.apiParticulierRecipient;
    settings.caFile = m_config.apiParticulierCaFile;
    settings.timeoutMs = int(m_config.apiParticulierTimeoutMs);
    settings.callsPerSecond = m_config.apiParticulierCallsPerSecond;
    m_apiParticulier = std::make_unique<ApiParticulierClient>(settings);
    qCInfo(lcServer).noquote() << "family quotient from API Particulier at" << settings.rootUrl << "for SIRET"
                               << settings.recipient << "- kept" << m_config.quotientValidityMonths << "months";
    return true;
}

bool ServerApp::listen()
{
    std::optional<QSslConfiguration> tls;
    if (m_config.insecureHttp) {
        qCWarning(lcServer) << "serving plain HTTP (--insecure-http): for tests of the HTTP layer only";
    } else {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.tlsCert, QSsl::Pem);
        const QSslKey key = readKey(m_config.tlsKey);
        if (chain.isEmpty() || key.isNull()) {
            qCCritical(lcServer) << "cannot read the TLS certificate" << m_config.tlsCert << "or key"
                                 << m_config.tlsKey;
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = config;
    }
    QList<QHostAddress> proxies;
    for (const QString& proxy : m_config.trustedProxies)
        proxies.append(QHostAddress(proxy));
    m_http = std::make_unique<HttpServer>(*m_router, m_config.limits, tls, proxies);
    HttpServer* tcp = m_http.get();
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
    const QString scheme = m_config.insecureHttp ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = m_config.listenHost.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + m_config.listenHost + QLatin1Char(']')
        : m_config.listenHost;
    m_publicUrl = m_config.publicUrl.isEmpty() ? QStringLiteral("%1://%2:%3").arg(scheme, host).arg(tcp->serverPort())
                                               : m_config.publicUrl;
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
