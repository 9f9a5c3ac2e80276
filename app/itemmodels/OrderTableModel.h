#pragma once

#include "models/Order.h"

#include <QAbstractTableModel>
#include <QList>

namespace citoyens {

class OrderRepository;

// "Mes commandes": the orders, newest first (number, date, service, child, total). Rows are
// inserted / removed / changed, not reset, so the selection survives a sync.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
    template<typename> friend struct ModelRowHooks;
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column { Number, Date, Service, Beneficiary, Total, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        TotalCentsRole, // qint64
        CreatedAtRole, // QDateTime
    };
    Q_ENUM(Role)

    explicit OrderTableModel(OrderRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Order orderAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString& id) const;

public Q_SLOTS:
    void refresh();

private:
    OrderRepository* m_repository;
    QList<Order> m_rows;
};

// The lines of one order (label, unit price, quantity, total), for the details under the list.
class OrderLineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLineModel)

public:
    enum Column { Label, UnitPrice, Quantity, LineTotal, ColumnCount };
    Q_ENUM(Column)

    explicit OrderLineModel(QObject* parent = nullptr);

    void setLines(const QList<OrderLine>& lines);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderLine> m_lines;
};

} // namespace citoyens
