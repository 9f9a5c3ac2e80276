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

class ClientCore;
class MainWindow;

// The executable's composition root: reads the command line, then builds the client's core
// objects through ClientCore (the same composition the tests use) and the window on them.
// There are no singletons: each object gets what it needs through its constructor.
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
    std::unique_ptr<ClientCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace citoyens
