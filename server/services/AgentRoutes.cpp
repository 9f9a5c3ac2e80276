#include "AgentRoutes.h"

#include "BeneficiaryStore.h"
#include "CatalogueStore.h"
#include "DecisionTexts.h"
#include "NotificationStore.h"
#include "RouteSupport.h"
#include "SubscriptionStore.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"

namespace citoyens::server {

namespace {

constexpr int MaxReasonLength = 1000;

struct Decision
{
    QString status; // the status it leads to
    QString reason;
};

// {decision: approve|reject|incomplete, reason}: a reason is required unless approving.
Decision readDecision(const RequestContext& ctx)
{
    JsonReader r(JsonBody::object(ctx));
    const QString decision = r.string(QStringLiteral("decision"));
    const QString reason = r.string(QStringLiteral("reason"), false).trimmed();
    RouteSupport::throwIfInvalid(r.errors());
    const QString status = DecisionTexts::statusFor(decision);
    FieldErrors errors;
    if (status.isEmpty())
        errors.append({ QStringLiteral("decision"), FieldCode::InvalidChoice });
    if ((decision == DecisionTexts::Reject || decision == DecisionTexts::Incomplete) && reason.isEmpty())
        errors.append({ QStringLiteral("reason"), FieldCode::Required });
    if (reason.size() > MaxReasonLength)
        errors.append({ QStringLiteral("reason"), FieldCode::TooLong });
    RouteSupport::throwIfInvalid(errors);
    return { status, reason };
}

void requireUndecided(const QString& status)
{
    if (status != Subscription::StatusPending && status != Subscription::StatusIncomplete)
        throw Problem(409, ProblemCode::AlreadyDecided);
}

void notify(const QSqlDatabase& db, const QString& accountId, Notification n, qint64 now)
{
    n.id = TokenService::newId();
    n.createdAt = RouteSupport::instant(now);
    NotificationStore::insert(db, accountId, n);
}

} // namespace

AgentRoutes::AgentRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void AgentRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/agent/queue"),
               [this](const RequestContext& c) { return queue(c); });
    router.add(QStringLiteral("POST"), QStringLiteral("/agent/subscriptions/{id}/decision"),
               [this](const RequestContext& c) { return decideSubscription(c); });
    router.add(QStringLiteral("POST"), QStringLiteral("/agent/beneficiaries/{id}/decision"),
               [this](const RequestContext& c) { return decideBeneficiary(c); });
}

HttpResponse AgentRoutes::queue(const RequestContext& ctx) const
{
    const AuthenticatedSession s = RouteSupport::requireAgent(m_deps, ctx);
    QSqlDatabase db = m_deps.database->connection();
    const QStringList communes = CatalogueStore::communeIds(db, s.account.account.communes);
    return Responses::cachedJson(
        ctx,
        QJsonObject {
            { QStringLiteral("subscriptions"), JsonValues::array(SubscriptionStore::queue(db, communes)) },
            { QStringLiteral("beneficiaries"), JsonValues::array(BeneficiaryStore::queue(db, communes)) },
        });
}

HttpResponse AgentRoutes::decideSubscription(const RequestContext& ctx) const
{
    const AuthenticatedSession s = RouteSupport::requireAgent(m_deps, ctx);
    const auto visible = [&](const QSqlDatabase& db) {
        std::optional<StoredSubscription> stored = SubscriptionStore::find(db, ctx.pathId);
        if (!stored
            || !CatalogueStore::communeIds(db, s.account.account.communes).contains(stored->subscription.communeId))
            throw Problem(404, ProblemCode::NotFound);
        return *stored;
    };
    visible(m_deps.database->connection());
    const Decision decision = readDecision(ctx);

    const qint64 now = RouteSupport::nowMs();
    SqlTransaction tx(*m_deps.database);
    const StoredSubscription stored = visible(tx.db());
    requireUndecided(stored.subscription.status);
    SubscriptionStore::setStatus(tx.db(), stored.subscription.id, decision.status, decision.reason, now);
    notify(tx.db(), stored.accountId,
           DecisionTexts::forSubscription(stored.subscription, decision.status, decision.reason), now);
    const StoredSubscription updated = visible(tx.db());
    tx.commit();
    return Responses::json(updated.subscription.toJson());
}

HttpResponse AgentRoutes::decideBeneficiary(const RequestContext& ctx) const
{
    const AuthenticatedSession s = RouteSupport::requireAgent(m_deps, ctx);
    // A beneficiary is decided by the agents of the communes where its citizen has a request.
    const auto visible = [&](const QSqlDatabase& db) {
        std::optional<StoredBeneficiary> stored = BeneficiaryStore::find(db, ctx.pathId);
        if (!stored
            || !SubscriptionStore::accountHasOneIn(db, stored->accountId,
                                                   CatalogueStore::communeIds(db, s.account.account.communes)))
            throw Problem(404, ProblemCode::NotFound);
        return *stored;
    };
    visible(m_deps.database->connection());
    const Decision decision = readDecision(ctx);

    const qint64 now = RouteSupport::nowMs();
    SqlTransaction tx(*m_deps.database);
    const StoredBeneficiary stored = visible(tx.db());
    requireUndecided(stored.beneficiary.status);
    BeneficiaryStore::setStatus(tx.db(), stored.beneficiary.id, decision.status, decision.reason, now);
    notify(tx.db(), stored.accountId,
           DecisionTexts::forBeneficiary(stored.beneficiary, decision.status, decision.reason), now);
    const StoredBeneficiary updated = visible(tx.db());
    tx.commit();
    return Responses::json(updated.beneficiary.toJson());
}

} // namespace citoyens::server
