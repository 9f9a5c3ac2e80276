#pragma once

#include "OrderStore.h"

#include "models/Service.h"

namespace citoyens::server {

struct StoredBeneficiary;

// The one way an order is put together before it is paid: the request and its service, with
// their names frozen, the child it is for, then its lines; build() gives it a new id and the
// sum of its lines as its total. POST /me/orders, POST /me/reservations and the promotion from
// a waiting list all build their order here, and pay it through WalletPayment.
class OrderBuilder
{
public:
    OrderBuilder(const QString& accountId, const QString& subscriptionId, const Service& service,
                 const QString& communeName);

    // The child the order is for, named "first last" (null: no child).
    OrderBuilder& forChild(const StoredBeneficiary* child);
    OrderBuilder& forChild(const QString& beneficiaryId, const QString& beneficiaryName);
    // `quantity` times `unitPriceCents` of `item`; the caller has kept the product in bounds.
    OrderBuilder& addItem(const ServiceItem& item, qint64 unitPriceCents, int quantity);
    OrderBuilder& addLine(const OrderLine& line);

    Order build(qint64 now) const;

    // A child's full name, as an order and the reservations' list give it.
    static QString childName(const StoredBeneficiary& child);

private:
    Order m_order;
};

} // namespace citoyens::server
