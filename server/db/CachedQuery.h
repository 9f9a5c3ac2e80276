#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace citoyens::server {

// A read (SELECT) prepared once per thread and connection, then only re-bound and re-run: the
// hot reads of every authenticated request (the session, the account, a list) otherwise pay a
// full SQL parse on SQLite and a PREPARE + DEALLOCATE round trip each on PostgreSQL.
//
// The statement is taken out of the thread's cache for the object's lifetime (a nested use
// of the same SQL prepares its own) and reset when the object is destroyed, so that no
// half-read statement keeps an SQLite read snapshot open between requests. Reads only: an
// exec that fails is retried once on a freshly prepared statement (a connection reopened
// after a failure has lost its statements). Throws DbError.
class CachedQuery
{
public:
    CachedQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
    ~CachedQuery();
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QSqlQuery& query() { return *m_query; }

private:
    QString m_sql;
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace citoyens::server
