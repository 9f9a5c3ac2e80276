#include "OperatorCommands.h"

#include "ServerApp.h"
#include "ServerConfig.h"
#include "auth/AccountStore.h"
#include "auth/ActivationRoutes.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/Migrator.h"
#include "db/SqlTransaction.h"
#include "mail/MailDrop.h"
#include "mail/MailTemplates.h"
#include "mail/SmtpMailer.h"
#include "models/FieldCodes.h"
#include "models/Validation.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace citoyens::server::OperatorCommands {

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<Database> openMigrated(const ServerConfig& config)
{
    DatabaseSettings settings;
    QString error;
    if (!DatabaseSettings::parse(config.databaseUrl(), &settings, &error)) {
        err() << error << Qt::endl;
        return nullptr;
    }
    if (settings.kind == DatabaseSettings::Kind::Sqlite)
        QDir().mkpath(QFileInfo(settings.path).absolutePath());
    auto database = std::make_unique<Database>(settings);
    Migrator migrator(*database);
    if (!migrator.migrate(&error)) {
        err() << "database " << settings.describe() << ": " << error << Qt::endl;
        return nullptr;
    }
    return database;
}

} // namespace

int routes()
{
    QTextStream out(stdout);
    for (const QString& route : ServerApp::routeList())
        out << route << '\n';
    return 0;
}

int migrate(const ServerConfig& config)
{
    const auto database = openMigrated(config);
    if (!database)
        return 1;
    QTextStream(stdout) << "schema at version " << Migrator::latestVersion() << Qt::endl;
    return 0;
}

int userAdd(const ServerConfig& config)
{
    // Without --password-stdin the person sets their own password with a mailed activation
    // code: no password on a command line, none known to the operator.
    if (!config.passwordFromStdin && config.mailDrop.isEmpty() && config.smtpUrl.isEmpty()) {
        err() << "user add: give --mail-drop DIR or --smtp URL (the code that sets the password is mailed), "
                 "or the password on standard input with --password-stdin"
              << Qt::endl;
        return 2;
    }
    Account a;
    a.id = TokenService::newId();
    a.email = Validation::normalizeEmail(config.email);
    a.role = config.role;
    a.communes = config.communes;
    a.civility = config.civility;
    const bool agent = a.role == Account::RoleAgent;
    const bool administrator = a.role == Account::RoleAdministrator;
    a.firstName = config.firstName.isEmpty() ? (agent               ? QStringLiteral("Agent")
                                                    : administrator ? QStringLiteral("Administrateur")
                                                                    : QStringLiteral("Citoyen"))
                                             : config.firstName.trimmed();
    a.lastName = config.lastName.isEmpty()
        ? (agent && !a.communes.isEmpty() ? a.communes.first() : a.email.section(QLatin1Char('@'), 0, 0))
        : config.lastName.trimmed();
    a.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    QString password;
    if (config.passwordFromStdin) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    FieldErrors errors = Validation::email(a.email) + Validation::civility(a.civility)
        + Validation::personName(a.firstName, QStringLiteral("firstName"))
        + Validation::personName(a.lastName, QStringLiteral("lastName"));
    if (config.passwordFromStdin)
        errors += Validation::password(password);
    if (a.role != Account::RoleCitizen && !agent && !administrator)
        errors.append({ QStringLiteral("role"), FieldCode::InvalidChoice });
    if (agent && a.communes.isEmpty())
        errors.append({ QStringLiteral("commune"), FieldCode::Required });
    if (!errors.isEmpty()) {
        for (const FieldError& e : errors)
            err() << "user add: " << e.field << ": " << e.code << Qt::endl;
        return 2;
    }
    const auto database = openMigrated(config);
    if (!database)
        return 1;
    PasswordHasher hasher;
    AuthServices services;
    services.hasher = &hasher;
    QString code;
    try {
        const QString hash = config.passwordFromStdin ? hasher.hash(password) : ActivationRoutes::NoPassword;
        SqlTransaction tx(*database);
        if (AccountStore::findByEmail(tx.db(), a.email)) {
            err() << "user add: an account already exists for " << a.email << Qt::endl;
            return 1;
        }
        AccountStore::insert(tx.db(), a, hash, false);
        if (!config.passwordFromStdin)
            code = ActivationRoutes::issue(services, tx.db(), a.email, QDateTime::currentMSecsSinceEpoch());
        tx.commit();
    } catch (const DbError& e) {
        err() << "user add: " << e.what() << Qt::endl;
        return 1;
    }
    if (!code.isEmpty()) {
        std::unique_ptr<Mailer> mailer;
        if (!config.mailDrop.isEmpty()) {
            QDir().mkpath(config.mailDrop);
            mailer = std::make_unique<MailDrop>(config.mailDrop, config.mailFrom);
        } else {
            mailer = std::make_unique<SmtpMailer>(config.smtpUrl, config.mailFrom);
        }
        mailer->send(MailTemplates::activationCode(a.email, code));
    }
    QTextStream(stdout) << "created " << a.role << " " << a.email << " (" << a.id << ")"
                        << (code.isEmpty() ? "" : "; activation code mailed") << Qt::endl;
    return 0;
}

int catalogueImport(const ServerConfig& config)
{
    QString error;
    const std::optional<Catalogue> catalogue = CatalogueStore::readFile(config.catalogueFile, &error);
    if (!catalogue) {
        err() << "catalogue import: " << error << Qt::endl;
        return 2;
    }
    const auto database = openMigrated(config);
    if (!database)
        return 1;
    int services = 0;
    for (const Commune& c : catalogue->communes)
        services += int(c.services.size());
    try {
        SqlTransaction tx(*database);
        CatalogueStore::import(tx.db(), *catalogue, CatalogueStore::ImportMode::Replace);
        tx.commit();
    } catch (const DbError& e) {
        err() << "catalogue import: " << e.what() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "imported " << catalogue->communes.size() << " communes and " << services << " services"
                        << Qt::endl;
    return 0;
}

} // namespace citoyens::server::OperatorCommands
