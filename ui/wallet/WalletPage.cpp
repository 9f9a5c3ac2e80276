#include "WalletPage.h"

#include "widgets/FormHelpers.h"
#include "widgets/SyncProblemRow.h"
#include "widgets/ViewKeys.h"

#include "itemmodels/WalletMovementModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "sync/SyncService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace citoyens {

WalletPage::WalletPage(AccountScope* scope, QWidget* parent)
    : FormPage(QStringLiteral("walletPage"), parent, 820)
    , m_model(scope->walletModel())
    , m_balance(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(FormHelpers::paragraph(tr("No movement yet. Top up your wallet with the amounts of the "
                                        "\"Funds deposit\" block."),
                                     this, QStringLiteral("hint")))
{
    setTitle(tr("My wallet"));
    m_balance->setObjectName(QStringLiteral("walletPageBalance"));
    m_balance->setProperty("role", QStringLiteral("subtitle"));
    body()->addWidget(m_balance);

    body()->addWidget(
        new SyncProblemRow(scope->sync(), SyncService::Resource::Wallet, QStringLiteral("wallet"),
                           tr("Your wallet could not be refreshed: %1 It is shown as last saved on this computer."),
                           tr("Refresh my wallet"), this));

    m_table->setObjectName(QStringLiteral("walletMovementsTable"));
    m_table->setAccessibleName(tr("Movements of my wallet"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WalletMovementModel::Date, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WalletMovementModel::Label, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WalletMovementModel::Amount, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(260);
    ViewKeys::install(m_table);
    body()->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("walletEmptyLabel"));
    body()->addWidget(m_empty);
    body()->addStretch(1);

    connect(m_model, &WalletMovementModel::balanceChanged, this, &WalletPage::update);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &WalletPage::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WalletPage::update);
    update();
}

void WalletPage::update()
{
    m_balance->setText(m_model->isKnown()
                           ? tr("Balance of my wallet: %1").arg(Money::fromCents(m_model->balanceCents()).toFrench())
                           : tr("Balance of my wallet: not known yet"));
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace citoyens
