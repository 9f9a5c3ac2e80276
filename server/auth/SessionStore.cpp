#include "SessionStore.h"

#include "TokenService.h"
#include "db/CachedQuery.h"
#include "db/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server {

SessionStore::SessionStore(const AuthSettings& settings)
    : m_settings(settings)
{ }

IssuedTokens SessionStore::create(const QSqlDatabase& db, const QString& accountId, const QString& familyId,
                                  bool remember, qint64 now) const
{
    IssuedTokens tokens;
    tokens.sessionId = TokenService::newId();
    tokens.accessToken = TokenService::newToken();
    if (remember)
        tokens.refreshToken = TokenService::newToken();
    Database::run(
        db,
        QStringLiteral("INSERT INTO sessions (id, account_id, family_id, access_hash, refresh_hash, created_at, "
                       "last_seen_at, access_expires_at, refresh_expires_at, revoked_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
        { tokens.sessionId, accountId, familyId.isEmpty() ? TokenService::newId() : familyId,
          TokenService::hashToken(tokens.accessToken),
          remember ? QVariant(TokenService::hashToken(tokens.refreshToken)) : nullText(), now, now,
          now + m_settings.accessLifetimeMs,
          remember ? QVariant(now + m_settings.refreshLifetimeMs) : QVariant(QMetaType::fromType<qint64>()) });
    return tokens;
}

IssuedTokens SessionStore::createAssisted(const QSqlDatabase& db, const QString& accountId, const QString& agentId,
                                          qint64 lifetimeMs, qint64 now) const
{
    IssuedTokens tokens;
    tokens.sessionId = TokenService::newId();
    tokens.accessToken = TokenService::newToken();
    Database::run(
        db,
        QStringLiteral("INSERT INTO sessions (id, account_id, family_id, access_hash, refresh_hash, created_at, "
                       "last_seen_at, access_expires_at, refresh_expires_at, revoked_at, assisted_by) "
                       "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, NULL, ?)"),
        { tokens.sessionId, accountId, TokenService::newId(), TokenService::hashToken(tokens.accessToken), now, now,
          now + std::min(lifetimeMs, m_settings.accessLifetimeMs), agentId });
    return tokens;
}

std::optional<SessionRow> SessionStore::findBy(const QSqlDatabase& db, const char* column, const QString& hash) const
{
    CachedQuery q(db,
                  QStringLiteral("SELECT id, account_id, family_id, last_seen_at, access_expires_at, "
                                 "refresh_expires_at, revoked_at, assisted_by FROM sessions WHERE %1 = ?")
                      .arg(QLatin1String(column)),
                  { hash });
    if (!q.next())
        return std::nullopt;
    SessionRow row;
    row.id = q.value(0).toString();
    row.accountId = q.value(1).toString();
    row.familyId = q.value(2).toString();
    row.lastSeenAt = q.value(3).toLongLong();
    row.accessExpiresAt = q.value(4).toLongLong();
    row.refreshExpiresAt = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    row.revoked = !q.value(6).isNull();
    row.assistedBy = q.value(7).toString();
    return row;
}

std::optional<SessionRow> SessionStore::findByAccessHash(const QSqlDatabase& db, const QString& hash) const
{
    return findBy(db, "access_hash", hash);
}

std::optional<SessionRow> SessionStore::findByRefreshHash(const QSqlDatabase& db, const QString& hash) const
{
    return findBy(db, "refresh_hash", hash);
}

void SessionStore::touch(const QSqlDatabase& db, const QString& id, qint64 now) const
{
    Database::run(db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?"),
                  { now, id, now });
}

bool SessionStore::revoke(const QSqlDatabase& db, const QString& id, qint64 now) const
{
    return Database::run(db, QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                         { now, id })
               .numRowsAffected()
        == 1;
}

void SessionStore::revokeFamily(const QSqlDatabase& db, const QString& familyId, qint64 now) const
{
    Database::run(db, QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
                  { now, familyId });
}

void SessionStore::revokeAccount(const QSqlDatabase& db, const QString& accountId, qint64 now,
                                 const QString& keepFamilyId) const
{
    if (keepFamilyId.isEmpty()) {
        Database::run(db,
                      QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL"),
                      { now, accountId });
        return;
    }
    Database::run(db,
                  QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND family_id <> ? "
                                 "AND revoked_at IS NULL"),
                  { now, accountId, keepFamilyId });
}

} // namespace citoyens::server
