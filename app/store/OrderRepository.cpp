#include "OrderRepository.h"

namespace citoyens {

OrderRepository::OrderRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("orders"),
                           QStringLiteral("created_at DESC, number DESC"),
                           { column(QStringLiteral("number"), &Order::number),
                             isoColumn(QStringLiteral("created_at"), &Order::createdAt),
                             column(QStringLiteral("total_cents"), &Order::totalCents) } },
                         store, parent)
{ }

} // namespace citoyens
