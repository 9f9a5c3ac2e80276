#pragma once

#include <QString>

namespace citoyens::server {

class Database;
class PasswordHasher;

// The demo accounts of docs/architecture/accounts.md. Idempotent: an address that already
// has an account is left as it is.
namespace DemoData {

bool ensure(Database& database, const PasswordHasher& hasher, QString* error);

} // namespace DemoData

} // namespace citoyens::server
