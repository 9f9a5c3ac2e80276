#include "NotificationRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSet>
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
    QList<Notification> all;
    if (!m_store || !m_store->isOpen())
        return all;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT json FROM notifications ORDER BY created_at DESC, id DESC")))
        return all;
    while (q.next()) {
        if (auto n = Notification::fromJson(StoreSql::fromText(q.value(0).toString())))
            all.append(*n);
    }
    return all;
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
    if (!db.transaction())
        return false;
    bool ok = true;
    const QHash<QString, QString> before = StoreSql::jsonById(db, Table, &ok);
    // The very first fill of a store (a new device, a rebuilt file) announces nothing: those
    // notifications are not news, only the ones arriving afterwards are.
    const bool firstFill = before.isEmpty() && !StoreSql::hasSyncState(db, Table);
    bool changed = false;
    QSet<QString> kept;
    QList<Notification> added;
    for (const Notification& n : all) {
        kept.insert(n.id);
        const QString json = StoreSql::toText(n.toJson());
        if (!before.contains(n.id))
            added.append(n);
        else if (before.value(n.id) == json)
            continue;
        ok = ok && upsertRow(db, n, json);
        changed = true;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!kept.contains(it.key())) {
            ok = ok && StoreSql::deleteById(db, Table, it.key());
            changed = true;
        }
    }
    ok = ok && StoreSql::setEtag(db, Table, etag);
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    if (changed) {
        Q_EMIT this->changed();
        const int unread = unreadCount();
        if (unread != m_lastUnread) {
            m_lastUnread = unread;
            Q_EMIT unreadCountChanged(unread);
        }
    }
    if (!added.isEmpty() && !firstFill) {
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
    if (!db.transaction())
        return false;
    // The server's list changed too: its ETag is stale.
    const bool ok = upsertRow(db, *n, StoreSql::toText(n->toJson())) && StoreSql::setEtag(db, Table, {});
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
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
