#pragma once

#include "StoreRepository.h"
#include "StoreSql.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

namespace citoyens {

// A collection the server sends whole as a list (GET /me/orders...), stored one JSON row per
// item in its own table, with the list's ETag in sync_state. What differs from one collection
// to the next is its Table: its name, its order and the columns filled beside the JSON.
// Every write is one transaction, then changed().
template<typename T> class JsonListRepository : public StoreRepository
{
public:
    // A column filled from the item beside its JSON (to sort or query by).
    struct Column
    {
        QString name;
        std::function<QVariant(const T&)> value;
    };
    struct Table
    {
        QString name;
        QString orderBy; // an SQL ORDER BY list
        QList<Column> columns;
    };

    // A column holding a member of the item as it is (text, number).
    template<typename Member> static Column column(const QString& name, Member T::*member)
    {
        return { name, [member](const T& item) {
                    return QVariant::fromValue(item.*member);
                } };
    }
    // A column holding a date and time of the item in ISO 8601 UTC, so that it sorts as text.
    static Column isoColumn(const QString& name, QDateTime T::*member)
    {
        return { name, [member](const T& item) {
                    const QDateTime& when = item.*member;
                    return QVariant(when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString());
                } };
    }

    JsonListRepository(Table table, LocalStore* store, QObject* parent)
        : StoreRepository(store, parent)
        , m_table(std::move(table))
    { }

    // In the table's order.
    QList<T> loadAll() const
    {
        if (!isOpen())
            return {};
        return StoreSql::loadAllJson<T>(m_store->database(), m_table.name, m_table.orderBy);
    }

    std::optional<T> find(const QString& id) const
    {
        if (!isOpen())
            return std::nullopt;
        return StoreSql::findJson<T>(m_store->database(), m_table.name, id);
    }

    // The whole collection as the server sent it (rows not in `all` are deleted).
    bool replaceAll(const QList<T>& all, const QByteArray& etag)
    {
        if (!isOpen())
            return false;
        QSqlDatabase db = m_store->database();
        StoreSql::ReplaceOutcome outcome;
        const auto write = [this](QSqlDatabase& d, const T& item, const QString& json) {
            return writeRow(d, item, json);
        };
        if (!StoreSql::replaceAllItems(db, m_table.name, all, write, etag, &outcome))
            return false;
        if (outcome.changed)
            Q_EMIT changed();
        replaced(all, outcome);
        return true;
    }

    // One item changed by a command (its ETag is then stale: cleared so the next sync refetches).
    bool upsert(const T& item)
    {
        if (!isOpen())
            return false;
        QSqlDatabase db = m_store->database();
        const auto write = [this](QSqlDatabase& d, const T& i, const QString& json) {
            return writeRow(d, i, json);
        };
        if (!StoreSql::upsertItem(db, m_table.name, item, write))
            return false;
        Q_EMIT changed();
        return true;
    }

    bool remove(const QString& id)
    {
        if (!isOpen())
            return false;
        QSqlDatabase db = m_store->database();
        if (!StoreSql::inTransaction(db, [&] {
                return removeDependents(db, id) && StoreSql::deleteById(db, m_table.name, id)
                    && StoreSql::setEtag(db, m_table.name, {});
            }))
            return false;
        Q_EMIT changed();
        return true;
    }

    QByteArray etag() const
    {
        if (!isOpen())
            return {};
        return StoreSql::etag(m_store->database(), m_table.name);
    }

protected:
    const QString& tableName() const { return m_table.name; }

    // Row item.id with its JSON and its columns, in the caller's transaction.
    bool writeRow(QSqlDatabase& db, const T& item, const QString& json) const
    {
        QStringList names;
        QVariantList values;
        for (const Column& column : m_table.columns) {
            names.append(column.name);
            values.append(column.value(item));
        }
        return StoreSql::upsertRow(db, m_table.name, item.id, names, values, json);
    }

    // Rows of other tables that go with item `id`, deleted in remove()'s transaction.
    virtual bool removeDependents(QSqlDatabase& db, const QString& id)
    {
        Q_UNUSED(db)
        Q_UNUSED(id)
        return true;
    }

    // After replaceAll() committed (changed() is already emitted when a row changed).
    virtual void replaced(const QList<T>& all, const StoreSql::ReplaceOutcome& outcome)
    {
        Q_UNUSED(all)
        Q_UNUSED(outcome)
    }

private:
    const Table m_table;
};

} // namespace citoyens
