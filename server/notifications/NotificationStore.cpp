#include "NotificationStore.h"

#include "auth/TokenService.h"
#include "db/CachedQuery.h"
#include "db/Database.h"
#include "routing/RouteSupport.h"

#include <QSqlQuery>

namespace citoyens::server::NotificationStore {

void insert(const QSqlDatabase& db, const QString& accountId, const Notification& n)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO notifications (id, account_id, kind, subject_type, subject_id, status, "
                                 "title, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { n.id, accountId, n.kind, n.subjectType, n.subjectId, n.status, n.title, n.body,
                    n.createdAt.toMSecsSinceEpoch() });
}

QList<Notification> listForAccount(const QSqlDatabase& db, const QString& accountId)
{
    // Polled by every signed-in client: prepared once per connection.
    CachedQuery q(db,
                  QStringLiteral("SELECT id, kind, subject_type, subject_id, status, title, body, "
                                 "created_at, read_at FROM notifications WHERE account_id = ? "
                                 "ORDER BY created_at DESC, id DESC"),
                  { accountId });
    QList<Notification> out;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toString();
        n.kind = q.value(1).toString();
        n.subjectType = q.value(2).toString();
        n.subjectId = q.value(3).toString();
        n.status = q.value(4).toString();
        n.title = q.value(5).toString();
        n.body = q.value(6).toString();
        n.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        if (!q.value(8).isNull())
            n.readAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        out.append(n);
    }
    return out;
}

bool markRead(const QSqlDatabase& db, const QString& accountId, const QString& id, qint64 now)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT read_at FROM notifications WHERE id = ? AND account_id = ?"),
                                { id, accountId });
    if (!q.next())
        return false;
    const bool unread = q.value(0).isNull();
    q.finish();
    if (unread)
        Database::run(db, QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ?"), { now, id });
    return true;
}

void add(const QSqlDatabase& db, const QString& accountId, Notification n, qint64 nowMs)
{
    n.id = TokenService::newId();
    n.createdAt = RouteSupport::instant(nowMs);
    insert(db, accountId, n);
}

} // namespace citoyens::server::NotificationStore
