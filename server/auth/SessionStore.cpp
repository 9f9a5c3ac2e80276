#include "SessionStore.h"

#include "TokenService.h"
#include "db/CachedQuery.h"
#include "db/Database.h"
#include "db/FastRead.h"

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
                                          const QString& openerSessionId, qint64 lifetimeMs, qint64 now) const
{
    IssuedTokens tokens;
    tokens.sessionId = TokenService::newId();
    tokens.accessToken = TokenService::newToken();
    Database::run(
        db,
        QStringLiteral("INSERT INTO sessions (id, account_id, family_id, access_hash, refresh_hash, created_at, "
                       "last_seen_at, access_expires_at, refresh_expires_at, revoked_at, assisted_by, opened_by) "
                       "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, NULL, ?, ?)"),
        { tokens.sessionId, accountId, TokenService::newId(), TokenService::hashToken(tokens.accessToken), now, now,
          now + std::min(lifetimeMs, m_settings.accessLifetimeMs), agentId, openerSessionId });
    return tokens;
}

namespace {

const QString SessionColumns = QStringLiteral("s.id, s.account_id, s.family_id, s.last_seen_at, s.access_expires_at, "
                                              "s.refresh_expires_at, s.revoked_at, s.assisted_by, s.opened_by");
constexpr int SessionColumnCount = 9;

} // namespace

template<typename Row> SessionRow SessionStore::fromRow(const Row& q)
{
    SessionRow row;
    row.id = q.value(0).toString();
    row.accountId = q.value(1).toString();
    row.familyId = q.value(2).toString();
    row.lastSeenAt = q.value(3).toLongLong();
    row.accessExpiresAt = q.value(4).toLongLong();
    row.refreshExpiresAt = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    row.revoked = !q.value(6).isNull();
    row.assistedBy = q.value(7).toString();
    row.openedBy = q.value(8).toString();
    return row;
}

std::optional<SessionRow> SessionStore::findBy(const QSqlDatabase& db, const char* column, const QString& hash) const
{
    CachedQuery q(db,
                  QStringLiteral("SELECT %1 FROM sessions s WHERE s.%2 = ?").arg(SessionColumns, QLatin1String(column)),
                  { hash });
    if (!q.next())
        return std::nullopt;
    return fromRow(q.query());
}

std::optional<SessionWithAccount> SessionStore::findWithAccountByAccessHash(Database& database,
                                                                            const QString& hash) const
{
    // One row per commune of the account (agents) — in an assisted session, of the agent who
    // opened it —, or one row with a NULL commune; the opener's state on each.
    static const QString sql = QStringLiteral("SELECT %1, %2, c.commune, o.id, o.last_seen_at, o.access_expires_at, "
                                              "o.revoked_at FROM sessions s "
                                              "JOIN accounts a ON a.id = s.account_id "
                                              "LEFT JOIN sessions o ON o.id = s.opened_by "
                                              "LEFT JOIN account_communes c ON c.account_id = "
                                              "COALESCE(s.assisted_by, a.id) "
                                              "WHERE s.access_hash = ? ORDER BY c.commune")
                                   .arg(SessionColumns, AccountStore::columns(QStringLiteral("a")));
    constexpr int communeColumn = SessionColumnCount + AccountStore::ColumnCount;
    constexpr int openerColumn = communeColumn + 1;
    FastRead q(database, sql, { hash });
    if (!q.next())
        return std::nullopt;
    SessionWithAccount found { fromRow(q), AccountStore::fromRow(q, SessionColumnCount), std::nullopt };
    const bool assisted = !found.session.assistedBy.isEmpty();
    if (!q.value(openerColumn).isNull()) {
        SessionRow opener;
        opener.id = q.value(openerColumn).toString();
        opener.lastSeenAt = q.value(openerColumn + 1).toLongLong();
        opener.accessExpiresAt = q.value(openerColumn + 2).toLongLong();
        opener.revoked = !q.value(openerColumn + 3).isNull();
        found.opener = opener;
    }
    QStringList& communes = assisted ? found.session.agentCommunes : found.account.account.communes;
    do {
        const QVariant commune = q.value(communeColumn);
        if (!commune.isNull())
            communes.append(commune.toString());
    } while (q.next());
    return found;
}

std::optional<SessionRow> SessionStore::findByAccessHash(const QSqlDatabase& db, const QString& hash) const
{
    return findBy(db, "access_hash", hash);
}

std::optional<SessionRow> SessionStore::findByRefreshHash(const QSqlDatabase& db, const QString& hash) const
{
    return findBy(db, "refresh_hash", hash);
}

void SessionStore::touch(const QSqlDatabase& db, const QString& id, qint64 now, const QString& openerId) const
{
    if (openerId.isEmpty()) {
        Database::run(db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?"),
                      { now, id, now });
        return;
    }
    Database::run(db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id IN (?, ?) AND last_seen_at < ?"),
                  { now, id, openerId, now });
}

QList<SessionRow> SessionStore::assistedOpenedIn(const QSqlDatabase& db, const QString& familyId) const
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT %1 FROM sessions s JOIN sessions o ON o.id = s.opened_by "
                                               "WHERE o.family_id = ? AND s.revoked_at IS NULL")
                                    .arg(SessionColumns),
                                { familyId });
    QList<SessionRow> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

void SessionStore::moveAssisted(const QSqlDatabase& db, const QString& oldId, const QString& newId) const
{
    Database::run(db, QStringLiteral("UPDATE sessions SET opened_by = ? WHERE opened_by = ?"), { newId, oldId });
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
    // Assisted sessions opened from any of its sessions, the kept family's included.
    Database::run(db,
                  QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE opened_by IN (SELECT id FROM sessions "
                                 "WHERE account_id = ?) AND revoked_at IS NULL"),
                  { now, accountId });
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
