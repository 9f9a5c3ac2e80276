#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QString>

namespace citoyens {

// Brings `rows` to `fresh` with the smallest set of model signals that keeps views and
// selections right: rows gone are removed, new ones inserted, changed ones reported through
// `changedRow`. When the surviving rows changed order, the model is reset instead.
// The model passes its protected begin/end calls as callables.
template<typename T, typename Key, typename Hooks>
void applyKeyedRows(QList<T>& rows, const QList<T>& fresh, Key key, Hooks& hooks)
{
    QSet<QString> freshKeys;
    for (const T& item : fresh)
        freshKeys.insert(key(item));
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (freshKeys.contains(key(rows.at(i))))
            continue;
        hooks.beginRemove(i);
        rows.removeAt(i);
        hooks.endRemove();
    }
    // Survivors must appear in `fresh` in the same order; otherwise a reset is simpler.
    QSet<QString> kept;
    for (const T& item : rows)
        kept.insert(key(item));
    int next = 0;
    for (const T& item : fresh) {
        if (!kept.contains(key(item)))
            continue;
        if (key(rows.at(next)) != key(item)) {
            hooks.beginReset();
            rows = fresh;
            hooks.endReset();
            return;
        }
        ++next;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i >= rows.size() || key(rows.at(i)) != key(fresh.at(i))) {
            hooks.beginInsert(i);
            rows.insert(i, fresh.at(i));
            hooks.endInsert();
        } else if (!(rows.at(i) == fresh.at(i))) {
            rows[i] = fresh.at(i);
            hooks.changedRow(i);
        }
    }
}

// The begin/end row calls applyKeyedRows needs, for a model of items with an `id` that
// declares `template<typename> friend struct ModelRowHooks;` (they are protected).
template<typename Model> struct ModelRowHooks
{
    Model* m;
    void beginRemove(int row) { m->beginRemoveRows({}, row, row); }
    void endRemove() { m->endRemoveRows(); }
    void beginInsert(int row) { m->beginInsertRows({}, row, row); }
    void endInsert() { m->endInsertRows(); }
    void beginReset() { m->beginResetModel(); }
    void endReset() { m->endResetModel(); }
    void changedRow(int row)
    {
        const int lastColumn = static_cast<QAbstractItemModel*>(m)->columnCount() - 1;
        Q_EMIT m->dataChanged(m->index(row, 0), m->index(row, lastColumn));
    }
};

// Brings a model's `rows` to `fresh`, matching items by their `id`.
template<typename Model, typename T> void refreshKeyedRows(Model* model, QList<T>& rows, const QList<T>& fresh)
{
    ModelRowHooks<Model> hooks { model };
    applyKeyedRows(
        rows, fresh, [](const T& item) { return item.id; }, hooks);
}

// The row of the item with this id, or -1.
template<typename T> int rowOfId(const QList<T>& rows, const QString& id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace citoyens
