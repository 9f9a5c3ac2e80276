#include "CodeCheck.h"

#include "AuthServices.h"
#include "PasswordHasher.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"

#include <QDateTime>

namespace citoyens::server::CodeCheck {

PendingCode consume(const AuthServices& services, const QString& purpose, const QString& email, const QString& code)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<PendingCode> pending;
    {
        SqlTransaction tx(*services.database);
        pending = CodeStore::find(tx.db(), purpose, email);
        if (pending && now > pending->expiresAt) {
            CodeStore::remove(tx.db(), purpose, email);
            tx.commit();
            throw Problem(410, QStringLiteral("code_expired"));
        }
        if (pending && !CodeStore::consumeAttempt(tx.db(), purpose, email, services.settings.codeMaxAttempts)) {
            tx.commit();
            throw Problem(429, QStringLiteral("too_many_attempts"));
        }
        tx.commit();
    }
    // The Argon2 work happens outside the transaction and for unknown addresses too.
    if (!pending) {
        services.hasher->dummyVerify(code);
        throw Problem(400, QStringLiteral("invalid_code"));
    }
    if (!services.hasher->verify(pending->codeHash, code))
        throw Problem(400, QStringLiteral("invalid_code"));
    return *pending;
}

} // namespace citoyens::server::CodeCheck
