#include "ServiceRoutes.h"

#include "AgentRoutes.h"
#include "BeneficiaryRoutes.h"
#include "CatalogueRoutes.h"
#include "DocumentRoutes.h"
#include "NotificationRoutes.h"
#include "SubscriptionRoutes.h"
#include "http/ApiRouter.h"

namespace citoyens::server {

ServiceRoutes::ServiceRoutes(const ServiceDeps& deps)
    : m_catalogue(std::make_unique<CatalogueRoutes>(deps))
    , m_documents(std::make_unique<DocumentRoutes>(deps))
    , m_subscriptions(std::make_unique<SubscriptionRoutes>(deps))
    , m_beneficiaries(std::make_unique<BeneficiaryRoutes>(deps))
    , m_notifications(std::make_unique<NotificationRoutes>(deps))
    , m_agent(std::make_unique<AgentRoutes>(deps))
{ }

ServiceRoutes::~ServiceRoutes() = default;

void ServiceRoutes::registerOn(ApiRouter& router)
{
    m_catalogue->registerOn(router);
    m_documents->registerOn(router);
    m_subscriptions->registerOn(router);
    m_beneficiaries->registerOn(router);
    m_notifications->registerOn(router);
    m_agent->registerOn(router);
}

} // namespace citoyens::server
