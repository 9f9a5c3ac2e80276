// Every page of the signed-in part, one declaration each. To add a page for a role: one
// more declare() here (label, roles, order, home tile, how to build it).
#include "PageRegistry.h"
#include "ProfilePage.h"

#include "assisted/WorkstationPage.h"
#include "attendance/AttendancePage.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "notifications/NotificationsPage.h"
#include "orders/OrdersPage.h"
#include "queue/QueuePage.h"
#include "reservations/ReservationsPage.h"
#include "services/ServicesWidget.h"
#include "walkin/CitizensPage.h"
#include "walkin/NewCitizenPage.h"
#include "wallet/WalletPage.h"

#include "models/Account.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "sync/NotificationPoller.h"

namespace citoyens {

PageRegistry PageRegistry::standard()
{
    const QStringList citizen { Account::RoleCitizen };
    const QStringList everyone { Account::RoleCitizen, Account::RoleAgent, Account::RoleAdministrator };
    PageRegistry registry;
    registry.declareSection(Account::RoleCitizen, tr("MY ACCOUNT"));
    registry.declareSection(Account::RoleAgent, tr("DESK"));
    registry.declareSection(Account::RoleAdministrator, tr("DESK"));

    // The citizen's pages in the web platform's order: Mes commandes, Mes réservations, Mes
    // services, Mes informations personnelles, Mon porte-monnaie, Mes filiations; then the
    // notifications.
    {
        PageDeclaration page;
        page.id = PageId::Orders;
        page.roles = citizen;
        page.order = 5;
        page.label = tr("My orders");
        page.tileObjectName = QStringLiteral("homeOrdersTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            auto* widget = new OrdersPage(context.scope, context.parent);
            if (context.session && context.session->account()) {
                const Account account = *context.session->account();
                widget->setHolderName(account.firstName + QLatin1Char(' ') + account.lastName);
            }
            return widget;
        };
        page.reset = [](QWidget* widget) {
            static_cast<OrdersPage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Reservations;
        page.roles = citizen;
        page.order = 7;
        page.label = tr("My reservations");
        page.tileObjectName = QStringLiteral("homeReservationsTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new ReservationsPage(context.scope, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<ReservationsPage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Wallet;
        page.roles = citizen;
        page.order = 25;
        page.label = tr("My wallet");
        page.tileObjectName = QStringLiteral("homeWalletTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new WalletPage(context.scope, context.parent);
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Services;
        page.roles = citizen;
        page.order = 10;
        page.label = tr("My services");
        page.icon = QIcon();
        page.tileObjectName = QStringLiteral("homeServicesTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            auto* widget = new ServicesWidget(context.scope, context.parent);
            QObject::connect(widget, &ServicesWidget::beneficiariesRequested, widget,
                             [open = context.openPage] { open(PageId::Beneficiaries); });
            return widget;
        };
        page.reset = [](QWidget* widget) {
            static_cast<ServicesWidget*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Profile;
        page.roles = everyone;
        page.order = 20;
        page.label = tr("My personal information");
        page.icon = QIcon();
        page.tileObjectName = QStringLiteral("homeProfileTile");
        page.needsScope = false;
        page.create = [](const PageContext& context) -> QWidget* {
            return new ProfilePage(context.session, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<ProfilePage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Beneficiaries;
        page.roles = citizen;
        page.order = 30;
        page.label = tr("My beneficiaries");
        page.icon = QIcon();
        page.tileObjectName = QStringLiteral("homeBeneficiariesTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new BeneficiariesPage(context.scope, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<BeneficiariesPage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Notifications;
        page.roles = citizen;
        page.order = 40;
        page.label = tr("My notifications");
        page.icon = QIcon();
        page.tileObjectName = QStringLiteral("homeNotificationsTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            NotificationPoller* poller = context.scope->poller();
            auto* widget = new NotificationsPage(context.scope->notificationModel(), poller, context.parent);
            QObject::connect(poller, &NotificationPoller::unreadCountChanged, widget,
                             [badge = context.setBadge](int unread) { badge(PageId::Notifications, unread); });
            return widget;
        };

        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Queue;
        page.roles = QStringList { Account::RoleAgent };
        page.order = 5;
        page.label = tr("Queue");
        page.icon = QIcon();
        page.tileObjectName = QStringLiteral("homeQueueTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new QueuePage(context.scope, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<QueuePage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    const QStringList desk { Account::RoleAgent, Account::RoleAdministrator };
    // « Pointage »: the booked children of a day, marked present or absent, after the queue; the
    // agents of the service's commune only, as the server's attendance routes.
    {
        PageDeclaration page;
        page.id = PageId::Attendance;
        page.roles = QStringList { Account::RoleAgent };
        page.order = 6;
        page.label = tr("Attendance");
        page.tileObjectName = QStringLiteral("homeAttendanceTile");
        page.needsScope = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new AttendancePage(context.scope, context.session, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<AttendancePage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    // The desk's walk-in citizens: "Usagers" and "Nouvel usager".
    {
        PageDeclaration page;
        page.id = PageId::Citizens;
        page.roles = desk;
        page.order = 50;
        page.label = tr("Citizens");
        page.tileObjectName = QStringLiteral("homeCitizensTile");
        page.needsAssistance = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new CitizensPage(context.assistance, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<CitizensPage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::NewCitizen;
        page.roles = desk;
        page.order = 60;
        page.label = tr("New citizen");
        page.tileObjectName = QStringLiteral("homeNewCitizenTile");
        page.needsAssistance = true;
        page.create = [](const PageContext& context) -> QWidget* {
            return new NewCitizenPage(context.assistance, context.parent);
        };
        page.reset = [](QWidget* widget) {
            static_cast<NewCitizenPage*>(widget)->reset();
        };
        registry.declare(std::move(page));
    }
    {
        PageDeclaration page;
        page.id = PageId::Workstation;
        page.roles = QStringList { Account::RoleAgent };
        page.order = 70;
        page.label = tr("This desk");
        page.create = [](const PageContext& context) -> QWidget* {
            return new WorkstationPage(context.parent);
        };
        registry.declare(std::move(page));
    }
    return registry;
}

} // namespace citoyens
