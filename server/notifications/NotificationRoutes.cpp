#include "NotificationRoutes.h"

#include "NotificationStore.h"
#include "auth/AccessPolicy.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

namespace citoyens::server {

NotificationRoutes::NotificationRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void NotificationRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/me/notifications"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return list(c); }),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("POST"), QStringLiteral("/me/notifications/{id}/read"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return markRead(c); }));
}

HttpResponse NotificationRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QList<Notification> notifications
        = NotificationStore::listForAccount(m_deps.database->connection(), s.account.account.id);
    int unread = 0;
    for (const Notification& n : notifications)
        unread += n.isRead() ? 0 : 1;
    return Responses::cachedJson(ctx,
                                 QJsonObject { { QStringLiteral("notifications"), JsonValues::array(notifications) },
                                               { QStringLiteral("unread"), unread } });
}

HttpResponse NotificationRoutes::markRead(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    SqlTransaction tx(*m_deps.database);
    if (!NotificationStore::markRead(tx.db(), s.account.account.id, ctx.pathId, RouteSupport::nowMs()))
        throw Problem(404, ProblemCode::NotFound);
    tx.commit();
    return Responses::noContent();
}

} // namespace citoyens::server
