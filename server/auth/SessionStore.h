#pragma once

#include "AccountStore.h"
#include "AuthSettings.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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
};

struct SessionWithAccount
{
    SessionRow session;
    StoredAccount account;
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
    // for every authenticated request.
    std::optional<SessionWithAccount> findWithAccountByAccessHash(Database& database, const QString& hash) const;
    // A session of `accountId` opened by the agent `agentId`: no refresh token, and it ends
    // `lifetimeMs` after it starts whatever the activity.
    IssuedTokens createAssisted(const QSqlDatabase& db, const QString& accountId, const QString& agentId,
                                qint64 lifetimeMs, qint64 now) const;
    std::optional<SessionRow> findByAccessHash(const QSqlDatabase& db, const QString& hash) const;
    std::optional<SessionRow> findByRefreshHash(const QSqlDatabase& db, const QString& hash) const;
    void touch(const QSqlDatabase& db, const QString& id, qint64 now) const;
    // False when the session was already revoked (e.g. a concurrent refresh won).
    bool revoke(const QSqlDatabase& db, const QString& id, qint64 now) const;
    void revokeFamily(const QSqlDatabase& db, const QString& familyId, qint64 now) const;
    // Every session of the account except the family of `keepSessionId` (when given).
    void revokeAccount(const QSqlDatabase& db, const QString& accountId, qint64 now,
                       const QString& keepFamilyId = {}) const;

private:
    template<typename Row> static SessionRow fromRow(const Row& q);
    std::optional<SessionRow> findBy(const QSqlDatabase& db, const char* column, const QString& hash) const;

    AuthSettings m_settings;
};

} // namespace citoyens::server
