#pragma once

#include "models/Wallet.h"

#include <QAbstractTableModel>
#include <QList>

namespace citoyens {

class WalletRepository;

// "Mon porte-monnaie": the movements, newest first (date, label, amount signed "+25,00 €" /
// "-4,40 €"), and the balance. Rows are inserted / removed / changed, not reset.
class WalletMovementModel : public QAbstractTableModel
{
    Q_OBJECT
    template<typename> friend struct ModelRowHooks;
    Q_DISABLE_COPY_MOVE(WalletMovementModel)

public:
    enum Column { Date, Label, Amount, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // top_up | order | refund
        AmountCentsRole, // qint64, signed
        CreatedAtRole, // QDateTime
        OrderIdRole,
    };
    Q_ENUM(Role)

    explicit WalletMovementModel(WalletRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // False until the wallet was synced once (the balance is then unknown, not zero).
    bool isKnown() const { return m_known; }
    qint64 balanceCents() const { return m_balanceCents; }
    WalletMovement movementAt(int row) const { return m_rows.value(row); }

    // "Mouvement" words: "Rechargement", "Commande", "Remboursement".
    static QString kindText(const QString& kind);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The balance changed or became known.
    void balanceChanged(qint64 balanceCents);

private:
    WalletRepository* m_repository;
    QList<WalletMovement> m_rows;
    qint64 m_balanceCents = 0;
    bool m_known = false;
};

} // namespace citoyens
