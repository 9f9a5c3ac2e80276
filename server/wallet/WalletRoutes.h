#pragma once

#include "TopUpService.h"
#include "WalletStore.h"
#include "idempotency/Idempotency.h"
#include "payments/PaymentRoutes.h"
#include "routing/ServiceDeps.h"

#include <QJsonObject>

namespace citoyens::server {

// GET /me/wallet (balance and movements, with ETag), POST /me/wallet/top-ups (Idempotency-Key
// honoured; 100, 500, 1000, 2500 or 5000 cents; at most MaxPendingTopUps still payable at once,
// else 429 too_many_pending_top_ups) and GET /me/wallet/top-ups/{id} (settled from the provider
// when still pending, at TopUpSettlement's rate).
class WalletRoutes
{
public:
    static constexpr int MaxPendingTopUps = TopUpService::MaxPendingTopUps;

    WalletRoutes(const ServiceDeps& deps, const PaymentDeps& payments);
    WalletRoutes(const WalletRoutes&) = delete;
    WalletRoutes& operator=(const WalletRoutes&) = delete;

    void registerOn(ApiRouter& router);

    static QJsonObject topUpJson(const WalletStore::TopUp& topUp);

private:
    HttpResponse wallet(const RequestContext& ctx) const;
    HttpResponse createTopUp(const RequestContext& ctx) const;
    HttpResponse topUp(const RequestContext& ctx) const;

    ServiceDeps m_deps;
    PaymentDeps m_payments;
    TopUpService m_topUps;
};

} // namespace citoyens::server
