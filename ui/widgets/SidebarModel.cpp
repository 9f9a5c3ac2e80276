#include "SidebarModel.h"

namespace citoyens {

SidebarModel::SidebarModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int SidebarModel::addEntry(const QString& label, const QIcon& icon)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry { label, icon, 0 });
    endInsertRows();
    return row;
}

void SidebarModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

void SidebarModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void SidebarModel::setBadge(int row, int count)
{
    if (row < 0 || row >= m_entries.size())
        return;
    count = qMax(0, count);
    if (m_entries[row].badge == count)
        return;
    m_entries[row].badge = count;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { Qt::DisplayRole, Qt::AccessibleTextRole, BadgeRole });
}

int SidebarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SidebarModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.badge > 0 ? tr("%1 (%2)").arg(entry.label).arg(entry.badge) : entry.label;
    case Qt::AccessibleTextRole:
        return entry.badge > 0 ? tr("%1, %n unread", nullptr, entry.badge).arg(entry.label) : entry.label;
    case Qt::DecorationRole:
        return entry.icon;
    case Qt::ToolTipRole:
    case LabelRole:
        return entry.label;
    case BadgeRole:
        return entry.badge;
    default:
        return {};
    }
}

QHash<int, QByteArray> SidebarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BadgeRole, "badge");
    names.insert(LabelRole, "label");
    return names;
}

} // namespace citoyens
