#include "IdempotencyStore.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace citoyens::server::IdempotencyStore {

std::optional<Record> find(const QSqlDatabase& db, const QString& accountId, const QString& key)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral(
            "SELECT route, request_hash, status, response_body FROM idempotency_keys WHERE account_id = ? AND "
            "idem_key = ?"),
        { accountId, key });
    if (!q.next())
        return std::nullopt;
    return Record { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString().toUtf8() };
}

void begin(const QSqlDatabase& db, const QString& accountId, const QString& key, const QString& route,
           const QString& requestHash, qint64 now)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO idempotency_keys (idem_key, account_id, route, request_hash, status, "
                                 "created_at) VALUES (?, ?, ?, ?, 0, ?)"),
                  { key, accountId, route, requestHash, now });
}

void complete(const QSqlDatabase& db, const QString& accountId, const QString& key, int status,
              const QByteArray& responseBody)
{
    Database::run(
        db,
        QStringLiteral(
            "UPDATE idempotency_keys SET status = ?, response_body = ? WHERE account_id = ? AND idem_key = ?"),
        { status, QString::fromUtf8(responseBody), accountId, key });
}

void forget(const QSqlDatabase& db, const QString& accountId, const QString& key)
{
    Database::run(db, QStringLiteral("DELETE FROM idempotency_keys WHERE account_id = ? AND idem_key = ?"),
                  { accountId, key });
}

} // namespace citoyens::server::IdempotencyStore
