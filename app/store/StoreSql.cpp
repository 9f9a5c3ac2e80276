#include "StoreSql.h"

#include "LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace citoyens::StoreSql {

QString toText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray etag(const QSqlDatabase& db, const QString& resource)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT etag FROM sync_state WHERE resource = ?"));
    q.addBindValue(resource);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

bool hasSyncState(const QSqlDatabase& db, const QString& resource)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE resource = ?"));
    q.addBindValue(resource);
    return q.exec() && q.next();
}

bool setEtag(QSqlDatabase& db, const QString& resource, const QByteArray& etag)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO sync_state (resource, etag, synced_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(resource) DO UPDATE SET etag = excluded.etag, synced_at = excluded.synced_at"));
    q.addBindValue(resource);
    q.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    q.addBindValue(now());
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot write the sync state of" << resource << ":" << q.lastError().text();
        return false;
    }
    return true;
}

QHash<QString, QString> jsonById(const QSqlDatabase& db, const QString& table, bool* ok)
{
    QHash<QString, QString> rows;
    QSqlQuery q(db);
    const bool done = q.exec(QStringLiteral("SELECT id, json FROM %1").arg(table));
    while (done && q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    if (ok)
        *ok = done;
    return rows;
}

bool deleteById(QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec();
}

} // namespace citoyens::StoreSql
