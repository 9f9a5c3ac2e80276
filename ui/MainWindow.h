#pragma once

#include "session/Session.h"

#include <QMainWindow>

class QStackedWidget;

namespace citoyens {

class AccountWidget;
class ClientCore;
class AuthOperations;
class AuthWidget;
class Clock;
class InactivityMonitor;
class InactivityWarningDialog;
class AccountScope;
class AssistedSessionWidget;
class AssistedSession;
class LockScreen;

// The one window: the auth pages while nobody is signed in, the account pages after.
// Also ties the inactivity monitor to the session: the warning 5 minutes before the
// 2-hour sign-out, then the local end of the session. On that idle sign-out the account
// pages that do not show the account scope's data (the profile) are kept, with what was
// typed in them, for the same person signing in again; they are cleared when someone else
// signs in or on an explicit sign-out. The pages built on the scope end with it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `scope` (optional): the signed-in person's scope (services, beneficiaries, notifications).
    MainWindow(Session* session, AuthOperations* auth, InactivityMonitor* monitor, Clock* clock,
               AccountScope* scope = nullptr, QWidget* parent = nullptr);
    // The window on the one composition (Application and the tests).
    explicit MainWindow(const ClientCore& core, QWidget* parent = nullptr);

    AuthWidget* authWidget() const { return m_auth; }
    AccountWidget* accountWidget() const { return m_account; }
    InactivityWarningDialog* inactivityDialog() const { return m_warning; }
    // The desk (built on the one composition only): assisted sessions and the lock.
    AssistedSession* assistance() const { return m_assistance; }
    LockScreen* lockScreen() const { return m_lock; }
    AssistedSessionWidget* assistedSession() const { return m_assisted; }

    // The size and place of the window as last closed (QSettings), kept on the screen that shows
    // it; 1100×740 in the middle of the screen the first time.
    void restoreWindowGeometry();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onStateChanged(Session::State state);
    void onExpired(const QString& reason);
    void onSecretStoreWarning(const QString& message);
    void signOut();
    void showSignedOut();
    void showAssisted(AccountScope* scope);

    Session* m_session;
    InactivityMonitor* m_monitor;
    QStackedWidget* m_stack;
    QWidget* m_restoring;
    AuthWidget* m_auth;
    AccountWidget* m_account;
    InactivityWarningDialog* m_warning;
    AssistedSession* m_assistance = nullptr;
    LockScreen* m_lock = nullptr;
    AssistedSessionWidget* m_assisted = nullptr;
    Session::State m_previous = Session::State::SignedOut;
    QString m_formsOwner; // the account whose input the account pages hold
    QString m_lastEmail;
    QString m_signedOutNotice;
    QString m_keychainNotice; // for the home page of the person signing in
    bool m_signingOut = false;
    bool m_showCreated = false;
};

} // namespace citoyens
