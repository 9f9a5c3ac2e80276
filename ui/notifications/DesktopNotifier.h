#pragma once

#include "models/Notification.h"

#include <QList>
#include <QObject>

class QSystemTrayIcon;

namespace citoyens {

class NotificationBanner;

// Tells the person about new notifications: a desktop notification through the system tray
// when there is one (QSystemTrayIcon::showMessage), else the in-window banner.
class DesktopNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    DesktopNotifier(NotificationBanner* fallback, QObject* parent = nullptr);

    void announce(const QList<citoyens::Notification>& notifications);
    // False under offscreen or a desktop without a tray: the banner is used.
    static bool trayAvailable();

signals:
    // The person clicked the desktop notification.
    void openRequested();

private:
    NotificationBanner* m_banner;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace citoyens
