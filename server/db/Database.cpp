#include "Database.h"

#include "DbError.h"
#include "Logging.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QUrl>

namespace citoyens::server {

namespace {

QAtomicInt s_instanceCounter;

const char* errorType(QSqlError::ErrorType type)
{
    switch (type) {
    case QSqlError::NoError:
        return "no error";
    case QSqlError::ConnectionError:
        return "connection error";
    case QSqlError::StatementError:
        return "statement error";
    case QSqlError::TransactionError:
        return "transaction error";
    case QSqlError::UnknownError:
        break;
    }
    return "unknown error";
}

// Names for the codes an operator will meet; the code itself is always logged.
QString codeName(const QString& code, bool sqlite)
{
    if (sqlite) {
        static const QHash<int, const char*> names {
            { 1, "SQLITE_ERROR" },       { 5, "SQLITE_BUSY" },      { 6, "SQLITE_LOCKED" },  { 8, "SQLITE_READONLY" },
            { 10, "SQLITE_IOERR" },      { 11, "SQLITE_CORRUPT" },  { 13, "SQLITE_FULL" },   { 14, "SQLITE_CANTOPEN" },
            { 19, "SQLITE_CONSTRAINT" }, { 20, "SQLITE_MISMATCH" }, { 26, "SQLITE_NOTADB" },
        };
        bool ok = false;
        const int value = code.toInt(&ok);
        return ok ? QString::fromLatin1(names.value(value & 0xff, "")) : QString();
    }
    static const QHash<QString, const char*> names {
        { QStringLiteral("23505"), "unique_violation" },
        { QStringLiteral("23503"), "foreign_key_violation" },
        { QStringLiteral("23502"), "not_null_violation" },
        { QStringLiteral("23514"), "check_violation" },
        { QStringLiteral("22001"), "string_data_right_truncation" },
        { QStringLiteral("22021"), "character_not_in_repertoire" },
        { QStringLiteral("22P02"), "invalid_text_representation" },
        { QStringLiteral("40001"), "serialization_failure" },
        { QStringLiteral("40P01"), "deadlock_detected" },
        { QStringLiteral("42601"), "syntax_error" },
        { QStringLiteral("42P01"), "undefined_table" },
        { QStringLiteral("42703"), "undefined_column" },
        { QStringLiteral("42P07"), "duplicate_table" },
        { QStringLiteral("57014"), "query_canceled" },
        { QStringLiteral("25P02"), "in_failed_sql_transaction" },
    };
    if (const auto it = names.constFind(code); it != names.cend())
        return QString::fromLatin1(*it);
    if (code.startsWith(QLatin1String("08")))
        return QStringLiteral("connection_exception");
    return {};
}

} // namespace

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool DatabaseSettings::parse(const QString& url, DatabaseSettings* out, QString* error)
{
    DatabaseSettings s;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        s.kind = Kind::Sqlite;
        s.path = url.mid(int(qstrlen("sqlite:")));
        if (s.path.startsWith(QLatin1String("//")))
            s.path = s.path.mid(2);
        if (s.path.isEmpty()) {
            *error = QStringLiteral("--db sqlite: needs a file path, e.g. sqlite:/var/lib/citoyens/citoyens.db");
            return false;
        }
        *out = s;
        return true;
    }
    const QUrl u(url, QUrl::StrictMode);
    if (u.isValid() && (u.scheme() == QLatin1String("postgresql") || u.scheme() == QLatin1String("postgres"))) {
        s.kind = Kind::Postgres;
        s.host = u.host().isEmpty() ? QStringLiteral("localhost") : u.host();
        s.port = u.port(5432);
        s.user = u.userName();
        s.password = u.password();
        s.name = u.path().mid(1);
        if (s.name.isEmpty()) {
            *error
                = QStringLiteral("--db postgresql:// needs a database name, e.g. postgresql://user@host:5432/citoyens");
            return false;
        }
        *out = s;
        return true;
    }
    *error = QStringLiteral("--db must be sqlite:/path or postgresql://user@host:port/name, not \"%1\"").arg(url);
    return false;
}

QString DatabaseSettings::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_prefix(QStringLiteral("citoyens-db%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // A connection failure names a host, a port or a user, never a stored value: its
        // text is what an operator needs.
        if (!db.open())
            throw DbError(QStringLiteral("cannot reopen the database: ") + db.lastError().text(),
                          db.lastError().nativeErrorCode());
        return db;
    }
    const bool sqlite = isSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (sqlite) {
        db.setDatabaseName(m_settings.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setDatabaseName(m_settings.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        throw DbError(QStringLiteral("cannot open %1: %2").arg(m_settings.describe(), db.lastError().text()),
                      db.lastError().nativeErrorCode());
    if (sqlite) {
        run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        run(db, QStringLiteral("PRAGMA busy_timeout=10000"));
        run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    qCDebug(lcDb) << "opened connection" << name << "to" << m_settings.describe();
    return db;
}

QString Database::safeErrorText(const QSqlError& error, bool sqlite)
{
    // driverText() is Qt's own wording ("Unable to fetch row"); databaseText() is the
    // server's message, which can quote values (a PostgreSQL DETAIL, an invalid input):
    // left out.
    const QString code = error.nativeErrorCode();
    QString text = QString::fromLatin1(errorType(error.type()));
    if (!code.isEmpty()) {
        text += sqlite ? QStringLiteral(", SQLite code ") : QStringLiteral(", SQLSTATE ");
        text += code;
        const QString name = codeName(code, sqlite);
        if (!name.isEmpty())
            text += QStringLiteral(" (") + name + QLatin1Char(')');
    }
    if (!error.driverText().isEmpty())
        text += QStringLiteral(", driver: ") + error.driverText();
    return text;
}

QSqlQuery Database::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    const auto fail = [&](const char* what, const QSqlQuery& query) {
        const QSqlError error = query.lastError();
        const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
        return DbError(QStringLiteral("cannot %1 [%2]: %3").arg(QLatin1String(what), sql, safeErrorText(error, sqlite)),
                       error.nativeErrorCode());
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares through PREPARE, which takes no DDL or transaction control: run
    // statements without values directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw fail("run", query);
        return query;
    }
    if (!query.prepare(sql))
        throw fail("prepare", query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw fail("run", query);
    return query;
}

} // namespace citoyens::server
