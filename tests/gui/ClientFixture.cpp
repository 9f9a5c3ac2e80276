#include "ClientFixture.h"

#include "MainWindow.h"

#include "api/AccountApi.h"
#include "api/ApiClient.h"
#include "api/AuthApi.h"
#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/NoSecretStore.h"
#include "session/Session.h"
#include "store/LocalStoreFactory.h"
#include "sync/ServicesContext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

using namespace citoyens;

ClientFixture::ClientFixture(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, bool withServices,
                             int pollIntervalMs)
{
    applyStyle();
    // Session remembers in QSettings which account was remembered: keep that out of the
    // developer's own settings.
    QStandardPaths::setTestModeEnabled(true);
    ApiClientConfig config;
    config.baseUrl = baseUrl;
    config.caCertificates = caCertificates;
    config.language = QStringLiteral("fr");
    m_client = std::make_unique<ApiClient>(config);
    m_auth = std::make_unique<AuthApi>(m_client.get());
    m_accountApi = std::make_unique<AccountApi>(m_client.get());
    m_secrets = std::make_unique<NoSecretStore>();
    m_session = std::make_unique<Session>(m_client.get(), m_auth.get(), m_accountApi.get(), m_secrets.get(),
                                          localStoreFactory(m_dataDir.path()));
    if (withServices) {
        m_services = std::make_unique<ServicesContext>(m_client.get(), m_session.get());
        m_services->setPollInterval(std::chrono::milliseconds(pollIntervalMs));
    }
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc(), nullptr);
    m_monitor = std::make_unique<InactivityMonitor>(m_clock.get());
    m_window
        = std::make_unique<MainWindow>(m_session.get(), m_auth.get(), m_monitor.get(), m_clock.get(), m_services.get());
    m_window->resize(1100, 760);
}

ClientFixture::~ClientFixture()
{
    m_window.reset();
    m_monitor.reset();
    m_services.reset();
    m_session.reset();
}

void ClientFixture::applyStyle()
{
    if (!qApp->styleSheet().isEmpty())
        return;
    // French, as the client runs by default (Application installs the same translator).
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/citoyens_fr.qm")))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFile style(QStringLiteral(":/ui/citoyens.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
}

void ClientFixture::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Pending layout requests first, so the picture shows what the person would see.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
