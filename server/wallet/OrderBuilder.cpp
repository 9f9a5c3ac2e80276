#include "OrderBuilder.h"

#include "auth/TokenService.h"
#include "beneficiaries/BeneficiaryStore.h"

namespace citoyens::server {

OrderBuilder::OrderBuilder(const QString& accountId, const QString& subscriptionId, const Service& service,
                           const QString& communeName)
{
    m_order.accountId = accountId;
    m_order.subscriptionId = subscriptionId;
    m_order.serviceId = service.id;
    m_order.serviceName = service.name;
    m_order.communeName = communeName;
}

OrderBuilder& OrderBuilder::forChild(const StoredBeneficiary* child)
{
    return child ? forChild(child->beneficiary.id, childName(*child)) : *this;
}

OrderBuilder& OrderBuilder::forChild(const QString& beneficiaryId, const QString& beneficiaryName)
{
    m_order.beneficiaryId = beneficiaryId;
    m_order.beneficiaryName = beneficiaryName;
    return *this;
}

OrderBuilder& OrderBuilder::addItem(const ServiceItem& item, qint64 unitPriceCents, int quantity)
{
    return addLine(OrderLine { item.id, item.label, item.unit, item.childcare, unitPriceCents, quantity,
                               unitPriceCents * quantity });
}

OrderBuilder& OrderBuilder::addLine(const OrderLine& line)
{
    m_order.lines.append(line);
    return *this;
}

Order OrderBuilder::build(qint64 now) const
{
    Order order = m_order;
    order.id = TokenService::newId();
    order.totalCents = 0;
    for (const OrderLine& line : order.lines)
        order.totalCents += line.totalCents;
    order.createdAt = now;
    return order;
}

QString OrderBuilder::childName(const StoredBeneficiary& child)
{
    return child.beneficiary.firstName + QLatin1Char(' ') + child.beneficiary.lastName;
}

} // namespace citoyens::server
