#include "Throttle.h"

#include "db/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server {

Throttle::Throttle(const AuthSettings& settings)
    : m_settings(settings)
{ }

qint64 Throttle::waitFor(const QSqlDatabase& db, const QString& key, qint64 now) const
{
    QSqlQuery q
        = Database::run(db, QStringLiteral("SELECT blocked_until FROM login_throttle WHERE throttle_key = ?"), { key });
    if (!q.next())
        return 0;
    return std::max<qint64>(0, q.value(0).toLongLong() - now);
}

void Throttle::recordFailure(const QSqlDatabase& db, const QString& key, int threshold, qint64 now) const
{
    int failures = 0;
    {
        QSqlQuery q = Database::run(
            db, QStringLiteral("SELECT failures, last_failure_at FROM login_throttle WHERE throttle_key = ?"), { key });
        if (q.next() && now - q.value(1).toLongLong() <= m_settings.throttleWindowMs)
            failures = q.value(0).toInt();
    }
    ++failures;
    qint64 blockedUntil = 0;
    if (failures >= threshold) {
        const int doublings = std::min(failures - threshold, 30);
        blockedUntil = now + std::min(m_settings.throttleBaseMs << doublings, m_settings.throttleMaxMs);
    }
    Database::run(db,
                  QStringLiteral("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (throttle_key) DO UPDATE SET failures = "
                                 "excluded.failures, last_failure_at = excluded.last_failure_at, "
                                 "blocked_until = excluded.blocked_until"),
                  { key, failures, now, blockedUntil });
}

void Throttle::reset(const QSqlDatabase& db, const QString& key) const
{
    Database::run(db, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = ?"), { key });
}

} // namespace citoyens::server
