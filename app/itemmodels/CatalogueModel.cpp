#include "CatalogueModel.h"

#include "store/CatalogueRepository.h"

#include <QStringList>

namespace citoyens {

// internalId: 0 for a commune; communeRow + 1 for a service of that commune.

CatalogueModel::CatalogueModel(CatalogueRepository* repository, QObject* parent)
    : QAbstractItemModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &CatalogueRepository::changed, this, &CatalogueModel::refresh);
    m_catalogue = m_repository->load();
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_catalogue.communes.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_catalogue.communes.size())
        return {};
    const Commune& commune = m_catalogue.communes.at(parent.row());
    return row < commune.services.size() ? createIndex(row, 0, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex CatalogueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_catalogue.communes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_catalogue.communes.at(parent.row()).services.size());
}

int CatalogueModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 1;
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Commune& c = m_catalogue.communes.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
        case CommuneNameRole:
            return c.name;
        case IdRole:
        case CommuneIdRole:
            return c.id;
        case NodeKindRole:
            return int(NodeKind::Commune);
        default:
            return {};
        }
    }
    const Commune& c = m_catalogue.communes.at(int(index.internalId() - 1));
    const Service& s = c.services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case IdRole:
        return s.id;
    case CommuneIdRole:
        return c.id;
    case CommuneNameRole:
        return c.name;
    case NodeKindRole:
        return int(NodeKind::Service);
    case NeedsIncomeRole:
        return s.needsIncome;
    case RequiredDocumentKindsRole: {
        QStringList kinds;
        for (const DocumentRequirement& r : s.requiredDocuments)
            kinds.append(r.kind);
        return kinds;
    }
    case BracketLabelsRole: {
        QStringList labels;
        for (const TariffBracket& b : s.brackets)
            labels.append(b.label);
        return labels;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(CommuneIdRole, "communeId");
    names.insert(CommuneNameRole, "communeName");
    names.insert(NameRole, "name");
    names.insert(NeedsIncomeRole, "needsIncome");
    names.insert(RequiredDocumentKindsRole, "requiredDocumentKinds");
    names.insert(BracketLabelsRole, "bracketLabels");
    return names;
}

std::optional<Service> CatalogueModel::serviceAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return std::nullopt;
    return m_catalogue.communes.at(int(index.internalId() - 1)).services.at(index.row());
}

std::optional<Commune> CatalogueModel::communeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return m_catalogue.communes.at(row);
}

QModelIndex CatalogueModel::indexOfService(const QString& serviceId) const
{
    for (int c = 0; c < m_catalogue.communes.size(); ++c) {
        const QList<Service>& services = m_catalogue.communes.at(c).services;
        for (int s = 0; s < services.size(); ++s) {
            if (services.at(s).id == serviceId)
                return createIndex(s, 0, quintptr(c) + 1);
        }
    }
    return {};
}

void CatalogueModel::refresh()
{
    Catalogue fresh = m_repository->load();
    if (fresh == m_catalogue)
        return;
    // The catalogue changes rarely (a new ETag) and whole: a reset is the honest signal.
    beginResetModel();
    m_catalogue = std::move(fresh);
    endResetModel();
}

} // namespace citoyens
