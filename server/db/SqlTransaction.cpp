#include "SqlTransaction.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens::server {

SqlTransaction::SqlTransaction(Database& database)
    : m_db(database.connection())
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

void SqlTransaction::commit()
{
    Database::run(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace citoyens::server
