#include "NotificationRepository.h"

#include "StoreSql.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens {

NotificationRepository::NotificationRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("notifications"),
                           QStringLiteral("created_at DESC, id DESC"),
                           { isoColumn(QStringLiteral("created_at"), &Notification::createdAt),
                             { QStringLiteral("read_at"),
                               [](const Notification& n) {
                                   // NULL while unread: what unreadCount() counts.
                                   return n.readAt.isValid() ? QVariant(n.readAt.toUTC().toString(Qt::ISODateWithMs))
                                                             : QVariant();
                               } } } },
                         store, parent)
{ }

void NotificationRepository::setStore(LocalStore* store)
{
    m_lastUnread = -1;
    JsonListRepository::setStore(store);
    m_lastUnread = unreadCount();
    Q_EMIT unreadCountChanged(m_lastUnread);
}

int NotificationRepository::unreadCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void NotificationRepository::replaced(const QList<Notification>& all, const StoreSql::ReplaceOutcome& outcome)
{
    if (outcome.changed) {
        const int unread = unreadCount();
        if (unread != m_lastUnread) {
            m_lastUnread = unread;
            Q_EMIT unreadCountChanged(unread);
        }
    }
    // The very first fill of a store (a new device, a rebuilt file) announces nothing: those
    // notifications are not news, only the ones arriving afterwards are.
    if (outcome.firstFill)
        return;
    QList<Notification> added;
    for (const Notification& n : all) {
        if (outcome.addedIds.contains(n.id))
            added.append(n);
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(),
                  [](const Notification& a, const Notification& b) { return a.createdAt < b.createdAt; });
        Q_EMIT this->added(added);
    }
}

bool NotificationRepository::markRead(const QString& id, const QDateTime& when)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT json FROM notifications WHERE id = ? AND read_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false; // unknown or already read
    auto n = Notification::fromJson(StoreSql::fromText(q.value(0).toString()));
    if (!n)
        return false;
    n->readAt = when.toUTC();
    // The server's list changed too: its ETag is stale.
    if (!StoreSql::inTransaction(db, [&] {
            return writeRow(db, *n, StoreSql::toText(n->toJson())) && StoreSql::setEtag(db, tableName(), {});
        }))
        return false;
    Q_EMIT changed();
    m_lastUnread = unreadCount();
    Q_EMIT unreadCountChanged(m_lastUnread);
    return true;
}

} // namespace citoyens
