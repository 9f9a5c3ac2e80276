#include "NotificationRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace citoyens {

namespace {

const QString Table = QStringLiteral("notifications");

QString isoOrNull(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool upsertRow(QSqlDatabase& db, const Notification& n, const QString& json)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO notifications (id, created_at, read_at, json) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET created_at = excluded.created_at, "
                             "read_at = excluded.read_at, json = excluded.json"));
    q.addBindValue(n.id);
    q.addBindValue(isoOrNull(n.createdAt));
    const QString readAt = isoOrNull(n.readAt);
    q.addBindValue(readAt.isEmpty() ? QVariant() : QVariant(readAt));
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save notification" << n.id << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

NotificationRepository::NotificationRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void NotificationRepository::setStore(LocalStore* store)
{
    m_store = store;
    m_lastUnread = -1;
    Q_EMIT changed();
    m_lastUnread = unreadCount();
    Q_EMIT unreadCountChanged(m_lastUnread);
}

QList<Notification> NotificationRepository::loadAll() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::loadAllJson<Notification>(m_store->database(), Table, QStringLiteral("created_at DESC, id DESC"));
}

int NotificationRepository::unreadCount() const
{
    if (!m_store || !m_store->isOpen())
        return 0;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool NotificationRepository::replaceAll(const QList<Notification>& all, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    StoreSql::ReplaceOutcome outcome;
    if (!StoreSql::replaceAllItems(db, Table, all, upsertRow, etag, &outcome))
        return false;
    if (outcome.changed) {
        Q_EMIT changed();
        const int unread = unreadCount();
        if (unread != m_lastUnread) {
            m_lastUnread = unread;
            Q_EMIT unreadCountChanged(unread);
        }
    }
    // The very first fill of a store (a new device, a rebuilt file) announces nothing: those
    // notifications are not news, only the ones arriving afterwards are.
    if (outcome.firstFill)
        return true;
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
    return true;
}

bool NotificationRepository::markRead(const QString& id, const QDateTime& when)
{
    if (!m_store || !m_store->isOpen())
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
    if (!StoreSql::inTransaction(
            db, [&] { return upsertRow(db, *n, StoreSql::toText(n->toJson())) && StoreSql::setEtag(db, Table, {}); }))
        return false;
    Q_EMIT changed();
    m_lastUnread = unreadCount();
    Q_EMIT unreadCountChanged(m_lastUnread);
    return true;
}

QByteArray NotificationRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Table);
}

} // namespace citoyens
