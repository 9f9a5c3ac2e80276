#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

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
// Writes row `id` of `table`: its `json` and the `columns` it is sorted or queried by (their
// values in the same order). An update in place, not INSERT OR REPLACE: that deletes the row
// first, and the rows of other tables that cascade from it.
bool upsertRow(QSqlDatabase& db, const QString& table, const QString& id, const QStringList& columns,
               const QVariantList& values, const QString& json);

// Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
bool inTransaction(QSqlDatabase& db, const std::function<bool()>& work);

// Tables holding one item's JSON per row (columns `id`, `json`, plus any the upsert fills):
// the `json` column of every row, in `orderBy` order (an SQL ORDER BY list).
QStringList jsonTexts(const QSqlDatabase& db, const QString& table, const QString& orderBy);
// The `json` column of row `id`; nullopt when there is none.
std::optional<QString> jsonText(const QSqlDatabase& db, const QString& table, const QString& id);

template<typename T> QList<T> loadAllJson(const QSqlDatabase& db, const QString& table, const QString& orderBy)
{
    QList<T> all;
    for (const QString& text : jsonTexts(db, table, orderBy)) {
        if (auto item = T::fromJson(fromText(text)))
            all.append(*item);
    }
    return all;
}

template<typename T> std::optional<T> findJson(const QSqlDatabase& db, const QString& table, const QString& id)
{
    const std::optional<QString> text = jsonText(db, table, id);
    if (!text)
        return std::nullopt;
    return T::fromJson(fromText(*text));
}

struct ReplaceOutcome
{
    bool changed = false; // a row was written or deleted
    QSet<QString> addedIds; // ids not stored before
    bool firstFill = false; // the table was empty and never synced before
};

// In one transaction, makes `table` hold exactly `rows` (id, compact JSON) and stores `etag` in
// sync_state. Only rows that are new or whose JSON differs are written, by upsert(index in rows);
// rows whose id is absent from `rows` are deleted.
bool replaceAllJson(QSqlDatabase& db, const QString& table, const QList<std::pair<QString, QString>>& rows,
                    const std::function<bool(qsizetype)>& upsert, const QByteArray& etag,
                    ReplaceOutcome* outcome = nullptr);

// replaceAllJson for a collection of items with an `id` and toJson(): each new or changed row is
// written by `writeRow(db, item, json)`, which also fills the columns the table sorts by.
template<typename T, typename WriteRow>
bool replaceAllItems(QSqlDatabase& db, const QString& table, const QList<T>& all, const WriteRow& writeRow,
                     const QByteArray& etag, ReplaceOutcome* outcome = nullptr)
{
    QList<std::pair<QString, QString>> rows;
    rows.reserve(all.size());
    for (const T& item : all)
        rows.append({ item.id, toText(item.toJson()) });
    const auto write = [&](qsizetype i) {
        return writeRow(db, all.at(i), rows.at(i).second);
    };
    return replaceAllJson(db, table, rows, write, etag, outcome);
}

// One item the person just changed, written in its own transaction; the collection's ETag no
// longer describes what is stored, so it is cleared (the next sync fetches the whole list).
template<typename T, typename WriteRow>
bool upsertItem(QSqlDatabase& db, const QString& table, const T& item, const WriteRow& writeRow)
{
    return inTransaction(db, [&] { return writeRow(db, item, toText(item.toJson())) && setEtag(db, table, {}); });
}

} // namespace StoreSql

} // namespace citoyens
