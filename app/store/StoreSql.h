#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace citoyens {

// Small helpers shared by the repositories (not a public API of the store).
namespace StoreSql {

QString toText(const QJsonObject& json); // compact JSON
QJsonObject fromText(const QString& text);
QString now(); // ISO 8601 UTC

// sync_state: the ETag of a collection (resource = its table name).
QByteArray etag(const QSqlDatabase& db, const QString& resource);
bool hasSyncState(const QSqlDatabase& db, const QString& resource); // synced at least once
bool setEtag(QSqlDatabase& db, const QString& resource, const QByteArray& etag);

// id -> json text of every row of `table` (which has `id` and `json` columns).
QHash<QString, QString> jsonById(const QSqlDatabase& db, const QString& table, bool* ok = nullptr);
bool deleteById(QSqlDatabase& db, const QString& table, const QString& id);

} // namespace StoreSql

} // namespace citoyens
