#include "SubscriptionRepository.h"

namespace citoyens {

SubscriptionRepository::SubscriptionRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("subscriptions"),
                           QStringLiteral("created_at DESC, id"),
                           { { QStringLiteral("status"),
                               [](const Subscription& s) {
                                   return QVariant(s.status);
                               } },
                             { QStringLiteral("created_at"),
                               [](const Subscription& s) {
                                   return QVariant(s.createdAt.toUTC().toString(Qt::ISODateWithMs));
                               } } } },
                         store, parent)
{ }

} // namespace citoyens
