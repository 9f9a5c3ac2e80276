#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace citoyens::server {

// SQL for the idempotency_keys table: what a POST with an Idempotency-Key answered, so that
// the same key with the same body replays it (from any server process).
namespace IdempotencyStore {

struct Record
{
    QString route; // "POST /agent/subscriptions/<id>/decision": what the key was first used for
    QString requestHash;
    int status = 0; // 0: the first request is still running
    QByteArray responseBody;
};

std::optional<Record> find(const QSqlDatabase& db, const QString& accountId, const QString& key);
// Records a request as running. Throws DbError when the key is already taken (a race).
void begin(const QSqlDatabase& db, const QString& accountId, const QString& key, const QString& route,
           const QString& requestHash, qint64 now);
void complete(const QSqlDatabase& db, const QString& accountId, const QString& key, int status,
              const QByteArray& responseBody);
// Drops a key whose request failed without effect, so that it can be tried again.
void forget(const QSqlDatabase& db, const QString& accountId, const QString& key);

} // namespace IdempotencyStore

} // namespace citoyens::server
