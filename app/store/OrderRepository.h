#pragma once

#include "JsonListRepository.h"

#include "models/Order.h"

namespace citoyens {

// The person's orders (table `orders`; ETag of GET /me/orders in sync_state), newest first.
// An order just paid is upsert() (the collection's ETag is then stale: cleared).
class OrderRepository : public JsonListRepository<Order>
{
    Q_OBJECT

public:
    explicit OrderRepository(LocalStore* store = nullptr, QObject* parent = nullptr);
};

} // namespace citoyens
