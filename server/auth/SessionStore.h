#pragma once

#include "AccountStore.h"
#include "AuthSettings.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens::server {

class Database;

struct SessionRow
{
    QString id;
    QString accountId;
    QString familyId;
    qint64 lastSeenAt = 0;
    qint64 accessExpiresAt = 0;
    qint64 refreshExpiresAt = 0; // 0 without a refresh token
    bool revoked = false;
    QString assistedBy; // the agent, in a session opened on the citizen's behalf
    QString openedBy; // in such a session, the agent's own session that opened it
    // In such a session, the communes the agent serves (as stored for the agent's account):
    // what a desk would see of the citizen is what the session sees (AccessPolicy::deskCommunes).
    QStringList agentCommunes;
};

struct SessionWithAccount
{
    SessionRow session;
    StoredAccount account;
    // In an assisted session, the agent's session that opened it (id, lastSeenAt,
    // accessExpiresAt, revoked); none when that row is gone.
    std::optional<SessionRow> opener;
};

struct IssuedTokens
{
    QString sessionId;
    QByteArray accessToken;
    QByteArray refreshToken; // empty unless "remember"
};

// SQL for the sessions table: one row per (access, refresh) pair, grouped in families that
// a refresh extends and a reuse revokes.
class SessionStore
{
public:
    explicit SessionStore(const AuthSettings& settings);

    // Starts a family when `familyId` is empty.
    IssuedTokens create(const QSqlDatabase& db, const QString& accountId, const QString& familyId, bool remember,
                        qint64 now) const;
    // The session of an access token and its account (with its communes), in one query: read
    // for every authenticated request. An assisted session comes with its opener and the
    // agent's communes, in that same query.
    std::optional<SessionWithAccount> findWithAccountByAccessHash(Database& database, const QString& hash) const;
    // A session of `accountId` opened by the agent `agentId` from the agent's session
    // `openerSessionId`: no refresh token, it ends `lifetimeMs` after it starts whatever the
    // activity, and sooner with the agent's session (AuthGuard).
    IssuedTokens createAssisted(const QSqlDatabase& db, const QString& accountId, const QString& agentId,
                                const QString& openerSessionId, qint64 lifetimeMs, qint64 now) const;
    std::optional<SessionRow> findByAccessHash(const QSqlDatabase& db, const QString& hash) const;
    std::optional<SessionRow> findByRefreshHash(const QSqlDatabase& db, const QString& hash) const;
    // Slides the idle clock of `id`, and of `openerId` (an assisted session's agent session:
    // the agent working for the citizen is the agent's activity) in the same statement.
    void touch(const QSqlDatabase& db, const QString& id, qint64 now, const QString& openerId = {}) const;
    // The live assisted sessions opened from a session of the family `familyId`.
    QList<SessionRow> assistedOpenedIn(const QSqlDatabase& db, const QString& familyId) const;
    // The agent's session `oldId` was refreshed into `newId`: its assisted sessions follow.
    void moveAssisted(const QSqlDatabase& db, const QString& oldId, const QString& newId) const;
    // False when the session was already revoked (e.g. a concurrent refresh won).
    bool revoke(const QSqlDatabase& db, const QString& id, qint64 now) const;
    void revokeFamily(const QSqlDatabase& db, const QString& familyId, qint64 now) const;
    // Every session of the account except the family of `keepFamilyId` (when given), and every
    // assisted session opened from one of the account's sessions (the kept family's too: a
    // changed password ends the agent's assisted sessions).
    void revokeAccount(const QSqlDatabase& db, const QString& accountId, qint64 now,
                       const QString& keepFamilyId = {}) const;

private:
    template<typename Row> static SessionRow fromRow(const Row& q);
    std::optional<SessionRow> findBy(const QSqlDatabase& db, const char* column, const QString& hash) const;

    AuthSettings m_settings;
};

} // namespace citoyens::server
