#pragma once

#include "PageRegistry.h"

#include <QHash>
#include <QWidget>

class QPushButton;

namespace citoyens {

class BeneficiariesPage;
class AssistedSession;
class DesktopNotifier;
class HomePage;
class NotificationBanner;
class NotificationsPage;
class ProfilePage;
class AccountScope;
class ServicesWidget;
class Session;
class Sidebar;
class WalletPanel;

// The signed-in part: the sidebar of the signed-in person's role ("MON COMPTE" for a
// citizen, "GUICHET" for an agent) with the home page first, then the pages the registry
// declares for that role, and "Déconnexion" last; the home page has one tile per page that
// asks for one. Pages are built the first time their role is shown and kept, with what was
// typed in them, until reset(); the pages that show a scope's data live as long as that
// scope (setScope). With a scope, the new notifications are announced (tray message or
// in-window banner).
class AccountWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWidget)

public:
    explicit AccountWidget(Session* session, AccountScope* scope = nullptr, QWidget* parent = nullptr,
                           PageRegistry registry = PageRegistry::standard());

    HomePage* homePage() const { return m_home; }
    ProfilePage* profilePage() const;
    Sidebar* sidebar() const { return m_sidebar; }
    // nullptr when the page is not built (no scope, or another role).
    ServicesWidget* servicesWidget() const;
    BeneficiariesPage* beneficiariesPage() const;
    NotificationsPage* notificationsPage() const;
    NotificationBanner* notificationBanner() const { return m_banner; }
    QWidget* page(const QString& id) const { return m_pages.value(id); }
    WalletPanel* walletPanel() const { return m_walletPanel; }

    // The role whose pages are shown (Account::role; a citizen's before anyone signs in).
    QString role() const { return m_role; }
    void setRole(const QString& role);
    // The signed-in person's scope (nullptr when nobody is signed in): the pages built on
    // the previous one are deleted (later) and those of the new one built.
    void setScope(AccountScope* scope);
    AccountScope* scope() const { return m_scope; }
    // The agent's desk (the pages that need one are shown only with it).
    void setAssistance(AssistedSession* assistance);

    void showHome();
    // Shows the page and puts the focus on its first useful control (a tile, a link, a page's
    // button or field).
    void openPage(const QString& id);
    // The focus on the current page's first useful control (after sign-in: the window's focus was
    // left on a control of the hidden sign-in page).
    void focusCurrentPage();
    // Forgets what the pages hold (another person signs in, or an explicit sign-out).
    void reset();
    // Clears the password fields only (idle sign-out: the rest of what was typed stays).
    void forgetPasswords();

signals:
    void signOutRequested();

private:
    void followAccount();
    void followScope();
    void rebuild();
    void openWidget(QWidget* page);
    void setBadge(const QString& id, int count);

    Session* m_session;
    AccountScope* m_scope;
    AssistedSession* m_assistance = nullptr;
    PageRegistry m_registry;
    Sidebar* m_sidebar;
    HomePage* m_home;
    QPushButton* m_signOut;
    WalletPanel* m_walletPanel = nullptr; // a citizen's "DÉPÔTS DE FONDS", below the sidebar
    NotificationBanner* m_banner = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    QString m_role;
    QHash<QString, QWidget*> m_pages; // built pages, by declaration id
    QHash<QString, int> m_badges;
};

} // namespace citoyens
