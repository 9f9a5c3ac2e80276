#pragma once

#include "widgets/FormPage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace citoyens {

class AccountScope;
class FetchOperation;
class OrderLineModel;
class OrderTableModel;

// "Historique et détails de mes commandes": the orders, newest first, the lines of the one
// selected, "Télécharger le reçu (PDF)" and, for a chosen year, the statement of childcare
// costs per child (PDF) for the tax return. Painted from the store, refreshed by the sync.
class OrdersPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    explicit OrdersPage(AccountScope* scope, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* linesTable() const { return m_lines; }
    // The name printed on the statement ("Marie Dupont").
    void setHolderName(const QString& name) { m_holder = name; }
    void selectOrder(const QString& orderId);
    void reset();

private:
    QString currentId() const;
    void showCurrent();
    void saveReceipt();
    void saveStatement();
    void showNotice(const QString& text, bool success);

    AccountScope* m_scope;
    OrderTableModel* m_model;
    OrderLineModel* m_lineModel;
    QLabel* m_notice;
    QTableView* m_table;
    QLabel* m_empty;
    QWidget* m_details;
    QLabel* m_summary;
    QTableView* m_lines;
    QLabel* m_total;
    QPushButton* m_receipt;
    QSpinBox* m_year;
    QPushButton* m_statement;
    QString m_holder;
    QPointer<FetchOperation> m_fetching;
};

} // namespace citoyens
