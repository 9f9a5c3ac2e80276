#include "Janitor.h"

#include "Logging.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace citoyens::server {

Janitor::Janitor(Database& database, qint64 intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    // One thread that never expires: its database connection lives as long as the Janitor.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_timer.setInterval(int(std::clamp<qint64>(intervalMs, 10, std::numeric_limits<int>::max())));
    connect(&m_timer, &QTimer::timeout, this, &Janitor::schedule);
}

Janitor::~Janitor()
{
    m_timer.stop();
    m_stopping.storeRelease(1);
    m_worker.waitForDone();
}

void Janitor::start()
{
    schedule();
    m_timer.start();
}

void Janitor::schedule()
{
    // A pass still running (a slow database) is not doubled.
    if (!m_busy.testAndSetAcquire(0, 1))
        return;
    m_worker.start([this]() {
        runOnce();
        m_busy.storeRelease(0);
    });
}

void Janitor::runOnce()
{
    try {
        const Purged p = purge(m_database.connection(), QDateTime::currentMSecsSinceEpoch());
        if (p.codes + p.throttleRows + p.idempotencyKeys + p.sessions > 0)
            qCInfo(lcDb).noquote() << "purged" << p.codes << "codes," << p.throttleRows << "throttle rows,"
                                   << p.idempotencyKeys << "idempotency keys," << p.sessions << "sessions";
    } catch (const DbError& e) {
        // DbError texts hold no values (see DbError.h). The next pass tries again.
        qCWarning(lcDb).noquote() << "purge failed:" << e.what();
    }
    if (!m_extraPass || m_stopping.loadAcquire())
        return;
    try {
        m_extraPass(QDateTime::currentMSecsSinceEpoch());
    } catch (const DbError& e) {
        qCWarning(lcDb).noquote() << "periodic pass failed:" << e.what();
    } catch (const std::exception& e) {
        qCWarning(lcServer).noquote() << "periodic pass failed:" << e.what();
    }
}

int Janitor::deleteInBatches(const QSqlDatabase& db, const QString& sql, const QVariantList& values) const
{
    int total = 0;
    for (int batch = 0; batch < MaxBatchesPerRun && !m_stopping.loadAcquire(); ++batch) {
        const int n = Database::run(db, sql, values + QVariantList { BatchRows }).numRowsAffected();
        total += std::max(0, n);
        if (n < BatchRows)
            break;
    }
    return total;
}

Janitor::Purged Janitor::purge(const QSqlDatabase& db, qint64 now) const
{
    const qint64 before = now - RetentionMs;
    Purged p;
    // Each statement deletes at most BatchRows rows picked by a LIMITed sub-select (portable:
    // neither SQLite nor PostgreSQL takes DELETE ... LIMIT) and commits on its own. The outer
    // condition repeats the inner one, so that only stale rows go even if a table's key
    // comes to allow several rows per key.
    p.codes = deleteInBatches(db,
                              QStringLiteral("DELETE FROM pending_codes WHERE expires_at < ? AND (purpose, email) IN "
                                             "(SELECT purpose, email FROM pending_codes WHERE expires_at < ? LIMIT ?)"),
                              { before, before });
    // A throttle row counts while a block runs or failures are recent.
    p.throttleRows = deleteInBatches(
        db,
        QStringLiteral(
            "DELETE FROM login_throttle WHERE blocked_until < ? AND last_failure_at < ? AND throttle_key IN "
            "(SELECT throttle_key FROM login_throttle WHERE blocked_until < ? AND last_failure_at < ? LIMIT ?)"),
        { now, before, now, before });
    // A client retries a request within minutes; a day is generous (and a record still
    // "running" after a day belongs to a request that died with its process).
    p.idempotencyKeys = deleteInBatches(
        db,
        QStringLiteral(
            "DELETE FROM idempotency_keys WHERE created_at < ? AND (account_id, idem_key) IN (SELECT account_id, "
            "idem_key FROM idempotency_keys WHERE created_at < ? LIMIT ?)"),
        { before, before });
    // Whole families only, once every token of the family is past its absolute lifetime: a
    // revoked row must stay while its family lives, since presenting its refresh token
    // again is what reveals a theft (and revokes the family).
    p.sessions = deleteInBatches(
        db,
        QStringLiteral("DELETE FROM sessions WHERE family_id IN (SELECT family_id FROM sessions GROUP BY family_id "
                       "HAVING MAX(access_expires_at) < ? AND MAX(COALESCE(refresh_expires_at, 0)) < ? LIMIT ?)"),
        { before, before });
    return p;
}

} // namespace citoyens::server
