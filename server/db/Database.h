#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace citoyens::server {

// Where the data lives: `sqlite:/path/file.db` or `postgresql://user[:pw]@host[:port]/name`.
struct DatabaseSettings
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    // Parses a --db URL; on failure returns false and says why in `error`.
    static bool parse(const QString& url, DatabaseSettings* out, QString* error);
    // The URL without its password, for logs.
    QString describe() const;
};

// Hands every thread its own QSqlDatabase connection (QtSql connections must not cross
// threads). Thread-safe; connections are closed when the Database is destroyed, which must
// happen after the worker threads have finished.
class Database
{
public:
    explicit Database(DatabaseSettings settings);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseSettings& settings() const { return m_settings; }
    bool isSqlite() const { return m_settings.kind == DatabaseSettings::Kind::Sqlite; }

    // The calling thread's open connection; throws DbError when it cannot be opened.
    QSqlDatabase connection();

    // Prepares, binds positional values and executes; throws DbError on failure.
    static QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // What may be logged of an error: its class, code and Qt's wording, never the database's
    // own message (which can quote values). See DbError.
    static QString safeErrorText(const QSqlError& error, bool sqlite);

private:
    DatabaseSettings m_settings;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

// A typed SQL NULL for text columns (QPSQL wants to know the type of a null).
QVariant nullText();

} // namespace citoyens::server
