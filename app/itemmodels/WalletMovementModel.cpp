#include "WalletMovementModel.h"

#include "KeyedRows.h"

#include "models/Money.h"
#include "store/WalletRepository.h"

namespace citoyens {

WalletMovementModel::WalletMovementModel(WalletRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &WalletRepository::changed, this, &WalletMovementModel::refresh);
    refresh();
}

int WalletMovementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalletMovementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletMovementModel::kindText(const QString& kind)
{
    if (kind == WalletMovement::KindTopUp)
        return tr("Top-up");
    if (kind == WalletMovement::KindOrder)
        return tr("Order");
    if (kind == WalletMovement::KindRefund)
        return tr("Refund");
    return kind;
}

QVariant WalletMovementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WalletMovement& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return m.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case Label:
            return m.label.isEmpty() ? kindText(m.kind) : m.label;
        case Amount: {
            const QString text = Money::fromCents(m.amountCents).toFrench();
            return m.amountCents > 0 ? QStringLiteral("+") + text : text;
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return kindText(m.kind);
    case IdRole:
        return m.id;
    case KindRole:
        return m.kind;
    case AmountCentsRole:
        return m.amountCents;
    case CreatedAtRole:
        return m.createdAt;
    case OrderIdRole:
        return m.orderId;
    default:
        return {};
    }
}

QVariant WalletMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Label:
        return tr("Movement");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

void WalletMovementModel::refresh()
{
    const std::optional<Wallet> wallet = m_repository->load();
    refreshKeyedRows(this, m_rows, wallet ? wallet->movements : QList<WalletMovement>());
    const qint64 balance = wallet ? wallet->balanceCents : 0;
    const bool changed = balance != m_balanceCents || wallet.has_value() != m_known;
    m_balanceCents = balance;
    m_known = wallet.has_value();
    if (changed)
        Q_EMIT balanceChanged(m_balanceCents);
}

} // namespace citoyens
