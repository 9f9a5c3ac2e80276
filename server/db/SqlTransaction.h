#pragma once

#include <QSqlDatabase>

#include <functional>

namespace citoyens::server {

class Database;

// One write transaction on the calling thread's connection; rolled back unless committed.
// On SQLite it starts with BEGIN IMMEDIATE so that two writers wait for each other (through
// busy_timeout) instead of failing when a read lock would have to be upgraded.
class SqlTransaction
{
public:
    // Bookkeeping: a transaction that changes nothing of the person's (an idempotency key
    // claimed or forgotten), which BeforeFirstCommit passes over.
    enum class Kind { Change, Bookkeeping };

    explicit SqlTransaction(Database& database, Kind kind = Kind::Change);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    QSqlDatabase& db() { return m_db; }
    void commit();

    // While one is alive on a thread, the first Change transaction committed on that thread runs
    // `write` in itself just before its COMMIT: a trace of a change (the audit log) is then
    // committed with the change, or not at all.
    class BeforeFirstCommit
    {
    public:
        explicit BeforeFirstCommit(std::function<void(const QSqlDatabase&)> write);
        ~BeforeFirstCommit();
        BeforeFirstCommit(const BeforeFirstCommit&) = delete;
        BeforeFirstCommit& operator=(const BeforeFirstCommit&) = delete;

        bool ran() const { return m_ran; }

    private:
        friend class SqlTransaction;
        std::function<void(const QSqlDatabase&)> m_write;
        BeforeFirstCommit* m_outer;
        bool m_ran = false;
    };

private:
    QSqlDatabase m_db;
    Kind m_kind;
    bool m_done = false;
};

} // namespace citoyens::server
