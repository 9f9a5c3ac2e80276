#include "AccessPolicy.h"

#include "SessionStore.h"
#include "TokenService.h"
#include "audit/AuditLog.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/SqlLists.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "models/Account.h"
#include "models/ProblemCodes.h"

#include <QSqlQuery>

namespace citoyens::server {

AccessPolicy::AccessPolicy(Database& database, const AuthGuard& guard, const SessionStore& sessions)
    : m_database(database)
    , m_guard(guard)
    , m_sessions(sessions)
{ }

AuthenticatedSession AccessPolicy::own(const RequestContext& ctx, AuthGuard::Access access) const
{
    return m_guard.require(ctx, access);
}

AuthenticatedSession AccessPolicy::inPerson(const RequestContext& ctx, AuthGuard::Access access) const
{
    AuthenticatedSession s = m_guard.require(ctx, access);
    if (!s.session.assistedBy.isEmpty())
        throw Problem(403, ProblemCode::NotAllowedWhileAssisting);
    return s;
}

AuthenticatedSession AccessPolicy::agent(const RequestContext& ctx) const
{
    AuthenticatedSession s = m_guard.require(ctx);
    if (s.account.account.role != Account::RoleAgent || !s.session.assistedBy.isEmpty())
        throw Problem(403, ProblemCode::Forbidden);
    return s;
}

AuthenticatedSession AccessPolicy::administrator(const RequestContext& ctx) const
{
    AuthenticatedSession s = m_guard.require(ctx);
    if (s.account.account.role != Account::RoleAdministrator || !s.session.assistedBy.isEmpty())
        throw Problem(403, ProblemCode::AdministratorsOnly);
    return s;
}

void AccessPolicy::requireOwner(const AuthenticatedSession& s, const QString& ownerId)
{
    requireOwner(s.account.account.id, ownerId);
}

void AccessPolicy::requireOwner(const QString& callerId, const QString& ownerId)
{
    if (ownerId.isEmpty() || ownerId != callerId)
        throw Problem(404, ProblemCode::NotFound);
}

QStringList AccessPolicy::communes(const QSqlDatabase& db, const AuthenticatedSession& agent)
{
    if (agent.account.account.role != Account::RoleAgent)
        return {};
    return CatalogueStore::communeIds(db, agent.account.account.communes);
}

void AccessPolicy::requireCommune(const QSqlDatabase& db, const AuthenticatedSession& agent, const QString& communeId)
{
    if (communeId.isEmpty() || !communes(db, agent).contains(communeId))
        throw Problem(404, ProblemCode::NotFound);
}

QStringList AccessPolicy::deskCommunes(const QSqlDatabase& db, const AuthenticatedSession& s)
{
    if (!s.session.assistedBy.isEmpty())
        return s.session.agentCommunes.isEmpty() ? QStringList()
                                                 : CatalogueStore::communeIds(db, s.session.agentCommunes);
    return communes(db, s);
}

QStringList AccessPolicy::liveCommunes(const QSqlDatabase& db, const AuthenticatedSession& agent,
                                       const QString& citizenId)
{
    const QStringList mine = deskCommunes(db, agent);
    if (mine.isEmpty())
        return {};
    QVariantList values { citizenId };
    values += SqlLists::values(mine);
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT DISTINCT commune_id FROM subscriptions WHERE account_id = ? "
                                               "AND status IN ('pending', 'incomplete', 'approved') "
                                               "AND commune_id IN (%1) ORDER BY commune_id")
                                    .arg(SqlLists::placeholders(mine.size())),
                                values);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool AccessPolicy::knowsCitizen(const QSqlDatabase& db, const AuthenticatedSession& agent, const QString& citizenId)
{
    const QStringList mine = communes(db, agent);
    if (mine.isEmpty() || citizenId.isEmpty())
        return false;
    QVariantList values { citizenId };
    values += SqlLists::values(mine);
    values.append(citizenId);
    values += SqlLists::values(mine);
    const QString in = SqlLists::placeholders(mine.size());
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT 1 FROM accounts a WHERE a.role = 'citizen' AND (EXISTS (SELECT 1 FROM subscriptions s "
                       "WHERE s.account_id = ? AND s.commune_id IN (%1)) OR EXISTS (SELECT 1 FROM citizen_communes cc "
                       "WHERE cc.account_id = ? AND cc.commune_id IN (%1))) AND a.id = ?")
            .arg(in),
        values + QVariantList { citizenId });
    return q.next();
}

QString AccessPolicy::readingAgent(const AuthenticatedSession& s, const QString& ownerId)
{
    if (!s.session.assistedBy.isEmpty())
        return s.session.assistedBy;
    return ownerId == s.account.account.id ? QString() : s.account.account.id;
}

bool AccessPolicy::assistedSeesPhotoAndPai(const QSqlDatabase& db, const AuthenticatedSession& s)
{
    return s.session.assistedBy.isEmpty() || !liveCommunes(db, s, s.account.account.id).isEmpty();
}

void AccessPolicy::requireKnownCitizen(const QSqlDatabase& db, const AuthenticatedSession& agent,
                                       const QString& citizenId)
{
    if (!knowsCitizen(db, agent, citizenId))
        throw Problem(404, ProblemCode::NotFound);
}

AccessPolicy::Handler AccessPolicy::auditingAssisted(const AccessPolicy* policy, Handler handler)
{
    if (!policy)
        return handler;
    return [policy, handler = std::move(handler)](const RequestContext& ctx) {
        if (ctx.method == QLatin1String("GET"))
            return handler(ctx);
        const QByteArray token = ctx.bearerToken();
        const std::optional<SessionRow> session = token.isEmpty()
            ? std::nullopt
            : policy->m_sessions.findByAccessHash(policy->m_database.connection(), TokenService::hashToken(token));
        if (!session || session->assistedBy.isEmpty())
            return handler(ctx);
        const auto write = [&](const QSqlDatabase& db) {
            AuditLog::record(db, ctx, session->assistedBy, session->accountId, AuditLog::AssistedChange, ctx.pathId,
                             ctx.method + QLatin1Char(' ') + ctx.path);
        };
        // Written in the change's own transaction; a change made without one is traced after.
        SqlTransaction::BeforeFirstCommit trace(write);
        HttpResponse response = handler(ctx);
        // A replayed answer (Idempotency-Key) made no change.
        if (!trace.ran() && response.statusCode() < 400
            && response.header(QByteArrayLiteral("Idempotent-Replayed")).isEmpty()) {
            SqlTransaction tx(policy->m_database);
            write(tx.db());
            tx.commit();
        }
        return response;
    };
}

} // namespace citoyens::server
