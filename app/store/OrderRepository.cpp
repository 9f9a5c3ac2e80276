#include "OrderRepository.h"

namespace citoyens {

OrderRepository::OrderRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("orders"),
                           QStringLiteral("created_at DESC, number DESC"),
                           { { QStringLiteral("number"),
                               [](const Order& o) {
                                   return QVariant(o.number);
                               } },
                             { QStringLiteral("created_at"),
                               [](const Order& o) {
                                   return QVariant(o.createdAt.toUTC().toString(Qt::ISODateWithMs));
                               } },
                             { QStringLiteral("total_cents"),
                               [](const Order& o) {
                                   return QVariant(o.totalCents);
                               } } } },
                         store, parent)
{ }

} // namespace citoyens
