#include "CatalogueRoutes.h"

#include "CatalogueStore.h"
#include "db/Database.h"
#include "http/ApiRouter.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/BeneficiaryOptions.h"

namespace citoyens::server {

CatalogueRoutes::CatalogueRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void CatalogueRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/communes"), [this](const RequestContext& c) { return communes(c); },
        ApiRouter::Work::Inline);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/beneficiary-options"),
        [this](const RequestContext& c) { return beneficiaryOptions(c); }, ApiRouter::Work::Inline);
}

HttpResponse CatalogueRoutes::communes(const RequestContext& ctx) const
{
    // Public: the catalogue is what a person reads before having an account.
    return Responses::cachedJson(ctx, CatalogueStore::load(m_deps.database->connection()).toJson());
}

HttpResponse CatalogueRoutes::beneficiaryOptions(const RequestContext& ctx) const
{
    return Responses::cachedJson(ctx, BeneficiaryOptions::defaults().toJson());
}

} // namespace citoyens::server
