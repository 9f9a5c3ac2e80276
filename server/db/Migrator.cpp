#include "Migrator.h"

#include "Database.h"
#include "DbError.h"
#include "Logging.h"
#include "SqlTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace citoyens::server {

namespace {

QMap<int, QString> migrationFiles()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = re.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Statements end with ';' at the end of a line; comments are dropped. The migrations are
// ours, so this small splitter is enough (no ';' inside literals).
QStringList statements(const QString& script)
{
    QStringList out;
    QString current;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current.chop(2);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current);
    return out;
}

} // namespace

Migrator::Migrator(Database& database)
    : m_database(database)
{ }

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int Migrator::currentVersion()
{
    QSqlQuery q = Database::run(m_database.connection(), QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool Migrator::migrate(QString* error)
{
    try {
        Database::run(m_database.connection(),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                     "applied_at BIGINT NOT NULL)"));
        const int latest = latestVersion();
        if (currentVersion() > latest) {
            *error = QStringLiteral("the database schema (version %1) is newer than this server (version %2)")
                         .arg(currentVersion())
                         .arg(latest);
            return false;
        }
        const auto files = migrationFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            SqlTransaction tx(m_database);
            // Several processes may start at once on PostgreSQL: the lock makes them take turns.
            if (!m_database.isSqlite())
                Database::run(tx.db(), QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
            if (currentVersion() >= it.key())
                continue;
            QFile file(it.value());
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read migration ") + it.value();
                return false;
            }
            for (const QString& statement : statements(QString::fromUtf8(file.readAll())))
                Database::run(tx.db(), statement);
            Database::run(tx.db(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                          { it.key(), QDateTime::currentMSecsSinceEpoch() });
            tx.commit();
            qCInfo(lcDb) << "applied migration" << QFileInfo(it.value()).fileName();
        }
    } catch (const DbError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace citoyens::server
