#include "QueueFilterProxy.h"

#include "itemmodels/QueueTableModel.h"

namespace citoyens {

QueueFilterProxy::QueueFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void QueueFilterProxy::setCommuneId(const QString& communeId)
{
    if (communeId == m_communeId)
        return;
    m_communeId = communeId;
    invalidateRowsFilter();
}

void QueueFilterProxy::setKind(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_communeId.isEmpty() && index.data(QueueTableModel::CommuneIdRole).toString() != m_communeId)
        return false;
    return m_kind.isEmpty() || index.data(QueueTableModel::KindRole).toString() == m_kind;
}

} // namespace citoyens
