#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"
#include "idempotency/Idempotency.h"

#include <QJsonObject>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET/POST /me/subscriptions (Idempotency-Key honoured), DELETE /me/subscriptions/{id},
// POST /me/subscriptions/{id}/documents.
class SubscriptionRoutes
{
public:
    // Documents attached to one request at most: each is looked up, so a longer list is one
    // error on `documents`, its elements unread (docs/architecture/keys-and-problems.md).
    static constexpr int MaxDocuments = 20;

    explicit SubscriptionRoutes(const ServiceDeps& deps);
    SubscriptionRoutes(const SubscriptionRoutes&) = delete;
    SubscriptionRoutes& operator=(const SubscriptionRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse create(const RequestContext& ctx) const;
    HttpResponse withdraw(const RequestContext& ctx) const;
    HttpResponse addDocument(const RequestContext& ctx) const;
    // Checks and stores a new request; completes the idempotency record in the same transaction.
    QJsonObject createSubscription(const QString& accountId, const QJsonObject& body,
                                   const Idempotency::Complete& complete) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
