#pragma once

#include <QWidget>

class QPushButton;

namespace citoyens {

class BeneficiariesPage;
class DesktopNotifier;
class HomePage;
class NotificationBanner;
class NotificationsPage;
class ProfilePage;
class ServicesContext;
class ServicesWidget;
class Session;
class Sidebar;

// The signed-in part: the "MON COMPTE" sidebar with one entry per page that works, and
// "Déconnexion" last. With `services` (the issue 3 core objects), "Mes services", "Mes
// filiations" and "Mes notifications" are added, with their home tiles, the unread badge and
// the announcement of new notifications (tray message or in-window banner).
class AccountWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWidget)

public:
    explicit AccountWidget(Session* session, ServicesContext* services = nullptr, QWidget* parent = nullptr);

    HomePage* homePage() const { return m_home; }
    ProfilePage* profilePage() const { return m_profile; }
    Sidebar* sidebar() const { return m_sidebar; }
    // nullptr without the services core objects.
    ServicesWidget* servicesWidget() const { return m_services; }
    BeneficiariesPage* beneficiariesPage() const { return m_beneficiaries; }
    NotificationsPage* notificationsPage() const { return m_notifications; }
    NotificationBanner* notificationBanner() const { return m_banner; }

    void showHome();
    // Forgets what the pages hold (another person signs in, or an explicit sign-out).
    void reset();
    // Clears the password fields only (idle sign-out: the rest of what was typed stays).
    void forgetPasswords();

signals:
    void signOutRequested();

private:
    void addServicePages(ServicesContext* services);
    void openPage(QWidget* page);

    Sidebar* m_sidebar;
    HomePage* m_home;
    ProfilePage* m_profile;
    QPushButton* m_signOut;
    ServicesWidget* m_services = nullptr;
    BeneficiariesPage* m_beneficiaries = nullptr;
    NotificationsPage* m_notifications = nullptr;
    NotificationBanner* m_banner = nullptr;
    DesktopNotifier* m_notifier = nullptr;
};

} // namespace citoyens
