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
class MissingFundsBox;

// The confirmation of a booking: the days, the total and "Solde après réservation" before
// anything is sent. When the balance is short it says what is missing and offers the top-up
// that covers it, as the purchase dialog does. "Confirmer" sends the booking with the key of
// this confirmation: pressed again after a failure, it books once.
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

    AccountScope* m_scope;
    BookingRequest m_request;
    qint64 m_expectedCents;
    QLabel* m_balanceAfter;
    MissingFundsBox* m_missing;
    QLabel* m_error;
    BusyButton* m_confirm;
    QPushButton* m_cancel;
    QByteArray m_key;
    qint64 m_serverMissing = 0;
    QPointer<BookOperation> m_sending;
};

} // namespace citoyens
