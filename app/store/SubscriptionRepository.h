#pragma once

#include "JsonListRepository.h"

#include "models/Subscription.h"

namespace citoyens {

// The person's subscriptions (table `subscriptions`; ETag of GET /me/subscriptions in
// sync_state), newest first (createdAt descending, then id).
class SubscriptionRepository : public JsonListRepository<Subscription>
{
    Q_OBJECT

public:
    explicit SubscriptionRepository(LocalStore* store = nullptr, QObject* parent = nullptr);
};

} // namespace citoyens
