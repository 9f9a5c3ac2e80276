#pragma once

#include "models/Reservation.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace citoyens {

class AccountScope;
class BookOperation;
class BusyButton;
class CardPaymentOperation;
class MissingFundsBox;

// The confirmation of a booking: the days, the total and "Solde après réservation" before
// anything is sent. When the balance is short it says what is missing and offers the top-up
// that covers it, as the purchase dialog does. « Payer avec mon porte-monnaie » sends the booking
// with the key of this confirmation: pressed again after a failure, it books once. « Payer par
// carte » books the days held for a card payment of their exact amount: the provider's page
// opens and the dialog follows the order until it is paid (booked() then, and it closes) or
// released — the days freed, nothing charged — when it stays open to try again.
class BookingConfirmDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingConfirmDialog)

public:
    // `days`: one line per day the client expects to book; `expectedCents`: their total (the
    // server's outcome is what counts).
    BookingConfirmDialog(AccountScope* scope, const BookingRequest& request, const QStringList& days,
                         qint64 expectedCents, QWidget* parent = nullptr);

    QByteArray idempotencyKey() const { return m_key; }

Q_SIGNALS:
    void booked(const citoyens::BookingResult& result);

private:
    void update();
    void confirm();
    void payByCard();
    void followCard(const BookingResult& held);
    void showFailure(const BookOperation* operation);

    AccountScope* m_scope;
    BookingRequest m_request;
    qint64 m_expectedCents;
    QLabel* m_balanceAfter;
    MissingFundsBox* m_missing;
    QLabel* m_error;
    BusyButton* m_confirm;
    BusyButton* m_card;
    QLabel* m_cardStatus;
    QPushButton* m_cancel;
    QByteArray m_key;
    QByteArray m_cardKey; // a released card payment is tried again with a new one
    QPointer<CardPaymentOperation> m_following;
    qint64 m_serverMissing = 0;
    QPointer<BookOperation> m_sending;
};

} // namespace citoyens
