#include "BookingConfirmDialog.h"

#include "wallet/MissingFundsBox.h"
#include "wallet/WalletPaymentFoot.h"
#include "widgets/BusyButton.h"
#include "widgets/FormHelpers.h"

#include "api/ApiError.h"
#include "itemmodels/WalletMovementModel.h"
#include "models/Money.h"
#include "models/Order.h"
#include "models/ProblemCodes.h"
#include "reservations/BookOperation.h"
#include "reservations/ReservationCommands.h"
#include "scope/AccountScope.h"
#include "wallet/CardPaymentOperation.h"
#include "wallet/WalletCommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

BookingConfirmDialog::BookingConfirmDialog(AccountScope* scope, const BookingRequest& request, const QStringList& days,
                                           qint64 expectedCents, QWidget* parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_request(request)
    , m_expectedCents(expectedCents)
    , m_balanceAfter(new QLabel(this))
    , m_missing(new MissingFundsBox(scope, QStringLiteral("booking"), this))
    , m_error(FormHelpers::paragraph({}, this, QStringLiteral("error")))
    , m_confirm(new BusyButton(tr("Pay with my &wallet"), tr("Booking…"), this))
    , m_card(new BusyButton(tr("Pay by &card"), tr("Opening the payment page…"), this))
    , m_cardStatus(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_key(WalletCommands::newIdempotencyKey())
    , m_cardKey(WalletCommands::newIdempotencyKey())
{
    setObjectName(QStringLiteral("bookingConfirmDialog"));
    setWindowTitle(tr("Confirm the booking"));
    setAccessibleName(tr("Confirm the booking"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* summary = FormHelpers::paragraph(
        tr("%n day(s) to book, total %1:", nullptr, int(days.size())).arg(Money::fromCents(expectedCents).toFrench()),
        this, QStringLiteral("subtitle"));
    summary->setObjectName(QStringLiteral("bookingConfirmSummary"));
    layout->addWidget(summary);
    auto* list = FormHelpers::paragraph(days.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("bookingConfirmDays"));
    layout->addWidget(list);
    if (request.pattern) {
        auto* note = FormHelpers::paragraph(
            tr("The town hall applies its rules to each day when it receives the booking: a day that is closed, "
               "full or past its deadline by then is not booked, and not charged."),
            this, QStringLiteral("hint"));
        note->setObjectName(QStringLiteral("bookingConfirmNote"));
        layout->addWidget(note);
    }
    m_cardStatus->setObjectName(QStringLiteral("bookingCardStatus"));
    m_cardStatus->hide();
    layout->addWidget(m_cardStatus);
    m_card->setAccessibleName(tr("Pay the booking by card"));
    WalletPaymentFoot { m_balanceAfter, m_missing, m_error, m_confirm, m_cancel, m_card }.addTo(
        this, layout, QStringLiteral("booking"), tr("Pay the booking with my wallet"), tr("Do not book"));
    setTabOrder(m_cancel, m_card);
    setTabOrder(m_card, m_confirm);

    connect(m_confirm, &QPushButton::clicked, this, &BookingConfirmDialog::confirm);
    connect(m_card, &QPushButton::clicked, this, &BookingConfirmDialog::payByCard);
    connect(m_missing, &MissingFundsBox::topUpFinished, this, &BookingConfirmDialog::update);
    connect(scope->walletModel(), &WalletMovementModel::balanceChanged, this, [this] {
        m_serverMissing = 0;
        update();
    });
    update();
    m_confirm->setFocus(Qt::OtherFocusReason);
}

void BookingConfirmDialog::update()
{
    const WalletMovementModel* wallet = m_scope->walletModel();
    const qint64 after = wallet->balanceCents() - m_expectedCents;
    m_balanceAfter->setText(wallet->isKnown() ? tr("Balance after booking: %1").arg(Money::fromCents(after).toFrench())
                                              : tr("Balance after booking: not known yet"));
    const qint64 missing = std::max(m_serverMissing, wallet->isKnown() && after < 0 ? -after : qint64(0));
    m_missing->setMissing(missing);
    // A pattern's total is the client's estimate: the server may skip days, so only its own
    // answer stops the confirmation.
    const bool blocked = m_request.pattern ? m_serverMissing > 0 : missing > 0;
    m_confirm->setEnabled(!m_sending && !m_following && !blocked);
    // The card pays the exact amount: a short balance does not stop it.
    m_card->setEnabled(!m_sending && !m_following);
}

void BookingConfirmDialog::confirm()
{
    if (m_sending || m_following)
        return;
    m_error->hide();
    BookOperation* operation = m_scope->reservationCommands()->book(m_request, m_key);
    m_sending = operation;
    m_confirm->setBusy(true);
    update();
    connect(operation, &Operation::finished, this, [this, operation] {
        m_sending = nullptr;
        m_confirm->setBusy(false);
        if (operation->succeeded()) {
            Q_EMIT booked(operation->result());
            accept();
            return;
        }
        showFailure(operation);
        update();
    });
}

void BookingConfirmDialog::showFailure(const BookOperation* operation)
{
    const ApiError& error = operation->error();
    if (error.code == ProblemCode::InsufficientFunds) {
        m_serverMissing = operation->missingCents();
        m_error->setText(tr("Nothing was booked: your wallet is short of %1.")
                             .arg(Money::fromCents(operation->missingCents()).toFrench()));
    } else if (!error.fieldErrors.isEmpty()) {
        QStringList words;
        for (const FieldError& field : error.fieldErrors)
            words.append(tr("%1: %2").arg(field.field, ApiError::describe(field)));
        m_error->setText(words.join(QLatin1Char('\n')));
    } else {
        m_error->setText(tr("Nothing was booked: %1").arg(error.message));
    }
    m_error->show();
}

void BookingConfirmDialog::payByCard()
{
    if (m_sending || m_following)
        return;
    m_error->hide();
    BookingRequest request = m_request;
    request.byCard = true;
    BookOperation* operation = m_scope->reservationCommands()->book(request, m_cardKey);
    m_sending = operation;
    m_card->setBusy(true);
    update();
    connect(operation, &Operation::finished, this, [this, operation] {
        m_sending = nullptr;
        m_card->setBusy(false);
        if (!operation->succeeded()) {
            showFailure(operation);
            update();
            return;
        }
        const BookingResult& result = operation->result();
        // Nothing to pay (only waiting-list days, or none booked), or paid already (a replay).
        if (result.orderId.isEmpty() || result.orderStatus != Order::StatusPending) {
            Q_EMIT booked(result);
            accept();
            return;
        }
        followCard(result);
    });
}

void BookingConfirmDialog::followCard(const BookingResult& held)
{
    Order pending;
    pending.id = held.orderId;
    pending.number = held.orderNumber;
    pending.totalCents = held.totalCents;
    pending.paidWith = Order::PaidWithCard;
    pending.status = Order::StatusPending;
    pending.paymentUrl = held.paymentUrl;
    pending.expiresAt = held.expiresAt;
    CardPaymentOperation* following = WalletPaymentFoot::followCard(m_scope->walletCommands(), pending, m_cardStatus);
    m_following = following;
    connect(following, &Operation::finished, this, [this, following, held] {
        m_following = nullptr;
        m_scope->reservationCommands()->cardPaymentEnded(m_request.subscriptionId, m_request.beneficiaryId);
        if (following->succeeded()) {
            BookingResult paid = held;
            paid.orderStatus = Order::StatusPaid;
            Q_EMIT booked(paid);
            accept();
            return;
        }
        m_cardStatus->setText(tr("%1 The days are free again.").arg(following->statusText()));
        m_cardKey = WalletCommands::newIdempotencyKey();
        update();
        m_card->setFocus(Qt::OtherFocusReason);
    });
    update();
}

} // namespace citoyens
