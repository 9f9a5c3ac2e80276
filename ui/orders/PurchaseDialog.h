#pragma once

#include "models/Order.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace citoyens {

class AccountScope;
class BusyButton;
class CardPaymentOperation;
class OrderOperation;
class MissingFundsBox;

// "Acheter" on an approved request: what it sells at the person's tariff, a quantity per item
// (0 to 99), the child it is for (optional); the items booked by the day are not sold here
// (the server refuses them): the dialog names them and says they are booked in « Mes
// réservations », the total and "Solde après achat" as the quantities
// change. When the balance is short it says what is missing and offers the top-up that covers
// it; the quantities stay while the person pays. « Payer avec mon porte-monnaie » sends the
// order with the key of this confirmation: pressed twice, or again after a network failure, it
// books one order. « Payer par carte » sends it to be paid by card for its exact amount (no
// top-up needed): the provider's page opens, and the dialog follows the order, in words, until
// it is paid (then it closes) or released with nothing charged (then it stays, to try again).
class PurchaseDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseDialog)

public:
    PurchaseDialog(AccountScope* scope, const QString& subscriptionId, QWidget* parent = nullptr);

    // The quantity box of an offered item (nullptr before the offers arrived).
    QSpinBox* quantityBox(const QString& itemId) const;
    QByteArray idempotencyKey() const { return m_key; }

signals:
    void purchased(const citoyens::Order& order);

private:
    void fillChildren();
    void loadOffers();
    void showOffers(const QList<Offer>& offers, const QStringList& bookedByDay);
    OrderRequest request() const;
    void update();
    void confirm();
    void payByCard();
    void followCard(const Order& pending);
    void sendErrors(const OrderOperation* operation);
    void showError(const QString& text);

    AccountScope* m_scope;
    QString m_subscriptionId;
    QList<Offer> m_offers;
    QList<QSpinBox*> m_quantities;
    QList<QLabel*> m_lineTotals;
    QLabel* m_service;
    QLabel* m_loading;
    QLabel* m_bookedByDay;
    QPushButton* m_retryOffers;
    QWidget* m_offersBox;
    QGridLayout* m_grid;
    QComboBox* m_child;
    QLabel* m_total;
    QLabel* m_balanceAfter;
    MissingFundsBox* m_missing;
    QLabel* m_error;
    BusyButton* m_confirm;
    BusyButton* m_card;
    QLabel* m_cardStatus;
    QPushButton* m_cancel;
    QByteArray m_key; // this confirmation's Idempotency-Key
    OrderRequest m_keyRequest; // what m_key was first sent for
    bool m_keySent = false;
    QPointer<OrderOperation> m_sending;
    QByteArray m_cardKey; // the card payment's own key: a released payment is tried with a new one
    OrderRequest m_cardKeyRequest;
    QPointer<CardPaymentOperation> m_following;
};

} // namespace citoyens
