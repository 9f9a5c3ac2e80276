#include "SubscriptionRepository.h"

namespace citoyens {

SubscriptionRepository::SubscriptionRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("subscriptions"),
                           QStringLiteral("created_at DESC, id"),
                           { column(QStringLiteral("status"), &Subscription::status),
                             isoColumn(QStringLiteral("created_at"), &Subscription::createdAt) } },
                         store, parent)
{ }

} // namespace citoyens
