#include "Application.h"

#include "MainWindow.h"

#include "ClientCore.h"

#include "session/KeychainSecretStore.h"
#include "session/NoSecretStore.h"
#include "session/Session.h"
#include "session/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace citoyens {

namespace {

const QString DefaultServer = QStringLiteral("https://127.0.0.1:8443");
const QString ServerUrlKey = QStringLiteral("server/url");

void printOut(const QString& text, FILE* stream)
{
    QTextStream out(stream);
    out << text << Qt::endl;
}

} // namespace

Application::Application(QApplication& app)
    : m_app(app)
{ }

Application::~Application()
{
    // The window goes first: its pages hold pointers to the core objects.
    m_window.reset();
    m_core.reset();
}

QString Application::chooseLanguage(const QStringList& arguments)
{
    // Looked at before the parser exists, so that the help itself is translated.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        QString value;
        if (arg == u"--lang" && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arg.startsWith(u"--lang="))
            value = arg.mid(7);
        if (value == u"fr" || value == u"en")
            return value;
    }
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

void Application::installTranslations(const QString& language)
{
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::French, QLocale::France));
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/citoyens_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_translator.get());
    // Qt's own words (standard buttons, the parser's --help) in the same language.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
}

std::optional<Application::Options> Application::parseCommandLine(int* exitCode)
{
    const QString language = chooseLanguage(m_app.arguments());
    installTranslations(language);
    m_settings = std::make_unique<QSettings>();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Citoyens: the citizen platform of the Communauté d'Agglomération du "
                                        "Puy-en-Velay."));
    // Our own -h/--help and -v/--version: Qt's descriptions are not translated in every
    // distribution's qtbase catalogue, and the help must read in the interface's language.
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Address of the platform's server (default: %1).")
                                        .arg(m_settings->value(ServerUrlKey, DefaultServer).toString()),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust the certificate authority in this PEM file (test or on-premise "
                                       "server)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the interface: fr or en."),
                                  QStringLiteral("LANG"), language);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Folder of the local data (default: %1).")
                                         .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                                     QStringLiteral("PATH"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        tr("Do not use the system's keychain: \"Remember me\" keeps the session in "
                                           "memory only."));
    parser.addOptions({ server, caFile, lang, dataDir, noKeychain });

    if (!parser.parse(m_app.arguments())) {
        printOut(parser.errorText(), stderr);
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText(), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion(),
                 stdout);
        *exitCode = 0;
        return std::nullopt;
    }

    Options options;
    options.language = parser.value(lang);
    if (options.language != u"fr" && options.language != u"en") {
        printOut(tr("Unknown language \"%1\": use fr or en.").arg(options.language), stderr);
        *exitCode = 2;
        return std::nullopt;
    }
    const QString url
        = parser.isSet(server) ? parser.value(server) : m_settings->value(ServerUrlKey, DefaultServer).toString();
    options.serverUrl = QUrl::fromUserInput(url);
    if (!options.serverUrl.isValid() || options.serverUrl.scheme() != u"https") {
        printOut(tr("The server address must be an https:// URL: %1").arg(url), stderr);
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(caFile)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            printOut(tr("No certificate could be read from %1.").arg(parser.value(caFile)), stderr);
            *exitCode = 2;
            return std::nullopt;
        }
    }
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.noKeychain = parser.isSet(noKeychain);
    return options;
}

void Application::build(const Options& options)
{
    ClientCore::Options core;
    core.api.baseUrl = options.serverUrl;
    core.api.caCertificates = options.caCertificates;
    core.api.language = options.language;
    core.dataDir = options.dataDir;
    if (options.noKeychain)
        core.secrets = std::make_unique<NoSecretStore>(tr("The keychain is disabled (--no-keychain)."), nullptr);
    else
        core.secrets = std::make_unique<KeychainSecretStore>();
    core.clock = std::make_unique<SystemClock>();
    m_core = std::make_unique<ClientCore>(std::move(core));
    m_window = std::make_unique<MainWindow>(*m_core);
}

int Application::exec()
{
    int exitCode = 0;
    const std::optional<Options> options = parseCommandLine(&exitCode);
    if (!options)
        return exitCode;

    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ui/icons/citoyens-256.png")));
    QFile style(QStringLiteral(":/ui/citoyens.qss"));
    if (style.open(QIODevice::ReadOnly))
        m_app.setStyleSheet(QString::fromUtf8(style.readAll()));

    build(*options);
    m_window->show(); // at the size and place it had when last closed (MainWindow)
    m_core->session()->restore();
    return QApplication::exec();
}

} // namespace citoyens
