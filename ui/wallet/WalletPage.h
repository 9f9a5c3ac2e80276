#pragma once

#include "widgets/FormPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace citoyens {

class AccountScope;
class WalletMovementModel;

// "Mon porte-monnaie": the balance and every movement (top-ups, orders, refunds), newest first,
// painted from the store at once and refreshed by the sync; when the server cannot be reached
// the page says so and keeps what was last saved.
class WalletPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletPage)

public:
    explicit WalletPage(AccountScope* scope, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* balanceLabel() const { return m_balance; }

private:
    void update();

    WalletMovementModel* m_model;
    QLabel* m_balance;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace citoyens
