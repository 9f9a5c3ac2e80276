#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QApplication;
class QSettings;
class QTranslator;

namespace citoyens {

class AccountApi;
class ApiClient;
class AuthApi;
class Clock;
class InactivityMonitor;
class MainWindow;
class SecretStore;
class ServicesContext;
class Session;

// The composition root: reads the command line, then builds every object of the client
// once, in dependency order, and wires them. Nothing else creates these objects and there
// are no singletons: each object gets what it needs through its constructor.
class Application : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        QUrl serverUrl;
        QList<QSslCertificate> caCertificates;
        QString language; // "fr" or "en"
        QString dataDir;
        bool noKeychain = false;
    };

    explicit Application(QApplication& app);
    ~Application() override;

    // Parses the command line, builds everything, shows the window and runs the event loop.
    int exec();

    // "fr" or "en" from the command line or the system's language (French when neither).
    static QString chooseLanguage(const QStringList& arguments);

private:
    // Returns nullopt after printing the reason (or the help) when the client must not start.
    std::optional<Options> parseCommandLine(int* exitCode);
    void installTranslations(const QString& language);
    void build(const Options& options);

    QApplication& m_app;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<AccountApi> m_accountApi;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ServicesContext> m_services;
    std::unique_ptr<InactivityMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace citoyens
