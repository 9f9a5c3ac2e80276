#pragma once

#include <QWidget>

class QPushButton;

namespace citoyens {

class HomePage;
class ProfilePage;
class Session;
class Sidebar;

// The signed-in part: the "MON COMPTE" sidebar with one entry per page that works, and
// "Déconnexion" last.
class AccountWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWidget)

public:
    explicit AccountWidget(Session* session, QWidget* parent = nullptr);

    HomePage* homePage() const { return m_home; }
    ProfilePage* profilePage() const { return m_profile; }
    Sidebar* sidebar() const { return m_sidebar; }

    void showHome();
    // Forgets what the pages hold (another person signs in, or an explicit sign-out).
    void reset();
    // Clears the password fields only (idle sign-out: the rest of what was typed stays).
    void forgetPasswords();

signals:
    void signOutRequested();

private:
    Sidebar* m_sidebar;
    HomePage* m_home;
    ProfilePage* m_profile;
    QPushButton* m_signOut;
};

} // namespace citoyens
