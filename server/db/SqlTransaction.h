#pragma once

#include <QSqlDatabase>

namespace citoyens::server {

class Database;

// One write transaction on the calling thread's connection; rolled back unless committed.
// On SQLite it starts with BEGIN IMMEDIATE so that two writers wait for each other (through
// busy_timeout) instead of failing when a read lock would have to be upgraded.
class SqlTransaction
{
public:
    explicit SqlTransaction(Database& database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    QSqlDatabase& db() { return m_db; }
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace citoyens::server
