#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

namespace citoyens::server {

class CachedQuery;
class Database;

// A read on the hottest paths (the session and account of every authenticated request, a
// list's version), outside any transaction, seeing what is committed. On PostgreSQL it is a
// CachedQuery. On SQLite it runs on a read-only connection of the thread's own, opened and
// prepared through sqlite3 itself: QtSql's SQLite driver rebuilds the result's record (each
// column's name, table and type, with string work) at every exec, measured at a fifth of the
// server's time for GET /me; a statement of our own, prepared once per thread and re-bound,
// costs the query only. Values come as QtSql gives them (integers as qlonglong, text as
// QString, NULL as a null QVariant). Throws DbError.
class FastRead
{
public:
    FastRead(Database& database, const QString& sql, const QVariantList& values);
    ~FastRead();
    FastRead(const FastRead&) = delete;
    FastRead& operator=(const FastRead&) = delete;

    bool next();
    QVariant value(int index) const;

private:
    struct Native;
    std::unique_ptr<Native> m_native;
    std::unique_ptr<CachedQuery> m_cached;
};

} // namespace citoyens::server
