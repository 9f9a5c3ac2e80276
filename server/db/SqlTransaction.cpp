#include "SqlTransaction.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens::server {

SqlTransaction::SqlTransaction(Database& database, Kind kind)
    : m_db(database.connection())
    , m_kind(kind)
{
    Database::run(m_db, database.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

SqlTransaction::~SqlTransaction()
{
    if (m_done)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb).noquote() << "rollback failed:"
                                  << Database::safeErrorText(query.lastError(),
                                                             m_db.driverName() == QLatin1String("QSQLITE"));
}

namespace {

thread_local SqlTransaction::BeforeFirstCommit* t_beforeFirstCommit = nullptr;

} // namespace

SqlTransaction::BeforeFirstCommit::BeforeFirstCommit(std::function<void(const QSqlDatabase&)> write)
    : m_write(std::move(write))
    , m_outer(t_beforeFirstCommit)
{
    t_beforeFirstCommit = this;
}

SqlTransaction::BeforeFirstCommit::~BeforeFirstCommit()
{
    t_beforeFirstCommit = m_outer;
}

void SqlTransaction::commit()
{
    if (BeforeFirstCommit* hook = t_beforeFirstCommit; hook && !hook->m_ran && m_kind == Kind::Change) {
        hook->m_ran = true;
        hook->m_write(m_db);
    }
    Database::run(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace citoyens::server
