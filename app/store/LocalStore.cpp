#include "LocalStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <map>

Q_LOGGING_CATEGORY(lcStore, "citoyens.store")

namespace citoyens {

namespace {

// NNN_name.sql -> path, ordered by number.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[A-Za-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QStringList names = QDir(LocalStore::MigrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (m.hasMatch())
            files.emplace(m.captured(1).toInt(), LocalStore::MigrationsDir + name);
    }
    return files;
}

// Splits a migration into statements. Migrations are plain DDL/DML: no triggers, no ';'
// inside literals, "--" comments on their own lines.
QStringList statements(const QString& sql)
{
    QString cleaned;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            cleaned += line + QLatin1Char('\n');
    }
    QStringList result;
    const QStringList parts = cleaned.split(QLatin1Char(';'));
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

bool isCorruption(const QSqlError& error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26).
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

} // namespace

LocalStore::LocalStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_connectionName(QStringLiteral("citoyens-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::pathFor(const QString& dataDir, const QString& accountId)
{
    return QDir(dataDir).filePath(QStringLiteral("accounts/%1/citoyens.sqlite").arg(accountId));
}

int LocalStore::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void LocalStore::fail(OpenError error, const QString& message)
{
    m_openError = error;
    m_errorString = message;
    qCWarning(lcStore) << m_filePath << message;
}

bool LocalStore::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        fail(OpenError::CannotOpen, db.lastError().text());
        return false;
    }
    return true;
}

bool LocalStore::readVersion(int* version)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_errorString = q.lastError().text();
        return false;
    }
    *version = q.value(0).toInt();
    // WAL: readers never wait on the writer; also proves the header is readable.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        m_errorString = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

bool LocalStore::setAside()
{
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = m_filePath + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(m_filePath, target)) {
        fail(OpenError::CannotOpen, QStringLiteral("cannot set aside the damaged database"));
        return false;
    }
    // The journal files belong to the damaged database; they must not be replayed on the new one.
    for (const char* suffix : { "-wal", "-shm" }) {
        const QString side = m_filePath + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    m_setAsidePath = target;
    qCWarning(lcStore) << "damaged database set aside as" << target;
    return true;
}

bool LocalStore::open()
{
    m_openError = OpenError::None;
    m_errorString.clear();
    m_setAsidePath.clear();
    if (isOpen())
        return true;
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        fail(OpenError::CannotOpen, QStringLiteral("cannot create the data folder"));
        return false;
    }
    if (!openConnection())
        return false;
    int version = 0;
    if (!readVersion(&version)) {
        qCWarning(lcStore) << "cannot read" << m_filePath << ":" << m_errorString;
        // Whatever the SQLite code, a file whose header cannot be read is of no use; the
        // server has the data, so start again rather than leave the person stuck.
        if (!setAside() || !openConnection() || !readVersion(&version)) {
            if (m_openError == OpenError::None)
                fail(OpenError::CannotOpen, m_errorString);
            close();
            return false;
        }
    }
    const int latest = latestSchemaVersion();
    if (version > latest) {
        fail(OpenError::NewerSchema,
             QStringLiteral("database schema %1 is newer than this application's %2").arg(version).arg(latest));
        close();
        return false;
    }
    if (version < latest && !migrate(version)) {
        close();
        return false;
    }
    m_schemaVersion = latest;
    return true;
}

bool LocalStore::migrate(int from)
{
    QSqlDatabase db = database();
    const auto files = migrationFiles();
    for (const auto& [number, path] : files) {
        if (number <= from)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(OpenError::MigrationFailed, QStringLiteral("cannot read migration %1").arg(path));
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        if (!db.transaction()) {
            const QSqlError error = db.lastError();
            fail(isCorruption(error) ? OpenError::CannotOpen : OpenError::MigrationFailed, error.text());
            return false;
        }
        QSqlQuery q(db);
        const QStringList list = statements(sql);
        for (const QString& statement : list) {
            if (!q.exec(statement)) {
                fail(OpenError::MigrationFailed,
                     QStringLiteral("migration %1 failed: %2").arg(number).arg(q.lastError().text()));
                q.finish();
                db.rollback();
                return false;
            }
        }
        // user_version lives in the file header and is written inside this transaction.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(number)) || !db.commit()) {
            fail(OpenError::MigrationFailed, QStringLiteral("migration %1 could not be committed").arg(number));
            db.rollback();
            return false;
        }
        qCInfo(lcStore) << m_filePath << "migrated to schema" << number;
    }
    return true;
}

void LocalStore::close()
{
    m_transient.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
}

} // namespace citoyens
