#include "QuotientRoutes.h"

#include "ApiParticulierClient.h"
#include "QuotientStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "auth/AccountStore.h"
#include "auth/Throttle.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

namespace citoyens::server {

namespace {

const QString Found = QStringLiteral("found");
const QString NotFound = QStringLiteral("not found");
const QString Unavailable = QStringLiteral("unavailable");

ThrottleRule askRule(int perHour)
{
    return ThrottleRule { perHour, perHour * 2, 3600 * 1000, false };
}

} // namespace

QuotientRoutes::QuotientRoutes(const ServiceDeps& deps, const AuthServices& auth, const QuotientDeps& quotient)
    : m_deps(deps)
    , m_auth(auth)
    , m_quotient(quotient)
{ }

void QuotientRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/me/family-quotient"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return obtainOwn(c); }));
    router.add(QStringLiteral("GET"), QStringLiteral("/me/family-quotient"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return current(c); }));
    router.add(QStringLiteral("POST"), QStringLiteral("/agent/citizens/{id}/family-quotient"),
               [this](const RequestContext& c) { return obtainAtDesk(c); });
}

HttpResponse QuotientRoutes::obtainOwn(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    // In an assisted session the agent asks, with the citizen beside them: the agent obtained it.
    return obtain(ctx, s.account.account.id, s.session.assistedBy, false);
}

HttpResponse QuotientRoutes::current(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString& accountId = s.account.account.id;
    const std::optional<FamilyQuotient> kept
        = QuotientStore::current(m_deps.database->connection(), accountId, RouteSupport::nowMs());
    if (!kept)
        throw Problem(404, ProblemCode::NotFound);
    if (!s.session.assistedBy.isEmpty())
        AuditLog::recordRead(*m_deps.database, ctx, s.session.assistedBy, accountId, AuditLog::FamilyQuotientOpened,
                             kept->id, AuditLog::assisted());
    return Responses::json(kept->toJson());
}

HttpResponse QuotientRoutes::obtainAtDesk(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredAccount> citizen = AccountStore::findById(db, ctx.pathId);
    if (!citizen || citizen->account.role != Account::RoleCitizen)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireKnownCitizen(db, s, citizen->account.id);
    return obtain(ctx, citizen->account.id, s.account.account.id, true);
}

HttpResponse QuotientRoutes::obtain(const RequestContext& ctx, const QString& citizenId, const QString& agentId,
                                    bool audited) const
{
    FieldErrors errors;
    const FamilyQuotientRequest request = FamilyQuotientRequest::fromJson(JsonBody::object(ctx), &errors);
    RouteSupport::throwIfInvalid(errors);
    RouteSupport::throwIfInvalid(request.check(QDate::currentDate()));
    if (!m_quotient.client || !m_quotient.client->configured())
        throw Problem(503, ProblemCode::QuotientNotConfigured);

    qint64 now = RouteSupport::nowMs();
    {
        QList<Throttle::Counted> counted { { QStringLiteral("quotient:") + citizenId, askRule(CitizenAsksPerHour) } };
        if (!agentId.isEmpty())
            counted.append({ QStringLiteral("quotient-agent:") + agentId, askRule(AgentAsksPerHour) });
        SqlTransaction tx(*m_deps.database);
        const qint64 wait = m_auth.throttle->admit(tx.db(), counted, now);
        tx.commit();
        if (wait > 0)
            throw Throttle::tooManyRequests(wait);
    }

    const ApiParticulierClient::Result result = m_quotient.client->fetch(request);
    now = RouteSupport::nowMs();
    if (result.outcome != ApiParticulierClient::Outcome::Found) {
        const bool notFound = result.outcome == ApiParticulierClient::Outcome::NotFound;
        if (audited) {
            SqlTransaction tx(*m_deps.database);
            AuditLog::record(tx.db(), ctx, agentId, citizenId, AuditLog::FamilyQuotientRequested, citizenId,
                             notFound ? NotFound : Unavailable);
            tx.commit();
        }
        if (notFound)
            throw Problem(404, ProblemCode::QuotientNotFound);
        Problem unavailable(503, ProblemCode::QuotientUnavailable);
        if (result.retryAfterSeconds > 0)
            unavailable.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(result.retryAfterSeconds));
        throw unavailable;
    }

    StoredQuotient kept;
    FamilyQuotient& q = kept.quotient;
    q.id = TokenService::newId();
    q.valeur = result.valeur;
    q.fournisseur = result.fournisseur;
    q.mois = result.mois;
    q.annee = result.annee;
    q.obtainedAt = RouteSupport::instant(now);
    q.expiresAt = q.obtainedAt.addMonths(m_quotient.validityMonths);
    kept.accountId = citizenId;
    kept.obtainedBy = agentId.isEmpty() ? citizenId : agentId;
    SqlTransaction tx(*m_deps.database);
    QuotientStore::insert(tx.db(), kept);
    if (audited)
        AuditLog::record(tx.db(), ctx, agentId, citizenId, AuditLog::FamilyQuotientRequested, q.id, Found);
    tx.commit();
    return Responses::json(q.toJson(), 201);
}

} // namespace citoyens::server
