#include "FastRead.h"

#include "CachedQuery.h"
#include "Database.h"
#include "DbError.h"

#include <QHash>

#include <sqlite3.h>

namespace citoyens::server {

namespace {

constexpr qsizetype MaxStatementsPerThread = 32;

// The thread's read-only SQLite connection and its statements, closed when the thread ends
// (nothing of QtSql is involved, so nothing can be gone by then).
struct ThreadReader
{
    QString path;
    sqlite3* handle = nullptr;
    QHash<QString, sqlite3_stmt*> statements; // idle ones, keyed by SQL

    ~ThreadReader() { close(); }

    void close()
    {
        for (sqlite3_stmt* s : std::as_const(statements))
            sqlite3_finalize(s);
        statements.clear();
        if (handle)
            sqlite3_close(handle);
        handle = nullptr;
    }

    sqlite3* open(const QString& file)
    {
        if (handle && path == file)
            return handle;
        close();
        path = file;
        const int rc
            = sqlite3_open_v2(file.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            close();
            throw DbError(QStringLiteral("cannot open a read connection: error %1").arg(rc), QString::number(rc));
        }
        sqlite3_busy_timeout(handle, 10'000);
        return handle;
    }
};

thread_local ThreadReader t_reader;

void bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(statement, index);
    } else {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        throw DbError(QStringLiteral("cannot bind value %1: error %2").arg(index).arg(rc), QString::number(rc));
}

} // namespace

struct FastRead::Native
{
    QString sql;
    sqlite3_stmt* statement = nullptr;
    int lastStep = SQLITE_OK;
};

FastRead::FastRead(Database& database, const QString& sql, const QVariantList& values)
{
    if (!database.isSqlite()) {
        m_cached = std::make_unique<CachedQuery>(database.connection(), sql, values);
        return;
    }
    sqlite3* handle = t_reader.open(database.settings().path);
    m_native = std::make_unique<Native>();
    m_native->sql = sql;
    m_native->statement = t_reader.statements.take(sql);
    if (!m_native->statement) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_native->statement, nullptr);
        if (rc != SQLITE_OK) {
            m_native->statement = nullptr;
            throw DbError(QStringLiteral("cannot prepare [%1]: error %2").arg(sql).arg(rc), QString::number(rc));
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        bind(m_native->statement, int(i) + 1, values.at(i));
}

FastRead::~FastRead()
{
    if (!m_native || !m_native->statement)
        return;
    sqlite3_reset(m_native->statement);
    sqlite3_clear_bindings(m_native->statement);
    if (t_reader.statements.size() < MaxStatementsPerThread && !t_reader.statements.contains(m_native->sql))
        t_reader.statements.insert(m_native->sql, m_native->statement);
    else
        sqlite3_finalize(m_native->statement);
}

bool FastRead::next()
{
    if (m_cached)
        return m_cached->next();
    m_native->lastStep = sqlite3_step(m_native->statement);
    if (m_native->lastStep == SQLITE_ROW)
        return true;
    if (m_native->lastStep == SQLITE_DONE)
        return false;
    const int rc = m_native->lastStep;
    throw DbError(QStringLiteral("cannot run [%1]: error %2").arg(m_native->sql).arg(rc), QString::number(rc));
}

QVariant FastRead::value(int index) const
{
    if (m_cached)
        return m_cached->value(index);
    sqlite3_stmt* s = m_native->statement;
    switch (sqlite3_column_type(s, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(s, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, index));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, index));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(s, index)));
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(s, index));
        return QVariant(QByteArray(data, sqlite3_column_bytes(s, index)));
    }
    default:
        return QVariant();
    }
}

} // namespace citoyens::server
