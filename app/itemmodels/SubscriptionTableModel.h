#pragma once

#include "models/Subscription.h"

#include <QAbstractTableModel>
#include <QList>

namespace citoyens {

class SubscriptionRepository;

// The person's subscriptions, one row each, newest first; refreshed from the repository
// whenever it changes (rows inserted/removed/changed, not reset, so selections survive).
class SubscriptionTableModel : public QAbstractTableModel
{
    Q_OBJECT
    template<typename> friend struct ModelRowHooks;
    Q_DISABLE_COPY_MOVE(SubscriptionTableModel)

public:
    enum Column { ServiceName, Commune, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // the column's underlying value (status: "pending"...)
        IdRole,
        StatusRole, // "pending" | "approved" | "rejected" | "incomplete"
        StatusReasonRole,
        ServiceIdRole,
        CommuneIdRole,
        CanWithdrawRole, // bool: status is pending
        NeedsDocumentRole, // bool: status is incomplete
    };
    Q_ENUM(Role)

    explicit SubscriptionTableModel(SubscriptionRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Subscription subscriptionAt(int row) const;
    int rowOf(const QString& subscriptionId) const; // -1 when absent

    // "Pending", "Approved", "Rejected: <reason>", "Documents to complete: <reason>" (translated).
    static QString statusText(const QString& status, const QString& reason);

public Q_SLOTS:
    void refresh();

private:
    SubscriptionRepository* m_repository;
    QList<Subscription> m_rows;
};

} // namespace citoyens
