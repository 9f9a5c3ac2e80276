#pragma once

#include "LocalStore.h"

#include "models/Notification.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace citoyens {

// The person's notifications (table `notifications`). Every write is one transaction, then
// changed(); notifications the store did not hold before are announced by added().
class NotificationRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationRepository)

public:
    explicit NotificationRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store); // emits changed()
    LocalStore* store() const { return m_store; }

    // Newest first.
    QList<Notification> loadAll() const;
    int unreadCount() const; // rows without readAt
    // The whole collection as the server sent it. Ids not stored before are emitted by added()
    // (oldest first) after the commit — except on the store's very first fill (nothing stored,
    // never synced), whose notifications are old news.
    bool replaceAll(const QList<Notification>& all, const QByteArray& etag);
    // Sets readAt locally (the command that tells the server is NotificationPoller::markRead).
    bool markRead(const QString& id, const QDateTime& when);
    QByteArray etag() const;

Q_SIGNALS:
    void changed();
    void added(const QList<citoyens::Notification>& notifications);
    void unreadCountChanged(int unread);

private:
    QPointer<LocalStore> m_store;
    int m_lastUnread = -1;
};

} // namespace citoyens
