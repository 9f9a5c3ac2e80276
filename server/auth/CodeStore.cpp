#include "CodeStore.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace citoyens::server::CodeStore {

void put(const QSqlDatabase& db, const QString& purpose, const QString& email, const QString& codeHash,
         const QString& payload, qint64 now, qint64 expiresAt)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO pending_codes (purpose, email, code_hash, payload, attempts, created_at, "
                                 "expires_at) VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (purpose, email) DO UPDATE SET "
                                 "code_hash = excluded.code_hash, payload = excluded.payload, attempts = 0, "
                                 "created_at = excluded.created_at, expires_at = excluded.expires_at"),
                  { purpose, email, codeHash, payload.isEmpty() ? nullText() : QVariant(payload), now, expiresAt });
}

std::optional<PendingCode> find(const QSqlDatabase& db, const QString& purpose, const QString& email)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral(
            "SELECT code_hash, payload, attempts, expires_at FROM pending_codes WHERE purpose = ? AND email = ?"),
        { purpose, email });
    if (!q.next())
        return std::nullopt;
    return PendingCode { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong() };
}

bool consumeAttempt(const QSqlDatabase& db, const QString& purpose, const QString& email, int maxAttempts)
{
    const QSqlQuery q = Database::run(db,
                                      QStringLiteral("UPDATE pending_codes SET attempts = attempts + 1 "
                                                     "WHERE purpose = ? AND email = ? AND attempts < ?"),
                                      { purpose, email, maxAttempts });
    return q.numRowsAffected() == 1;
}

void remove(const QSqlDatabase& db, const QString& purpose, const QString& email)
{
    Database::run(db, QStringLiteral("DELETE FROM pending_codes WHERE purpose = ? AND email = ?"), { purpose, email });
}

bool take(const QSqlDatabase& db, const QString& purpose, const QString& email)
{
    return Database::run(db, QStringLiteral("DELETE FROM pending_codes WHERE purpose = ? AND email = ?"),
                         { purpose, email })
               .numRowsAffected()
        == 1;
}

} // namespace citoyens::server::CodeStore
