#include "OrderTableModel.h"

#include "KeyedRows.h"

#include "models/Money.h"
#include "models/Subscription.h"
#include "store/OrderRepository.h"

namespace citoyens {

namespace {

QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

OrderTableModel::OrderTableModel(OrderRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &OrderRepository::changed, this, &OrderTableModel::refresh);
    m_rows = m_repository->loadAll();
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order& o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return o.number;
        case Date:
            return o.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case Service:
            return Subscription::titleCase(o.communeName) + QStringLiteral(" / ")
                + Subscription::titleCase(o.serviceName);
        case Beneficiary:
            return o.beneficiaryName;
        case Total:
            return Money::fromCents(o.totalCents).toFrench();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Total ? rightAligned() : QVariant();
    case IdRole:
        return o.id;
    case TotalCentsRole:
        return o.totalCents;
    case CreatedAtRole:
        return o.createdAt;
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Date:
        return tr("Date");
    case Service:
        return tr("Service");
    case Beneficiary:
        return tr("Child");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

int OrderTableModel::rowOf(const QString& id) const
{
    return rowOfId(m_rows, id);
}

void OrderTableModel::refresh()
{
    refreshKeyedRows(this, m_rows, m_repository->loadAll());
}

OrderLineModel::OrderLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OrderLineModel::setLines(const QList<OrderLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int OrderLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine& l = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Label ? QVariant() : rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label:
        return l.label;
    case UnitPrice:
        return l.unit.isEmpty() ? Money::fromCents(l.unitPriceCents).toFrench()
                                : tr("%1 / %2").arg(Money::fromCents(l.unitPriceCents).toFrench(), l.unit);
    case Quantity:
        return l.quantity;
    case LineTotal:
        return Money::fromCents(l.totalCents).toFrench();
    default:
        return {};
    }
}

QVariant OrderLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Item");
    case UnitPrice:
        return tr("Unit price");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace citoyens
