#include "SettingsStore.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace citoyens::server::SettingsStore {

namespace {

const QString LockAfterSeconds = QStringLiteral("lockAfterSeconds");

} // namespace

int lockAfterSeconds(const QSqlDatabase& db)
{
    QSqlQuery q
        = Database::run(db, QStringLiteral("SELECT value FROM server_settings WHERE name = ?"), { LockAfterSeconds });
    bool ok = false;
    const int value = q.next() ? q.value(0).toString().toInt(&ok) : 0;
    return ok && value >= MinLockAfterSeconds && value <= MaxLockAfterSeconds ? value : DefaultLockAfterSeconds;
}

void setLockAfterSeconds(const QSqlDatabase& db, int seconds, qint64 now)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO server_settings (name, value, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at"),
                  { LockAfterSeconds, QString::number(seconds), now });
}

} // namespace citoyens::server::SettingsStore
