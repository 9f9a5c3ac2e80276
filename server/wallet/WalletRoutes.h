#pragma once

#include "WalletStore.h"
#include "payments/PaymentRoutes.h"
#include "services/Idempotency.h"
#include "services/ServiceDeps.h"

#include <QJsonObject>

namespace citoyens::server {

// GET /me/wallet (balance and movements, with ETag), POST /me/wallet/top-ups (Idempotency-Key
// honoured; 100, 500, 1000, 2500 or 5000 cents) and GET /me/wallet/top-ups/{id} (settled from
// the provider when still pending).
class WalletRoutes
{
public:
    WalletRoutes(const ServiceDeps& deps, const PaymentDeps& payments);
    WalletRoutes(const WalletRoutes&) = delete;
    WalletRoutes& operator=(const WalletRoutes&) = delete;

    void registerOn(ApiRouter& router);

    static QJsonObject topUpJson(const WalletStore::TopUp& topUp);

private:
    HttpResponse wallet(const RequestContext& ctx) const;
    HttpResponse createTopUp(const RequestContext& ctx) const;
    HttpResponse topUp(const RequestContext& ctx) const;
    QJsonObject startTopUp(const QString& accountId, qint64 amountCents, const Idempotency::Complete& complete) const;

    ServiceDeps m_deps;
    PaymentDeps m_payments;
};

} // namespace citoyens::server
