#pragma once

#include <QString>

namespace citoyens::server {

class Database;
class PasswordHasher;

// The demo data: the web platform's catalogue (server/catalogue/demo-catalogue.json, in the qrc) and
// the demo accounts of docs/architecture/accounts.md and services.md (one agent per
// commune). Idempotent: the catalogue is merged again, an address that already has an
// account is left as it is.
namespace DemoData {

inline const QString CatalogueResource = QStringLiteral(":/catalogue/demo-catalogue.json");

bool ensure(Database& database, const PasswordHasher& hasher, QString* error);

} // namespace DemoData

} // namespace citoyens::server
