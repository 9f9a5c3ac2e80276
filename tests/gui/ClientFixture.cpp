#include "ClientFixture.h"

#include "MainWindow.h"

#include "ClientCore.h"
#include "scope/AccountScope.h"
#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/NoSecretStore.h"
#include "session/Session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

using namespace citoyens;

ClientFixture::ClientFixture(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, bool withServices,
                             int pollIntervalMs, int transferTimeoutMs)
{
    applyStyle();
    // Session remembers in QSettings which account was remembered: keep that out of the
    // developer's own settings.
    QStandardPaths::setTestModeEnabled(true);
    ClientCore::Options options;
    options.api.baseUrl = baseUrl;
    options.api.caCertificates = caCertificates;
    options.api.language = QStringLiteral("fr");
    options.api.transferTimeoutMs = transferTimeoutMs;
    options.dataDir = m_dataDir.path();
    options.secrets = std::make_unique<NoSecretStore>();
    auto clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc(), nullptr);
    m_clock = clock.get();
    options.clock = std::move(clock);
    options.withScope = withServices;
    options.pollInterval = std::chrono::milliseconds(pollIntervalMs);
    m_core = std::make_unique<ClientCore>(std::move(options));
    m_window = std::make_unique<MainWindow>(*m_core);
    m_window->resize(1100, 760);
}

ClientFixture::~ClientFixture()
{
    m_window.reset();
    m_core.reset();
}

Session* ClientFixture::session() const
{
    return m_core->session();
}

InactivityMonitor* ClientFixture::monitor() const
{
    return m_core->monitor();
}

AccountScope* ClientFixture::services() const
{
    return m_core->scope();
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
