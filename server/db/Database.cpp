#include "Database.h"

#include "DbError.h"
#include "Logging.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>

namespace citoyens::server {

namespace {

QAtomicInt s_instanceCounter;

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
        if (!db.open())
            throw DbError(QStringLiteral("cannot reopen the database: ") + db.lastError().text());
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
        throw DbError(QStringLiteral("cannot open %1: %2").arg(m_settings.describe(), db.lastError().text()));
    if (sqlite) {
        run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        run(db, QStringLiteral("PRAGMA busy_timeout=10000"));
        run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    qCDebug(lcDb) << "opened connection" << name << "to" << m_settings.describe();
    return db;
}

QSqlQuery Database::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares through PREPARE, which takes no DDL or transaction control: run
    // statements without values directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw DbError(QStringLiteral("cannot run [%1]: %2").arg(sql, query.lastError().text()));
        return query;
    }
    if (!query.prepare(sql))
        throw DbError(QStringLiteral("cannot prepare [%1]: %2").arg(sql, query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DbError(QStringLiteral("cannot run [%1]: %2").arg(sql, query.lastError().text()));
    return query;
}

} // namespace citoyens::server
