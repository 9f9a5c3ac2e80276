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

bool upsertRow(QSqlDatabase& db, const QString& table, const QString& id, const QStringList& columns,
               const QVariantList& values, const QString& json)
{
    const QStringList names = QStringList { QStringLiteral("id") } + columns + QStringList { QStringLiteral("json") };
    QStringList updates;
    for (const QString& name : names.mid(1))
        updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                  .arg(table, names.join(QStringLiteral(", ")),
                       QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                       updates.join(QStringLiteral(", "))));
    q.addBindValue(id);
    for (const QVariant& value : values)
        q.addBindValue(value);
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save" << id << "in" << table << ":" << q.lastError().text();
        return false;
    }
    return true;
}

bool inTransaction(QSqlDatabase& db, const std::function<bool()>& work)
{
    if (!db.transaction())
        return false;
    if (!work() || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

QStringList jsonTexts(const QSqlDatabase& db, const QString& table, const QString& orderBy)
{
    QStringList texts;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT json FROM %1 ORDER BY %2").arg(table, orderBy)))
        return texts;
    while (q.next())
        texts.append(q.value(0).toString());
    return texts;
}

std::optional<QString> jsonText(const QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT json FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool replaceAllJson(QSqlDatabase& db, const QString& table, const QList<std::pair<QString, QString>>& rows,
                    const std::function<bool(qsizetype)>& upsert, const QByteArray& etag, ReplaceOutcome* outcome)
{
    ReplaceOutcome result;
    const bool done = inTransaction(db, [&] {
        bool ok = true;
        const QHash<QString, QString> before = jsonById(db, table, &ok);
        result.firstFill = before.isEmpty() && !hasSyncState(db, table);
        QSet<QString> kept;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto& [id, json] = rows.at(i);
            kept.insert(id);
            if (!before.contains(id))
                result.addedIds.insert(id);
            else if (before.value(id) == json)
                continue;
            ok = ok && upsert(i);
            result.changed = true;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!kept.contains(it.key())) {
                ok = ok && deleteById(db, table, it.key());
                result.changed = true;
            }
        }
        return ok && setEtag(db, table, etag);
    });
    if (done && outcome)
        *outcome = result;
    return done;
}

} // namespace citoyens::StoreSql
