#include "Logging.h"
#include "process/OperatorCommands.h"
#include "process/ServerApp.h"
#include "process/ServerConfig.h"
#include "process/SignalWatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <curl/curl.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace citoyens::server;

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // Request bodies of up to 10 MiB come and go. With glibc's sliding mmap threshold they
    // would end up on the heap after the first one is freed, and the heap is rarely given
    // back: a fixed threshold keeps every large buffer in its own mapping, returned on free.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citoyens-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITOYENS_VERSION));
    citoyens::server::installMessageHandler();

    ServerConfig config;
    QString message;
    bool help = false;
    if (!ServerConfig::parse(QCoreApplication::arguments(), &config, &message, &help)) {
        QTextStream(help ? stdout : stderr) << message << Qt::endl;
        return help ? 0 : 2;
    }
    if (!applyLogLevel(config.logLevel)) {
        QTextStream(stderr) << "--log-level: debug, info, warning or error" << Qt::endl;
        return 2;
    }

    switch (config.command) {
    case ServerConfig::Command::Routes:
        return OperatorCommands::routes();
    case ServerConfig::Command::Migrate:
        return OperatorCommands::migrate(config);
    case ServerConfig::Command::UserAdd:
        return OperatorCommands::userAdd(config);
    case ServerConfig::Command::CatalogueImport:
        return OperatorCommands::catalogueImport(config);
    case ServerConfig::Command::Serve:
        break;
    }

    curl_global_init(CURL_GLOBAL_DEFAULT);
    int rc = 1;
    {
        SignalWatcher signalWatcher;
        ServerApp server(config);
        if (server.start())
            rc = QCoreApplication::exec();
        qCInfo(lcServer) << "stopped";
    }
    curl_global_cleanup();
    return rc;
}
