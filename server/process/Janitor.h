#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace citoyens::server {

class Database;

// Deletes what has outlived its use, so that no table grows with traffic alone: mailed codes,
// sign-in throttle rows, Idempotency-Key records and sessions. Runs at start and then every
// `intervalMs`, on a thread of its own (never on the event loop), in bounded batches of
// short statements (no long lock on SQLite, no long transaction on PostgreSQL). Several
// server processes may run it on one database: the deletes are idempotent.
class Janitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Janitor)

public:
    // A row is kept this long after it stopped being useful: a day covers the longest window
    // anything counts over (a daily ceiling), and lets a person typing yesterday's code
    // still hear that it expired rather than that it is wrong.
    static constexpr qint64 RetentionMs = 24LL * 3600 * 1000;
    static constexpr int BatchRows = 500;
    static constexpr int MaxBatchesPerRun = 20; // per table: the rest waits for the next run

    Janitor(Database& database, qint64 intervalMs, QObject* parent = nullptr);
    ~Janitor() override;

    // Also run on each pass, after the purge, on the Janitor's thread (the wallet's
    // reconciliation of pending top-ups). Set before start().
    void setExtraPass(std::function<void(qint64 now)> pass) { m_extraPass = std::move(pass); }

    // Purges once now (on the worker) and then every interval.
    void start();

    struct Purged
    {
        int codes = 0;
        int throttleRows = 0;
        int idempotencyKeys = 0;
        int sessions = 0;
    };
    // One pass over every table with the thread's connection; throws DbError.
    Purged purge(const QSqlDatabase& db, qint64 now) const;

private:
    void schedule();
    void runOnce();
    int deleteInBatches(const QSqlDatabase& db, const QString& sql, const QVariantList& values) const;

    Database& m_database;
    QTimer m_timer;
    QThreadPool m_worker;
    QAtomicInt m_busy;
    QAtomicInt m_stopping;
    std::function<void(qint64)> m_extraPass;
};

} // namespace citoyens::server
