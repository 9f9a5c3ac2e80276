#include "SubscriptionTableModel.h"

#include "KeyedRows.h"

#include "store/SubscriptionRepository.h"

namespace citoyens {

SubscriptionTableModel::SubscriptionTableModel(SubscriptionRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &SubscriptionRepository::changed, this, &SubscriptionTableModel::refresh);
    m_rows = m_repository->loadAll();
}

int SubscriptionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubscriptionTableModel::statusText(const QString& status, const QString& reason)
{
    if (status == Subscription::StatusPending)
        return tr("Pending");
    if (status == Subscription::StatusApproved)
        return tr("Approved");
    if (status == Subscription::StatusRejected)
        return reason.isEmpty() ? tr("Rejected") : tr("Rejected: %1").arg(reason);
    if (status == Subscription::StatusIncomplete)
        return reason.isEmpty() ? tr("Documents to complete") : tr("Documents to complete: %1").arg(reason);
    return status;
}

QVariant SubscriptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subscription& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ServiceName:
            return s.displayName();
        case Commune:
            return Subscription::titleCase(s.communeName);
        case Status:
            return statusText(s.status, s.statusReason);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case ServiceName:
            return s.displayName();
        case Commune:
            return s.communeName;
        case Status:
            return s.status;
        default:
            return {};
        }
    case IdRole:
        return s.id;
    case StatusRole:
        return s.status;
    case StatusReasonRole:
        return s.statusReason;
    case ServiceIdRole:
        return s.serviceId;
    case CommuneIdRole:
        return s.communeId;
    case CanWithdrawRole:
        return s.status == Subscription::StatusPending;
    case NeedsDocumentRole:
        return s.status == Subscription::StatusIncomplete;
    default:
        return {};
    }
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceName:
        return tr("Service name");
    case Commune:
        return tr("Commune");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> SubscriptionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(StatusReasonRole, "statusReason");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(CommuneIdRole, "communeId");
    names.insert(CanWithdrawRole, "canWithdraw");
    names.insert(NeedsDocumentRole, "needsDocument");
    return names;
}

Subscription SubscriptionTableModel::subscriptionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Subscription {};
}

int SubscriptionTableModel::rowOf(const QString& subscriptionId) const
{
    return rowOfId(m_rows, subscriptionId);
}

void SubscriptionTableModel::refresh()
{
    refreshKeyedRows(this, m_rows, m_repository->loadAll());
}

} // namespace citoyens
