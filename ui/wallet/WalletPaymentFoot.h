#pragma once

#include <QString>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace citoyens {

class BusyButton;
class CardPaymentOperation;
class MissingFundsBox;
class WalletCommands;
struct Order;

// The foot of a dialog that pays from the wallet (a purchase, a booking), the same in each:
// the balance after paying, what is missing with its top-up, the error, then « Annuler » and
// the default « Confirmer ». The dialog creates the parts (their words are its own) and keeps
// them; this names them `<prefix>BalanceAfterLabel`, `<prefix>Error`, `<prefix>ConfirmButton`
// and `<prefix>CancelButton`, lays them out in that order (their Tab order) and makes
// « Annuler » reject the dialog. With `card` (« Payer par carte », its accessible name set by the
// dialog), that button is `<prefix>CardButton`, between « Annuler » and « Confirmer ».
struct WalletPaymentFoot
{
    QLabel* balanceAfter;
    MissingFundsBox* missing;
    QLabel* error;
    BusyButton* confirm;
    QPushButton* cancel;
    QPushButton* card = nullptr;

    void addTo(QDialog* dialog, QVBoxLayout* layout, const QString& prefix, const QString& confirmName,
               const QString& cancelName) const;

    // Follows the card payment of `pending` (WalletCommands::followCardPayment), its words kept
    // in `status`, shown, as it goes.
    static CardPaymentOperation* followCard(WalletCommands* commands, const Order& pending, QLabel* status);
};

} // namespace citoyens
