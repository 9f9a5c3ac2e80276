#include "ServerConfig.h"

#include <QDateTime>

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace citoyens::server {

qint64 ServerConfig::parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(ms|s|m|h)?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 n = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return n;
    if (unit == QLatin1String("m"))
        return n * 60 * 1000;
    if (unit == QLatin1String("h"))
        return n * 3600 * 1000;
    return n * 1000;
}

QString ServerConfig::databaseUrl() const
{
    if (!dbUrl.isEmpty())
        return dbUrl;
    return QStringLiteral("sqlite:") + QDir(dataDir).absoluteFilePath(QStringLiteral("citoyens.db"));
}

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// The transport's options; the hidden ones exist so that tests reach the bounds quickly.
QList<QCommandLineOption> transportOptions()
{
    const QString duration = QStringLiteral("duration");
    const QString count = QStringLiteral("n");
    return {
        QCommandLineOption(QStringLiteral("trusted-proxy"),
                           QStringLiteral("A reverse proxy whose X-Real-IP header names the client (repeatable)."),
                           QStringLiteral("address")),
        QCommandLineOption(QStringLiteral("max-connections"), QStringLiteral("Open connections at most."), count,
                           QStringLiteral("1024")),
        QCommandLineOption(QStringLiteral("max-connections-per-address"),
                           QStringLiteral("Open connections per client address (0: no limit)."), count,
                           QStringLiteral("32")),
        hidden(QCommandLineOption(QStringLiteral("handshake-timeout"), QString(), duration, QStringLiteral("10s"))),
        // Under pressure only: how long a TLS connection may stay silent (HttpLimits).
        hidden(
            QCommandLineOption(QStringLiteral("handshake-start-timeout"), QString(), duration, QStringLiteral("1s"))),
        hidden(QCommandLineOption(QStringLiteral("head-timeout"), QString(), duration, QStringLiteral("10s"))),
        hidden(QCommandLineOption(QStringLiteral("body-timeout"), QString(), duration, QStringLiteral("30s"))),
        hidden(QCommandLineOption(QStringLiteral("keep-alive-timeout"), QString(), duration, QStringLiteral("30s"))),
        hidden(QCommandLineOption(QStringLiteral("body-budget"), QString(), count, QStringLiteral("268435456"))),
        hidden(QCommandLineOption(QStringLiteral("quick-queue"), QString(), count, QStringLiteral("512"))),
        hidden(QCommandLineOption(QStringLiteral("costly-queue"), QString(), count, QStringLiteral("32"))),
        hidden(QCommandLineOption(QStringLiteral("costly-workers"), QString(), count, QStringLiteral("0"))),
        hidden(QCommandLineOption(QStringLiteral("mails-per-client"), QString(), count, QStringLiteral("0"))),
        hidden(QCommandLineOption(QStringLiteral("quick-workers"), QString(), count, QStringLiteral("0"))),
        hidden(QCommandLineOption(QStringLiteral("io-threads"), QString(), count, QStringLiteral("0"))),
    };
}

bool readTransportOptions(const QCommandLineParser& p, ServerConfig* c, QString* message)
{
    for (const QString& proxy : p.values(QStringLiteral("trusted-proxy"))) {
        QHostAddress address;
        if (!address.setAddress(proxy)) {
            *message = QStringLiteral("--trusted-proxy wants an IP address, e.g. 127.0.0.1");
            return false;
        }
        c->trustedProxies.append(address.toString());
    }
    auto number = [&p](const char* name, bool* ok) {
        return p.value(QLatin1String(name)).toLongLong(ok);
    };
    bool ok[10] = {};
    c->limits.maxConnections = int(number("max-connections", &ok[0]));
    c->limits.maxConnectionsPerAddress = int(number("max-connections-per-address", &ok[1]));
    c->limits.bodyBudgetBytes = number("body-budget", &ok[2]);
    c->quickQueue = int(number("quick-queue", &ok[3]));
    c->costlyQueue = int(number("costly-queue", &ok[4]));
    c->costlyWorkers = int(number("costly-workers", &ok[5]));
    c->mailsPerClient = int(number("mails-per-client", &ok[7]));
    c->quickWorkers = int(number("quick-workers", &ok[8]));
    c->limits.ioThreads = int(number("io-threads", &ok[9]));
    ok[6] = c->limits.maxConnections > 0 && c->limits.maxConnectionsPerAddress >= 0 && c->quickQueue > 0
        && c->costlyQueue > 0 && c->costlyWorkers >= 0 && c->limits.bodyBudgetBytes > 0 && c->mailsPerClient >= 0
        && c->quickWorkers >= 0 && c->limits.ioThreads >= 0;
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; })) {
        *message = QStringLiteral("--max-connections, --max-connections-per-address and the like want whole numbers");
        return false;
    }
    const qint64 head = ServerConfig::parseDuration(p.value(QStringLiteral("head-timeout")));
    const qint64 body = ServerConfig::parseDuration(p.value(QStringLiteral("body-timeout")));
    const qint64 keepAlive = ServerConfig::parseDuration(p.value(QStringLiteral("keep-alive-timeout")));
    const qint64 handshake = ServerConfig::parseDuration(p.value(QStringLiteral("handshake-timeout")));
    const qint64 handshakeStart = ServerConfig::parseDuration(p.value(QStringLiteral("handshake-start-timeout")));
    constexpr qint64 MaxTimerMs = std::numeric_limits<int>::max();
    if (head <= 0 || body <= 0 || keepAlive <= 0 || handshake <= 0 || handshakeStart <= 0 || head > MaxTimerMs
        || body > MaxTimerMs || keepAlive > MaxTimerMs || handshake > MaxTimerMs || handshakeStart > MaxTimerMs) {
        *message = QStringLiteral("durations are written like 2h, 30m, 45s or 500ms");
        return false;
    }
    c->limits.handshakeTimeoutMs = int(handshake);
    c->limits.handshakeStartMs = int(handshakeStart);
    c->limits.headTimeoutMs = int(head);
    c->limits.bodyTimeoutMs = int(body);
    c->limits.keepAliveTimeoutMs = int(keepAlive);
    return true;
}

} // namespace

// --api-particulier-*: the API's root, the token's file, the SIRET, the tests' authority.
QList<QCommandLineOption> quotientOptions()
{
    return {
        QCommandLineOption(QStringLiteral("api-particulier-url"),
                           QStringLiteral("API Particulier's root (staging: https://staging.particulier.api.gouv.fr)."),
                           QStringLiteral("url"), QStringLiteral("https://particulier.api.gouv.fr")),
        QCommandLineOption(QStringLiteral("api-particulier-token-file"),
                           QStringLiteral("File holding the API Particulier token (a secret: never on the "
                                          "command line)."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("api-particulier-recipient"),
                           QStringLiteral("The commune's SIRET, sent as API Particulier's recipient (14 digits)."),
                           QStringLiteral("siret")),
        QCommandLineOption(QStringLiteral("api-particulier-ca-file"),
                           QStringLiteral("Trust only this CA for API Particulier (tests with a stand-in)."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("quotient-validity-months"),
                           QStringLiteral("How long a family quotient from the CAF or the MSA is used (months)."),
                           QStringLiteral("n"), QStringLiteral("12")),
        hidden(QCommandLineOption(QStringLiteral("api-particulier-timeout"), QString(), QStringLiteral("duration"),
                                  QStringLiteral("10s"))),
        hidden(QCommandLineOption(QStringLiteral("api-particulier-calls-per-second"), QString(), QStringLiteral("n"),
                                  QStringLiteral("10"))),
    };
}

bool readQuotientOptions(const QCommandLineParser& p, ServerConfig* c, QString* message)
{
    c->apiParticulierUrl = p.value(QStringLiteral("api-particulier-url"));
    while (c->apiParticulierUrl.endsWith(QLatin1Char('/')))
        c->apiParticulierUrl.chop(1);
    const QUrl url(c->apiParticulierUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment()) {
        *message = QStringLiteral("--api-particulier-url wants an https address, e.g. https://particulier.api.gouv.fr");
        return false;
    }
    c->apiParticulierTokenFile = p.value(QStringLiteral("api-particulier-token-file"));
    c->apiParticulierRecipient = p.value(QStringLiteral("api-particulier-recipient"));
    static const QRegularExpression siret(QStringLiteral("^[0-9]{14}$"));
    if (!c->apiParticulierRecipient.isEmpty() && !siret.match(c->apiParticulierRecipient).hasMatch()) {
        *message = QStringLiteral("--api-particulier-recipient wants the commune's SIRET: 14 digits");
        return false;
    }
    if (c->apiParticulierTokenFile.isEmpty() != c->apiParticulierRecipient.isEmpty()) {
        *message = QStringLiteral("give both --api-particulier-token-file and --api-particulier-recipient, or neither");
        return false;
    }
    c->apiParticulierCaFile = p.value(QStringLiteral("api-particulier-ca-file"));
    bool ok = false;
    c->quotientValidityMonths = p.value(QStringLiteral("quotient-validity-months")).toInt(&ok);
    if (!ok || c->quotientValidityMonths < 1 || c->quotientValidityMonths > 36) {
        *message = QStringLiteral("--quotient-validity-months wants a number of months from 1 to 36");
        return false;
    }
    c->apiParticulierTimeoutMs = ServerConfig::parseDuration(p.value(QStringLiteral("api-particulier-timeout")));
    if (c->apiParticulierTimeoutMs <= 0 || c->apiParticulierTimeoutMs > 60'000) {
        *message = QStringLiteral("--api-particulier-timeout: a duration up to 60s");
        return false;
    }
    c->apiParticulierCallsPerSecond = p.value(QStringLiteral("api-particulier-calls-per-second")).toInt(&ok);
    if (!ok || c->apiParticulierCallsPerSecond < 1) {
        *message = QStringLiteral("--api-particulier-calls-per-second: a whole number from 1");
        return false;
    }
    return true;
}

bool ServerConfig::parse(const QStringList& arguments, ServerConfig* out, QString* message, bool* help)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Citoyens reference server.\n\nSubcommands:\n  routes     print every API route\n"
        "  migrate    bring the database schema up to date\n  user add   create an account (--email, --role, "
        "--commune, --first-name, --last-name, --civility, --password-stdin)\n"
        "  catalogue import FILE   replace the catalogue of communes and services (--db)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("routes | migrate | user add | catalogue import FILE"),
                            QStringLiteral("[command]"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (port 0: any free)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure-http"),
                                      QStringLiteral("Serve plain HTTP (tests of the HTTP layer only)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("sqlite:/path/file.db or postgresql://user@host:port/name."),
                                QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Uploads and the default database."),
                                     QStringLiteral("dir"), QStringLiteral("citoyens-data"));
    const QCommandLineOption mailDrop(QStringLiteral("mail-drop"),
                                      QStringLiteral("Write each mail as an .eml file in this directory."),
                                      QStringLiteral("dir"));
    const QCommandLineOption smtp(QStringLiteral("smtp"), QStringLiteral("Send mail through this relay."),
                                  QStringLiteral("smtp://host:port"));
    const QCommandLineOption mailFrom(QStringLiteral("mail-from"), QStringLiteral("Sender address of mails."),
                                      QStringLiteral("address"));
    const QCommandLineOption demo(QStringLiteral("demo-data"), QStringLiteral("Create the demo accounts."));
    const QCommandLineOption idle(QStringLiteral("session-idle-timeout"),
                                  QStringLiteral("Inactivity timeout of a session (e.g. 2h, 30m, 2s)."),
                                  QStringLiteral("duration"), QStringLiteral("2h"));
    QCommandLineOption throttle(QStringLiteral("throttle-base"), QStringLiteral("First sign-in delay."),
                                QStringLiteral("duration"), QStringLiteral("1s"));
    throttle.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption purge(QStringLiteral("purge-interval"), QStringLiteral("How often stale rows are purged."),
                             QStringLiteral("duration"), QStringLiteral("10m"));
    purge.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("debug, info, warning or error."),
                                      QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("user add: e-mail."), QStringLiteral("e"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("user add: citizen, agent or administrator."),
                                  QStringLiteral("role"), QStringLiteral("citizen"));
    const QCommandLineOption commune(QStringLiteral("commune"), QStringLiteral("user add: a commune (repeatable)."),
                                     QStringLiteral("name"));
    const QCommandLineOption civility(QStringLiteral("civility"), QStringLiteral("user add: M or Mme."),
                                      QStringLiteral("civility"), QStringLiteral("M"));
    const QCommandLineOption firstName(QStringLiteral("first-name"), QStringLiteral("user add: first name."),
                                       QStringLiteral("name"));
    const QCommandLineOption lastName(QStringLiteral("last-name"), QStringLiteral("user add: last name."),
                                      QStringLiteral("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("user add: read the password from standard input."));
    p.addOptions({ listen, cert,     key,      insecure, db,   dataDir, mailDrop, smtp,      mailFrom, demo,
                   idle,   throttle, logLevel, email,    role, commune, civility, firstName, lastName, passwordStdin });
    const QList<QCommandLineOption> transport = transportOptions();
    p.addOptions(transport);
    p.addOption(purge);
    const QCommandLineOption provider(QStringLiteral("payment-provider"),
                                      QStringLiteral("Payment provider for wallet top-ups: payfip, sandbox or none "
                                                     "(default: sandbox with --demo-data, else none)."),
                                      QStringLiteral("name"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("The server's https address as browsers reach it, for payment "
                                                      "pages (default: https://<listen address>)."),
                                       QStringLiteral("url"));
    const QCommandLineOption holdDir
        = hidden(QCommandLineOption(QStringLiteral("test-hold-dir"), QString(), QStringLiteral("dir")));
    const QCommandLineOption silent = hidden(QCommandLineOption(QStringLiteral("test-sandbox-silent")));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("With --demo-data: the server's clock for booking starts at this "
                                                "RFC 3339 instant and runs on (e.g. 2026-03-05T11:59:00+01:00)."),
                                 QStringLiteral("instant"));
    p.addOptions({ provider, publicUrl, holdDir, silent, now });
    p.addOptions(PayFipOptions::options());
    p.addOptions(quotientOptions());
    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *help = true;
        *message = p.helpText();
        return false;
    }
    ServerConfig c;
    const QStringList positional = p.positionalArguments();
    const QString command = positional.join(QLatin1Char(' '));
    if (command.isEmpty() || command == QLatin1String("serve"))
        c.command = Command::Serve;
    else if (command == QLatin1String("routes"))
        c.command = Command::Routes;
    else if (command == QLatin1String("migrate"))
        c.command = Command::Migrate;
    else if (command == QLatin1String("user add"))
        c.command = Command::UserAdd;
    else if (positional.size() == 3 && positional.at(0) == QLatin1String("catalogue")
             && positional.at(1) == QLatin1String("import")) {
        c.command = Command::CatalogueImport;
        c.catalogueFile = positional.at(2);
    } else {
        *message
            = QStringLiteral("unknown command \"%1\" (routes, migrate, user add, catalogue import FILE)").arg(command);
        return false;
    }

    const QString listenValue = p.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port > 65535) {
        *message = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443 (port 0: any free port)");
        return false;
    }
    c.listenHost = listenValue.left(colon);
    if (c.listenHost.startsWith(QLatin1Char('[')) && c.listenHost.endsWith(QLatin1Char(']')))
        c.listenHost = c.listenHost.mid(1, c.listenHost.size() - 2);
    c.listenPort = quint16(port);
    c.tlsCert = p.value(cert);
    c.tlsKey = p.value(key);
    c.insecureHttp = p.isSet(insecure);
    c.dbUrl = p.value(db);
    c.dataDir = p.value(dataDir);
    c.mailDrop = p.value(mailDrop);
    c.smtpUrl = p.value(smtp);
    if (p.isSet(mailFrom))
        c.mailFrom = p.value(mailFrom);
    c.demoData = p.isSet(demo);
    c.idleTimeoutMs = parseDuration(p.value(idle));
    c.throttleBaseMs = parseDuration(p.value(throttle));
    c.purgeIntervalMs = parseDuration(p.value(purge));
    if (c.idleTimeoutMs <= 0 || c.throttleBaseMs <= 0 || c.purgeIntervalMs <= 0) {
        *message = QStringLiteral("durations are written like 2h, 30m, 45s or 500ms");
        return false;
    }
    if (!readTransportOptions(p, &c, message))
        return false;
    c.logLevel = p.value(logLevel);
    c.email = p.value(email);
    c.role = p.value(role);
    c.communes = p.values(commune);
    c.civility = p.value(civility);
    c.firstName = p.value(firstName);
    c.lastName = p.value(lastName);
    c.passwordFromStdin = p.isSet(passwordStdin);
    c.paymentProvider = p.isSet(provider) ? p.value(provider) : (c.demoData ? QStringLiteral("sandbox") : QString());
    if (c.paymentProvider == QLatin1String("none"))
        c.paymentProvider.clear();
    if (!c.paymentProvider.isEmpty() && c.paymentProvider != QLatin1String("sandbox")
        && c.paymentProvider != QLatin1String("payfip")) {
        *message = QStringLiteral("--payment-provider: payfip, sandbox or none");
        return false;
    }
    if (!PayFipOptions::read(p, c.paymentProvider == QLatin1String("payfip"), &c.payfip, message))
        return false;
    // The sandbox credits whatever its page is told was paid: on a server without the demo it
    // would be money from nowhere, spendable on real orders and bookings.
    if (c.paymentProvider == QLatin1String("sandbox") && !c.demoData) {
        *message = QStringLiteral(
            "--payment-provider sandbox credits top-ups that nobody paid: it is accepted with --demo-data only. "
            "A town hall's server runs with --payment-provider payfip, or --payment-provider none (no top-ups)");
        return false;
    }
    c.publicUrl = p.value(publicUrl);
    while (c.publicUrl.endsWith(QLatin1Char('/')))
        c.publicUrl.chop(1);
    if (!c.publicUrl.isEmpty()) {
        const QUrl url(c.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery()
            || url.hasFragment()) {
            *message = QStringLiteral("--public-url wants an https address, e.g. https://citoyens.example.org");
            return false;
        }
    }
    c.testHoldDir = p.value(holdDir);
    c.testSandboxSilent = p.isSet(silent);
    if ((!c.testHoldDir.isEmpty() || c.testSandboxSilent) && !c.demoData) {
        *message = QStringLiteral("--test-hold-dir and --test-sandbox-silent are for tests, with --demo-data only");
        return false;
    }
    if (p.isSet(now)) {
        const QString text = p.value(now);
        c.now = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!c.demoData) {
            *message
                = QStringLiteral("--now sets the clock of the demo and of tests: it is accepted with --demo-data only");
            return false;
        }
        if (!c.now.isValid() || c.now.timeSpec() == Qt::LocalTime) {
            *message
                = QStringLiteral("--now wants an RFC 3339 instant with its offset, e.g. 2026-03-05T11:59:00+01:00");
            return false;
        }
        c.now = c.now.toUTC();
    }
    if (!readQuotientOptions(p, &c, message))
        return false;
    if (!c.mailDrop.isEmpty() && !c.smtpUrl.isEmpty()) {
        *message = QStringLiteral("give either --mail-drop or --smtp, not both");
        return false;
    }
    *out = c;
    return true;
}

} // namespace citoyens::server
