#include "CodeStore.h"

#include "TokenService.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace citoyens::server::CodeStore {

void put(const QSqlDatabase& db, const QString& purpose, const QString& email, const QString& codeHash,
         const QString& payload, qint64 now, qint64 expiresAt, int keep)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO pending_codes (id, purpose, email, code_hash, payload, created_at, "
                                 "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  { TokenService::newId(), purpose, email, codeHash, payload.isEmpty() ? nullText() : QVariant(payload),
                    now, expiresAt });
    Database::run(db,
                  QStringLiteral("DELETE FROM pending_codes WHERE purpose = ? AND email = ? AND id NOT IN (SELECT id "
                                 "FROM pending_codes WHERE purpose = ? AND email = ? ORDER BY created_at DESC, id "
                                 "LIMIT ?)"),
                  { purpose, email, purpose, email, keep });
}

QList<PendingCode> newest(const QSqlDatabase& db, const QString& purpose, const QString& email, int limit)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT id, code_hash, payload, expires_at FROM pending_codes WHERE "
                                               "purpose = ? AND email = ? ORDER BY created_at DESC, id LIMIT ?"),
                                { purpose, email, limit });
    QList<PendingCode> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong() });
    return out;
}

void remove(const QSqlDatabase& db, const QString& id)
{
    Database::run(db, QStringLiteral("DELETE FROM pending_codes WHERE id = ?"), { id });
}

bool take(const QSqlDatabase& db, const QString& id)
{
    return Database::run(db, QStringLiteral("DELETE FROM pending_codes WHERE id = ?"), { id }).numRowsAffected() == 1;
}

void removeAll(const QSqlDatabase& db, const QString& purpose, const QString& email)
{
    Database::run(db, QStringLiteral("DELETE FROM pending_codes WHERE purpose = ? AND email = ?"), { purpose, email });
}

} // namespace citoyens::server::CodeStore
