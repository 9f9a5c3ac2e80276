#pragma once

#include "api/ApiError.h"

#include "models/Notification.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace citoyens {

class ApiClient;
class NotificationApi;
class NotificationRepository;
class SyncService;

// While running, asks the server for the notifications every interval (via
// SyncService::syncNotifications, so with the stored ETag: a 304 costs nothing).
// Notifications the store did not hold before are announced by newNotifications(); after one
// about a subscription or a beneficiary, that collection is synced again so rows update.
class NotificationPoller : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPoller)

public:
    static constexpr std::chrono::milliseconds DefaultInterval { 30000 };

    NotificationPoller(ApiClient* client, NotificationRepository* repository, SyncService* sync,
                       QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval); // tests use a few milliseconds
    std::chrono::milliseconds interval() const;

    // Polls at once, then every interval. AccountScope starts it on sign-in, stops it on
    // sign-out.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void pollNow();

    int unreadCount() const;
    // POST /me/notifications/{id}/read; the store is marked at once (the row un-bolds).
    void markRead(const QString& notificationId);
    void markAllRead();

Q_SIGNALS:
    void newNotifications(const QList<citoyens::Notification>& notifications);
    void unreadCountChanged(int unread);
    void markReadFailed(const QString& notificationId, const citoyens::ApiError& error);

private:
    void onAdded(const QList<Notification>& notifications);

    NotificationApi* m_api;
    NotificationRepository* m_repository;
    SyncService* m_sync;
    QTimer m_timer;
};

} // namespace citoyens
