#include "AccountWidget.h"

#include "HomePage.h"
#include "ProfilePage.h"

#include "beneficiaries/BeneficiariesPage.h"
#include "notifications/DesktopNotifier.h"
#include "notifications/NotificationBanner.h"
#include "notifications/NotificationsPage.h"
#include "services/ServicesWidget.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "sync/NotificationPoller.h"
#include "sync/ServicesContext.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

AccountWidget::AccountWidget(Session* session, ServicesContext* services, QWidget* parent)
    : QWidget(parent)
    , m_sidebar(new Sidebar(tr("MY ACCOUNT"), this))
    , m_home(new HomePage(session, this))
    , m_profile(new ProfilePage(session, this))
    , m_signOut(nullptr)
{
    setObjectName(QStringLiteral("accountWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar->addPage(tr("Home"), QIcon(), m_home);
    if (services) {
        addServicePages(services);
        layout->addWidget(m_banner);
    } else {
        m_sidebar->addPage(tr("My personal information"), QIcon(), m_profile);
        QPushButton* profileTile = m_home->addTile(tr("My personal information"), QStringLiteral("homeProfileTile"));
        connect(profileTile, &QPushButton::clicked, this, [this] { openPage(m_profile); });
    }
    m_signOut = m_sidebar->addFooterButton(tr("Sign &out") + QStringLiteral("  \u2794"), QIcon(),
                                           QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));
    layout->addWidget(m_sidebar, 1);
    connect(m_signOut, &QPushButton::clicked, this, &AccountWidget::signOutRequested);
}

void AccountWidget::addServicePages(ServicesContext* services)
{
    // The seed's order: Mes services, Mes informations personnelles, Mes filiations.
    m_services = new ServicesWidget(services, this);
    m_beneficiaries = new BeneficiariesPage(services, this);
    m_notifications = new NotificationsPage(services->notificationModel(), services->poller(), this);
    m_banner = new NotificationBanner(this);
    m_notifier = new DesktopNotifier(m_banner, this);

    m_sidebar->addPage(tr("My services"), QIcon(), m_services);
    m_sidebar->addPage(tr("My personal information"), QIcon(), m_profile);
    m_sidebar->addPage(tr("My beneficiaries"), QIcon(), m_beneficiaries);
    const int notificationsRow = m_sidebar->addPage(tr("My notifications"), QIcon(), m_notifications);

    const struct
    {
        QString text;
        QString name;
        QWidget* page;
    } tiles[] = {
        { tr("My services"), QStringLiteral("homeServicesTile"), m_services },
        { tr("My personal information"), QStringLiteral("homeProfileTile"), m_profile },
        { tr("My beneficiaries"), QStringLiteral("homeBeneficiariesTile"), m_beneficiaries },
        { tr("My notifications"), QStringLiteral("homeNotificationsTile"), m_notifications },
    };
    for (const auto& tile : tiles) {
        QWidget* page = tile.page;
        connect(m_home->addTile(tile.text, tile.name), &QPushButton::clicked, this, [this, page] { openPage(page); });
    }

    connect(m_services, &ServicesWidget::beneficiariesRequested, this, [this] { openPage(m_beneficiaries); });
    NotificationPoller* poller = services->poller();
    auto setBadge = [this, notificationsRow](int unread) {
        m_sidebar->model()->setBadge(notificationsRow, unread);
    };
    connect(poller, &NotificationPoller::unreadCountChanged, this, setBadge);
    setBadge(poller->unreadCount());
    connect(poller, &NotificationPoller::newNotifications, m_notifier, &DesktopNotifier::announce);
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this] { openPage(m_notifications); });
    connect(m_banner, &NotificationBanner::openRequested, this, [this] { openPage(m_notifications); });
}

void AccountWidget::openPage(QWidget* page)
{
    m_sidebar->setCurrentPage(page);
    if (page == m_services)
        m_services->showList();
    else
        page->setFocus(Qt::OtherFocusReason);
}

void AccountWidget::showHome()
{
    m_sidebar->setCurrentPage(m_home);
}

void AccountWidget::forgetPasswords()
{
    m_profile->forgetPasswords();
}

void AccountWidget::reset()
{
    m_profile->reset();
    m_home->showAccountCreated(false);
    m_home->showNotice({});
    if (m_services)
        m_services->reset();
    if (m_beneficiaries)
        m_beneficiaries->reset();
    if (m_banner)
        m_banner->hide();
    showHome();
}

} // namespace citoyens
