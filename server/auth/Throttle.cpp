#include "Throttle.h"

#include "db/Database.h"
#include "models/ProblemCodes.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server {

namespace {

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName().startsWith(QLatin1String("QPSQL"));
}

} // namespace

Throttle::Throttle(const AuthSettings& settings)
    : m_settings(settings)
{ }

ThrottleRule Throttle::accountRule() const
{
    return { m_settings.accountThreshold, 0, m_settings.throttleWindowMs, true };
}

ThrottleRule Throttle::addressRule() const
{
    return { m_settings.addressThreshold, 0, m_settings.throttleWindowMs, true };
}

ThrottleRule Throttle::codeRule() const
{
    return { m_settings.codeThreshold, m_settings.codeDailyCeiling, m_settings.codeWindowMs, false };
}

ThrottleRule Throttle::mailToRule() const
{
    // No delays below the ceiling: a person may ask again at once, a few times.
    return { m_settings.mailsPerTarget + 1, m_settings.mailsPerTarget, m_settings.mailWindowMs, false };
}

ThrottleRule Throttle::mailFromRule() const
{
    return { m_settings.mailsPerClient + 1, m_settings.mailsPerClient, m_settings.mailWindowMs, false };
}

Throttle::Row Throttle::lockRow(const QSqlDatabase& db, const QString& key, qint64 now) const
{
    // The row must exist before it can be locked; a concurrent insert of the same key waits
    // on the primary key and then does nothing.
    Database::run(db,
                  QStringLiteral("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until, "
                                 "window_start) VALUES (?, 0, ?, 0, ?) ON CONFLICT (throttle_key) DO NOTHING"),
                  { key, now, now });
    QString sql = QStringLiteral(
        "SELECT failures, last_failure_at, blocked_until, window_start FROM login_throttle WHERE throttle_key = ?");
    if (isPostgres(db))
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery q = Database::run(db, sql, { key });
    Row row;
    if (q.next())
        row = { q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() };
    return row;
}

Throttle::Row Throttle::counted(Row row, const ThrottleRule& rule, qint64 now) const
{
    const bool expired = rule.sliding ? now - row.lastAt > rule.windowMs : now - row.windowStart >= rule.windowMs;
    if (expired || row.events <= 0) {
        row.events = 0;
        row.windowStart = now;
    }
    ++row.events;
    row.lastAt = now;
    row.blockedUntil = 0;
    if (row.events >= rule.threshold) {
        const int doublings = std::min(row.events - rule.threshold, 30);
        row.blockedUntil = now + std::min(m_settings.throttleBaseMs << doublings, m_settings.throttleMaxMs);
    }
    if (rule.ceiling > 0 && row.events >= rule.ceiling)
        row.blockedUntil = std::max(row.blockedUntil, row.windowStart + rule.windowMs);
    return row;
}

void Throttle::write(const QSqlDatabase& db, const QString& key, const Row& row) const
{
    Database::run(db,
                  QStringLiteral("UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?, "
                                 "window_start = ? WHERE throttle_key = ?"),
                  { row.events, row.lastAt, row.blockedUntil, row.windowStart, key });
}

qint64 Throttle::admit(const QSqlDatabase& db, const QList<Counted>& keys, qint64 now) const
{
    QList<Row> rows;
    qint64 wait = 0;
    for (const Counted& k : keys) {
        rows.append(lockRow(db, k.key, now));
        wait = std::max(wait, rows.last().blockedUntil - now);
    }
    if (wait > 0)
        return wait;
    for (qsizetype i = 0; i < keys.size(); ++i)
        write(db, keys[i].key, counted(rows[i], keys[i].rule, now));
    return 0;
}

void Throttle::refund(const QSqlDatabase& db, const Counted& key, qint64 now) const
{
    Row row = lockRow(db, key.key, now);
    if (row.events <= 0)
        return;
    --row.events;
    if (row.events < key.rule.threshold && (key.rule.ceiling <= 0 || row.events < key.rule.ceiling))
        row.blockedUntil = 0;
    write(db, key.key, row);
}

Problem Throttle::tooManyRequests(qint64 waitMs)
{
    return Problem(429, ProblemCode::TooManyRequests)
        .withHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000)));
}

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
    ThrottleRule rule = accountRule();
    rule.threshold = threshold;
    write(db, key, counted(lockRow(db, key, now), rule, now));
}

void Throttle::reset(const QSqlDatabase& db, const QString& key) const
{
    Database::run(db, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = ?"), { key });
}

} // namespace citoyens::server
