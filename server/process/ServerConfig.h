#pragma once

#include "http/HttpLimits.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace citoyens::server {

// Everything the command line says. parse() knows the subcommands:
//   (none)      serve the API
//   routes      print every route
//   migrate     bring the database schema up to date
//   user add    create an account (operators)
//   catalogue import FILE   replace the catalogue of communes and services
struct ServerConfig
{
    enum class Command { Serve, Routes, Migrate, UserAdd, CatalogueImport };
    Command command = Command::Serve;

    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8443;
    QString tlsCert;
    QString tlsKey;
    bool insecureHttp = false;
    QString dbUrl; // empty: sqlite:<data-dir>/citoyens.db
    QString dataDir = QStringLiteral("citoyens-data");
    QString mailDrop;
    QString smtpUrl;
    QString mailFrom = QStringLiteral("ne-pas-repondre@citoyens.agglo-puyenvelay.fr");
    bool demoData = false;
    qint64 idleTimeoutMs = 2 * 3600 * 1000;
    qint64 throttleBaseMs = 1000;
    qint64 purgeIntervalMs = 10 * 60 * 1000; // hidden --purge-interval: how often the Janitor runs
    QString logLevel = QStringLiteral("info");

    // The transport's bounds (docs/architecture/http-transport.md).
    HttpLimits limits;
    QStringList trustedProxies; // peers whose X-Real-IP names the client (a reverse proxy)
    int quickQueue = 512; // requests waiting or running on the quick pool before 503
    int costlyQueue = 32; // the same for Argon2 and mail routes
    int costlyWorkers = 0; // 0: half the cores, at least one
    int quickWorkers = 0; // 0: two per core, at least four
    int mailsPerClient = 0; // 0: AuthSettings' default (tests raise it)

    // Payments (docs/architecture/wallet.md). paymentProvider: "sandbox" or empty (none: no
    // top-ups); --demo-data makes the sandbox the default, and the sandbox is refused without it. publicUrl: the
    // server's own address as browsers reach it ("https://citoyens.example.org"), for payment pages; empty:
    // https://<listen host>:<port>.
    QString paymentProvider;
    QString publicUrl;
    // Hidden, tests only, refused without --demo-data: orders whose Idempotency-Key starts with
    // "hold-" wait for a file in this directory (OrderRoutes); the sandbox provider does not
    // notify the server after a decision (a restart between payment and notification).
    QString testHoldDir;
    bool testSandboxSilent = false;
    // --now, with --demo-data only: where the booking clock starts (UTC); invalid: the system clock.
    QDateTime now;

    // The family quotient through API Particulier (docs/architecture/family-quotient.md). The
    // token is read from its file by ServerApp (never given on the command line); without it
    // or the recipient the quotient routes answer that the service is not configured.
    QString apiParticulierUrl = QStringLiteral("https://particulier.api.gouv.fr");
    QString apiParticulierTokenFile;
    QString apiParticulierRecipient; // the commune's SIRET
    QString apiParticulierCaFile; // tests only: a stand-in's authority
    qint64 apiParticulierTimeoutMs = 10'000; // hidden --api-particulier-timeout
    int apiParticulierCallsPerSecond = 10; // hidden --api-particulier-calls-per-second
    int quotientValidityMonths = 12;

    // user add
    QString email;
    QString role;
    QStringList communes;
    QString civility;
    QString firstName;
    QString lastName;
    bool passwordFromStdin = false;

    // catalogue import
    QString catalogueFile;

    // Returns false with a message (for stderr) when the command line is wrong. `help`
    // is set when --help was asked: the message then is the usage text.
    static bool parse(const QStringList& arguments, ServerConfig* out, QString* message, bool* help);
    // "2h", "30m", "45s", "500ms" or plain seconds; -1 when unreadable.
    static qint64 parseDuration(const QString& text);

    QString databaseUrl() const;
};

} // namespace citoyens::server
