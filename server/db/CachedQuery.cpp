#include "CachedQuery.h"

#include "DbError.h"

#include <QHash>
#include <QSqlError>

namespace citoyens::server {

namespace {

// Statements differ only by their SQL (IN lists make a few variants); past this many the
// extra ones are prepared for each use, as before.
constexpr qsizetype MaxCachedPerThread = 64;

// Per thread, because QtSql connections and their statements must stay on their thread.
struct ThreadCache
{
    // Not deleted at thread exit: a worker thread ends when the server stops, and by then
    // its connection's driver may be gone (deleting a PostgreSQL statement deallocates it
    // through the driver: a use after free, seen under AddressSanitizer). The statements go
    // with the process. Keyed by SQL: a thread has one connection (Database), and a
    // statement of another connection is not reused (`connection`).
    struct Entry
    {
        QString connection;
        QSqlQuery* query = nullptr;
    };
    QHash<QString, Entry> queries;
};

thread_local ThreadCache t_cache;

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase& db, const QString& sql)
{
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    // Only the native error code: driver texts may quote the values.
    if (!query->prepare(sql))
        throw DbError(QStringLiteral("cannot prepare [%1]: error %2").arg(sql, query->lastError().nativeErrorCode()));
    return query;
}

bool bindAndRun(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

} // namespace

CachedQuery::CachedQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
    : m_sql(sql)
    , m_connection(db.connectionName())
{
    const auto cached = t_cache.queries.constFind(sql);
    if (cached != t_cache.queries.constEnd() && cached->connection == m_connection) {
        m_query.reset(cached->query);
        t_cache.queries.erase(cached);
    }
    const bool reused = m_query != nullptr;
    if (!reused)
        m_query = prepared(db, sql);
    if (bindAndRun(*m_query, values))
        return;
    if (reused) {
        m_query = prepared(db, sql);
        if (bindAndRun(*m_query, values))
            return;
    }
    const QString code = m_query->lastError().nativeErrorCode();
    m_query.reset();
    throw DbError(QStringLiteral("cannot run [%1]: error %2").arg(sql, code));
}

CachedQuery::~CachedQuery()
{
    if (!m_query)
        return;
    m_query->finish();
    if (t_cache.queries.size() < MaxCachedPerThread && !t_cache.queries.contains(m_sql))
        t_cache.queries.insert(m_sql, { m_connection, m_query.release() });
}

} // namespace citoyens::server
