#pragma once

#include "ServiceDeps.h"

#include <memory>

namespace citoyens::server {

class AgentRoutes;
class ApiRouter;
class BeneficiaryRoutes;
class CatalogueRoutes;
class DocumentRoutes;
class NotificationRoutes;
class SubscriptionRoutes;

// Every route of the services capability (docs/architecture/services.md), by area.
class ServiceRoutes
{
public:
    explicit ServiceRoutes(const ServiceDeps& deps);
    ~ServiceRoutes();
    ServiceRoutes(const ServiceRoutes&) = delete;
    ServiceRoutes& operator=(const ServiceRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    std::unique_ptr<CatalogueRoutes> m_catalogue;
    std::unique_ptr<DocumentRoutes> m_documents;
    std::unique_ptr<SubscriptionRoutes> m_subscriptions;
    std::unique_ptr<BeneficiaryRoutes> m_beneficiaries;
    std::unique_ptr<NotificationRoutes> m_notifications;
    std::unique_ptr<AgentRoutes> m_agent;
};

} // namespace citoyens::server
