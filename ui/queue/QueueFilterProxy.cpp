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

void QueueFilterProxy::setHidden(const QString& key, bool hidden)
{
    if (m_hidden.contains(key) == hidden)
        return;
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    invalidateRowsFilter();
}

int QueueFilterProxy::rowOf(const QString& key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(QueueTableModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_hidden.isEmpty() && m_hidden.contains(index.data(QueueTableModel::KeyRole).toString()))
        return false;
    if (!m_communeId.isEmpty() && index.data(QueueTableModel::CommuneIdRole).toString() != m_communeId)
        return false;
    return m_kind.isEmpty() || index.data(QueueTableModel::KindRole).toString() == m_kind;
}

} // namespace citoyens
