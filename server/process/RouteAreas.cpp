#include "RouteAreas.h"

#include "admin/AdminRoutes.h"
#include "attendance/AttendanceRoutes.h"
#include "auth/ActivationRoutes.h"
#include "auth/AuthRoutes.h"
#include "auth/MeRoutes.h"
#include "auth/PasswordRoutes.h"
#include "beneficiaries/BeneficiaryRoutes.h"
#include "booking/ReservationRoutes.h"
#include "catalogue/CatalogueRoutes.h"
#include "documents/DocumentRoutes.h"
#include "http/ApiRouter.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "notifications/NotificationRoutes.h"
#include "queue/QueueRoutes.h"
#include "quotient/QuotientRoutes.h"
#include "subscriptions/SubscriptionRoutes.h"
#include "walkin/WalkInRoutes.h"
#include "wallet/OrderRoutes.h"
#include "wallet/WalletRoutes.h"

namespace citoyens::server {

RouteAreas::RouteAreas(const AreaDeps& d)
{
    // The list: one line per area, its routes registered in this order.
    add<AuthRoutes>("auth", d.auth);
    add<PasswordRoutes>("password", d.auth);
    add<MeRoutes>("me", d.auth);
    add<ActivationRoutes>("activation", d.auth);
    add<CatalogueRoutes>("catalogue", d.services);
    add<DocumentRoutes>("documents", d.services);
    add<SubscriptionRoutes>("subscriptions", d.services);
    add<BeneficiaryRoutes>("beneficiaries", d.services);
    add<NotificationRoutes>("notifications", d.services);
    add<QueueRoutes>("queue", d.services);
    add<WalkInRoutes>("walkin", d.services, d.auth);
    add<AdminRoutes>("admin", d.services);
    add<PaymentRoutes>("payments", d.payments);
    add<WalletRoutes>("wallet", d.services, d.payments);
    add<OrderRoutes>("orders", d.services, d.payments, d.holdDir);
    add<ReservationRoutes>("reservations", d.services, d.clock, d.payments);
    add<AttendanceRoutes>("attendance", d.services, d.clock);
    add<QuotientRoutes>("quotient", d.services, d.auth, d.quotient);
}

RouteAreas::~RouteAreas() = default;

void RouteAreas::registerOn(ApiRouter& router) const
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/health"),
        [](const RequestContext&) {
            return Responses::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
        },
        ApiRouter::Work::Inline);
    for (const Entry& entry : m_areas)
        entry.area->registerOn(router);
}

QStringList RouteAreas::names() const
{
    QStringList names;
    for (const Entry& entry : m_areas)
        names.append(entry.name);
    return names;
}

} // namespace citoyens::server
