#include "WalletPaymentFoot.h"

#include "MissingFundsBox.h"
#include "widgets/BusyButton.h"

#include "wallet/CardPaymentOperation.h"
#include "wallet/WalletCommands.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

void WalletPaymentFoot::addTo(QDialog* dialog, QVBoxLayout* layout, const QString& prefix, const QString& confirmName,
                              const QString& cancelName) const
{
    balanceAfter->setObjectName(prefix + QStringLiteral("BalanceAfterLabel"));
    layout->addWidget(balanceAfter);
    layout->addWidget(missing);
    error->setObjectName(prefix + QStringLiteral("Error"));
    error->hide();
    layout->addWidget(error);

    confirm->setObjectName(prefix + QStringLiteral("ConfirmButton"));
    confirm->setAccessibleName(confirmName);
    confirm->setProperty("role", QStringLiteral("primary"));
    confirm->setDefault(true);
    cancel->setObjectName(prefix + QStringLiteral("CancelButton"));
    cancel->setAccessibleName(cancelName);
    cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    if (card) {
        card->setObjectName(prefix + QStringLiteral("CardButton"));
        card->setAutoDefault(false);
        buttons->addWidget(card);
    }
    buttons->addWidget(confirm);
    layout->addLayout(buttons);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
}

CardPaymentOperation* WalletPaymentFoot::followCard(WalletCommands* commands, const Order& pending, QLabel* status)
{
    CardPaymentOperation* following = commands->followCardPayment(pending);
    status->setText(following->statusText());
    status->show();
    QObject::connect(following, &CardPaymentOperation::statusChanged, status,
                     [status, following] { status->setText(following->statusText()); });
    return following;
}

} // namespace citoyens
