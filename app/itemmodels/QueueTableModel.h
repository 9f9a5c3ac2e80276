#pragma once

#include "queue/QueueItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace citoyens {

class CatalogueRepository;
class QueueRepository;

// The desk agent's queue as a table, oldest first, refreshed from its repository (rows are
// inserted, removed and changed, not reset, so that the current row survives a sync). Commune
// names come from the catalogue (a beneficiary's item carries only the commune's id).
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)
    template<typename> friend struct ModelRowHooks;

public:
    enum Column { Kind, Citizen, Subject, Commune, Date, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole, // "subscription" | "beneficiary"
        CommuneIdRole,
        CreatedAtRole,
    };

    QueueTableModel(QueueRepository* repository, CatalogueRepository* catalogue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QueueItem itemAt(int row) const;
    int rowOf(const QString& key) const;
    // "Rosières", from the catalogue (the id itself when unknown).
    QString communeName(const QString& communeId) const;
    // The communes of the items, id -> name.
    QHash<QString, QString> communes() const;

    static QString kindText(QueueItem::Kind kind);
    static QString kindWord(QueueItem::Kind kind);

public Q_SLOTS:
    void refresh();

private:
    QPointer<QueueRepository> m_repository;
    QPointer<CatalogueRepository> m_catalogue;
    QList<QueueItem> m_rows;
    QHash<QString, QString> m_communeNames;
};

} // namespace citoyens
