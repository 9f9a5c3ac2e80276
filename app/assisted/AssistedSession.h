#pragma once

#include "platform/SessionLockWatcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace citoyens {

class AccountScope;
class ClientCore;
class WalkInCommands;
class WalkInOperation;

// The desk agent's shared-machine rules, without a widget: the assisted session of the
// walk-in citizen being served (one at a time) and the lock.
// - openAssisted() turns the token the agent's session obtained into an assisted AccountScope;
//   endAssisted() (the banner's button, the lock, the token's expiry) logs that token out on
//   the server and destroys the scope with its folder: nothing of the citizen stays on disk.
//   The widgets follow assistedChanged() (the session's clipboard is emptied there).
// - lock() (the administrator's delay without input, the OS session locking, sleep) ends any
//   assisted session first, then the agent's own session; unlocking is signing in again.
class AssistedSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistedSession)
    Q_MOC_INCLUDE("scope/AccountScope.h")

public:
    enum class LockReason { Inactivity, SessionLocked, Sleep };
    Q_ENUM(LockReason)

    // `watcher`: the OS session's lock and sleep (null: createSessionLockWatcher()).
    explicit AssistedSession(const ClientCore* core, std::unique_ptr<SessionLockWatcher> watcher = {},
                             QObject* parent = nullptr);
    ~AssistedSession() override;

    const ClientCore* core() const { return m_core; }
    // Search, records, accounts created at the desk, consent: operations the pages observe.
    WalkInCommands* walkIn() const { return m_walkIn.get(); }
    SessionLockWatcher* lockWatcher() const { return m_watcher.get(); }
    // True while an agent or an administrator is signed in.
    bool isAgentSignedIn() const;

    AccountScope* assisted() const { return m_assisted.get(); }
    QString assistedName() const { return m_assistedName; }
    QString assistedCitizenId() const { return m_assistedId; }
    // False (with `error`) when the temporary store cannot be made.
    bool openAssisted(const QString& citizenId, const QString& citizenName, const QByteArray& accessToken,
                      const QDateTime& expiresAt, QString* error = nullptr);
    void endAssisted();
    // Asks the server for the assisted session of `citizenId` with the code the citizen read
    // out (empty: the account this agent has just created) and opens it when it answers; the
    // caller observes the operation for the error.
    WalkInOperation* confirmAssisted(const QString& citizenId, const QString& citizenName, const QString& code);

    bool isLocked() const { return m_locked; }
    // The e-mail of the agent the lock screen asks the password of.
    QString lockedEmail() const { return m_lockedEmail; }
    void lock(LockReason reason);
    // Another person signs in instead ("Changer d'utilisateur"): the usual sign-in page.
    void forgetLock();
    // The lock delay the administrator set (seconds), once the server said it.
    int lockAfterSeconds() const { return m_lockAfterSeconds; }

    // The folder a desk scanner writes into (QSettings "desk/scannerFolder"); empty: none.
    static QString scannerFolder();
    static void setScannerFolder(const QString& folder);

Q_SIGNALS:
    // A new assisted scope, or nullptr when it ended (the old one is deleted later).
    void assistedChanged(citoyens::AccountScope* scope);
    // After the agent's session ended because of a lock: the lock screen shows.
    void locked(citoyens::AssistedSession::LockReason reason);
    void unlocked();
    // The server gave the token but the temporary store could not be made.
    void assistFailed(const QString& message);

private:
    void followSession();
    void fetchSettings();

    const ClientCore* m_core;
    std::unique_ptr<WalkInCommands> m_walkIn;
    std::unique_ptr<SessionLockWatcher> m_watcher;
    std::unique_ptr<AccountScope> m_assisted;
    QString m_assistedName;
    QString m_assistedId;
    QByteArray m_assistedToken;
    QTimer m_expiry;
    bool m_locked = false;
    QString m_lockedEmail;
    int m_lockAfterSeconds = 0;
};

} // namespace citoyens
