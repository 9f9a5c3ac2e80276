#include "DesktopNotifier.h"

#include "NotificationBanner.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace citoyens {

DesktopNotifier::DesktopNotifier(NotificationBanner* fallback, QObject* parent)
    : QObject(parent)
    , m_banner(fallback)
{ }

bool DesktopNotifier::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void DesktopNotifier::announce(const QList<Notification>& notifications)
{
    if (notifications.isEmpty())
        return;
    const Notification& newest = notifications.constLast();
    const QString title
        = notifications.size() == 1 ? newest.title : tr("%1 new notifications").arg(notifications.size());
    const QString body = notifications.size() == 1 ? newest.body : newest.title;
    if (!trayAvailable()) {
        m_banner->showMessage(title, body);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Citoyens"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::openRequested);
        m_tray->show();
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

} // namespace citoyens
