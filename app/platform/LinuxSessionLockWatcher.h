#pragma once

#include "SessionLockWatcher.h"

#include <QDBusConnection>
#include <QString>

namespace citoyens {

// Linux: listens on D-Bus.
// - session bus: ActiveChanged(bool) of org.freedesktop.ScreenSaver (KDE, Xfce, LXQt...) and of
//   org.gnome.ScreenSaver (GNOME Shell); true = the screen locked.
// - system bus: systemd-logind, org.freedesktop.login1 — the Lock signal of this login session
//   (loginctl lock-session, the desktop's lock command) and the manager's PrepareForSleep(true).
// The two connections are given, so a test puts both on a private bus. A bus that is not
// connected, or a service that is not there, is logged and skipped; a service that appears
// later is heard from then on (Qt follows the owner of a well-known name).
class LinuxSessionLockWatcher final : public SessionLockWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinuxSessionLockWatcher)

public:
    // sessionId: the logind session to follow; empty = $XDG_SESSION_ID, else logind's "auto"
    // (the caller's session, or the person's graphical one).
    LinuxSessionLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                            const QString& sessionId = {}, QObject* parent = nullptr);
    // The desktop's own buses.
    explicit LinuxSessionLockWatcher(QObject* parent = nullptr);
    ~LinuxSessionLockWatcher() override;

    bool isWatching() const override { return m_watching; }
    // The logind session object whose Lock signal is followed; empty until logind answered (or
    // when it is absent).
    QString login1SessionPath() const { return m_sessionPath; }

Q_SIGNALS:
    void login1SessionPathChanged(const QString& path);

private Q_SLOTS:
    // Slots named for QDBusConnection::connect, which only takes SLOT() signatures.
    void onScreenSaverActiveChanged(bool active);
    void onGnomeScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool start);
    void onSessionLock();

private:
    void watchScreenSavers();
    void watchLogind(const QString& sessionId);
    void followSession(const QString& path);

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
    QString m_sessionPath;
    bool m_watching = false;
    // A screen saver may announce one change on two object paths (KDE): one lock per change.
    bool m_screenSaverActive = false;
    bool m_gnomeScreenSaverActive = false;
};

} // namespace citoyens
