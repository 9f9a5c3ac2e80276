#pragma once

#include "models/Notification.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

// SQL for the notifications table.
namespace NotificationStore {

void insert(const QSqlDatabase& db, const QString& accountId, const Notification& n);
// A new notification: its id and creation time given here, at `nowMs`.
void add(const QSqlDatabase& db, const QString& accountId, Notification n, qint64 nowMs);
// Newest first.
QList<Notification> listForAccount(const QSqlDatabase& db, const QString& accountId);
// False when the account has no such notification.
bool markRead(const QSqlDatabase& db, const QString& accountId, const QString& id, qint64 now);

} // namespace NotificationStore

} // namespace citoyens::server
