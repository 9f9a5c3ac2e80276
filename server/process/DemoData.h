#pragma once

#include <QString>

namespace citoyens::server {

class Database;
class FileStore;
class PasswordHasher;
class SandboxPaymentProvider;
class TopUpSettlement;

// The demo data: the web platform's catalogue (server/catalogue/demo-catalogue.json, in the qrc),
// the demo accounts of docs/architecture/accounts.md and services.md (one agent per commune)
// and a family ready to book (Mme Sophie Bernard: two children and two requests of Rosières
// approved by the Rosières agent, a wallet topped up with 50 € through the sandbox). Idempotent:
// the catalogue is merged again, an address that already has an account is left as it is, and
// the family is made only together with its account.
namespace DemoData {

inline constexpr qint64 FamilyTopUpCents = 5000;
inline const QString CatalogueResource = QStringLiteral(":/catalogue/demo-catalogue.json");
inline const QString FamilyEmail = QStringLiteral("sophie.bernard@example.org");

// What the family is made with: the uploads' folder for its documents, and the sandbox payment
// provider with its settlement for its top-up (both null without a provider: no top-up).
struct FamilyDeps
{
    FileStore* files = nullptr;
    SandboxPaymentProvider* sandbox = nullptr;
    TopUpSettlement* settlement = nullptr;
};

bool ensure(Database& database, const PasswordHasher& hasher, const FamilyDeps& family, QString* error);

} // namespace DemoData

} // namespace citoyens::server
