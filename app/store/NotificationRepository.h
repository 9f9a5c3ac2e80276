#pragma once

#include "JsonListRepository.h"

#include "models/Notification.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace citoyens {

// The person's notifications (table `notifications`), newest first. replaceAll() announces by
// added() the notifications the store did not hold before (oldest first, after the commit) —
// except on the store's very first fill (nothing stored, never synced), whose notifications
// are old news.
class NotificationRepository : public JsonListRepository<Notification>
{
    Q_OBJECT

public:
    explicit NotificationRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store) override; // also unreadCountChanged()
    int unreadCount() const; // rows without readAt
    // Sets readAt locally (the command that tells the server is NotificationPoller::markRead).
    bool markRead(const QString& id, const QDateTime& when);

Q_SIGNALS:
    void added(const QList<citoyens::Notification>& notifications);
    void unreadCountChanged(int unread);

protected:
    void replaced(const QList<Notification>& all, const StoreSql::ReplaceOutcome& outcome) override;

private:
    int m_lastUnread = -1;
};

} // namespace citoyens
