#pragma once

#include "models/Catalogue.h"

#include <QAbstractItemModel>
#include <optional>

namespace citoyens {

class CatalogueRepository;

// A tree: communes at the top level, their services beneath (one column). Filter it with a
// QSortFilterProxyModel with setRecursiveFilteringEnabled(true). Refreshed (reset) from the
// repository when the catalogue changes, which is rare (a new ETag).
class CatalogueModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueModel)

public:
    enum class NodeKind { Commune, Service };
    Q_ENUM(NodeKind)

    enum Role {
        IdRole = Qt::UserRole + 1, // commune id or service id
        NodeKindRole, // int(NodeKind)
        CommuneIdRole,
        CommuneNameRole, // as sent ("ROSIÈRES")
        NameRole, // service name as sent, or the commune name
        NeedsIncomeRole, // bool (services)
        RequiredDocumentKindsRole, // QStringList (services)
        BracketLabelsRole, // QStringList (services)
    };
    Q_ENUM(Role)

    explicit CatalogueModel(CatalogueRepository* repository, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Catalogue& catalogue() const { return m_catalogue; }
    std::optional<Service> serviceAt(const QModelIndex& index) const; // nullopt on a commune
    std::optional<Commune> communeAt(const QModelIndex& index) const; // the commune of either kind
    QModelIndex indexOfService(const QString& serviceId) const;

public Q_SLOTS:
    void refresh();

private:
    CatalogueRepository* m_repository;
    Catalogue m_catalogue;
};

} // namespace citoyens
