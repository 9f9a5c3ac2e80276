#include "DemoData.h"

#include "Logging.h"
#include "auth/AccountStore.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "services/CatalogueStore.h"

#include <QDateTime>

namespace citoyens::server::DemoData {

namespace {

struct DemoAccount
{
    const char* email;
    const char* password;
    const char* civility;
    const char* firstName;
    const char* lastName;
    const char* role;
    const char* commune; // agents only
    bool mustChangePassword;
};

const DemoAccount Accounts[] = {
    { "marie.dupont@example.org", "Citoyens-2026!", "Mme", "Marie", "Dupont", "citizen", nullptr, false },
    // Created before the password policy: must choose a new password at first sign-in.
    { "jean.martin@example.org", "puyenvelay", "M", "Jean", "Martin", "citizen", nullptr, true },
    { "agent.aiguilhe@example.org", "Guichet-Aiguilhe-2026", "M", "Agent", "Aiguilhe", "agent", "AIGUILHE", false },
    { "agent.allegre@example.org", "Guichet-Allegre-2026", "Mme", "Agent", "Allègre", "agent", "ALLÈGRE", false },
    { "agent.bains@example.org", "Guichet-Bains-2026", "M", "Agent", "Bains", "agent", "BAINS", false },
    { "agent.rosieres@example.org", "Guichet-Rosieres-2026", "Mme", "Agent", "Rosières", "agent", "ROSIÈRES", false },
    { "admin@example.org", "Admin-Citoyens-2026", "Mme", "Claire", "Administratrice", "administrator", nullptr, false },
};

} // namespace

bool ensure(Database& database, const PasswordHasher& hasher, QString* error)
{
    const std::optional<Catalogue> catalogue = CatalogueStore::readFile(CatalogueResource, error);
    if (!catalogue)
        return false;
    try {
        {
            SqlTransaction tx(database);
            CatalogueStore::import(tx.db(), *catalogue, CatalogueStore::ImportMode::Merge);
            tx.commit();
        }
        for (const DemoAccount& demo : Accounts) {
            const QString email = QString::fromUtf8(demo.email);
            if (AccountStore::findByEmail(database.connection(), email))
                continue;
            Account a;
            a.id = TokenService::newId();
            a.email = email;
            a.civility = QString::fromUtf8(demo.civility);
            a.firstName = QString::fromUtf8(demo.firstName);
            a.lastName = QString::fromUtf8(demo.lastName);
            a.role = QString::fromUtf8(demo.role);
            if (demo.commune)
                a.communes = { QString::fromUtf8(demo.commune) };
            a.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
            const QString hash = hasher.hash(QString::fromUtf8(demo.password));
            SqlTransaction tx(database);
            if (AccountStore::findByEmail(tx.db(), email))
                continue; // another process was quicker
            AccountStore::insert(tx.db(), a, hash, demo.mustChangePassword);
            tx.commit();
            qCInfo(lcServer).noquote() << "demo account created:" << email;
        }
    } catch (const DbError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace citoyens::server::DemoData
