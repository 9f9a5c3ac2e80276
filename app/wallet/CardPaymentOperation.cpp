#include "CardPaymentOperation.h"

#include "api/ApiCall.h"
#include "api/OrderApi.h"
#include "models/Money.h"

namespace citoyens {

namespace {

// Past expiresAt the provider no longer takes the payment and the server releases the order
// at its next read or pass; past this grace the client stops asking and says it expired.
constexpr qint64 ExpiryGraceSeconds = 120;

} // namespace

CardPaymentOperation::CardPaymentOperation(OrderApi* api, Apply apply, std::chrono::milliseconds interval,
                                           QObject* parent)
    : CallOperation(parent)
    , m_api(api)
    , m_apply(std::move(apply))
    , m_interval(interval)
{ }

QString CardPaymentOperation::finalText(const QString& status, const QString& number)
{
    if (status == Order::StatusPaid)
        return tr("Card payment accepted: order %1 is paid.").arg(number);
    if (status == Order::StatusRefused)
        return tr("Card payment refused: nothing was charged.");
    if (status == Order::StatusAbandoned)
        return tr("Card payment abandoned: nothing was charged.");
    if (status == Order::StatusExpired)
        return tr("The time to pay has passed: nothing was charged.");
    return tr("The card payment could not be made: nothing was charged.");
}

QString CardPaymentOperation::statusText() const
{
    if (state() == State::Failed && error().code.isEmpty())
        return error().message;
    if (!m_order.isPending())
        return finalText(m_order.status, m_order.number);
    const QString amount = Money::fromCents(m_order.totalCents).toFrench();
    if (!m_pageOpened)
        return tr("The payment page could not be opened. Open this address in your browser to pay %1 by card: %2")
            .arg(amount, m_order.paymentUrl);
    return tr("Waiting for the card payment of %1 on the payment page…").arg(amount);
}

void CardPaymentOperation::begin(const Order& pending, const UrlOpener& opener)
{
    m_order = pending;
    m_pageOpened = opener && !pending.paymentUrl.isEmpty() && opener(QUrl(pending.paymentUrl));
    Step first = read();
    first.delayMs = int(m_interval.count());
    run({}, first);
}

CallOperation::Step CardPaymentOperation::read()
{
    Step step { [this] { return m_api->order(m_order.id); },
                [this](const ApiCall& answer) -> Applied {
                    const std::optional<Order> order = Order::fromJson(answer.json());
                    if (!order)
                        return readAgainOrExpire();
                    const bool changed = order->status != m_order.status;
                    m_order = *order;
                    if (m_apply)
                        m_apply(m_order);
                    if (changed)
                        Q_EMIT statusChanged();
                    if (m_order.status == Order::StatusPaid)
                        return {};
                    if (!m_order.isPending()) {
                        ApiError released;
                        released.kind = ApiError::Kind::Problem;
                        released.code = m_order.status;
                        released.message = finalText(m_order.status, m_order.number);
                        return released;
                    }
                    return readAgainOrExpire();
                },
                // The network failed for a moment: the server settles the order on its own;
                // ask again.
                [this](const ApiCall&) -> Applied {
                    return readAgainOrExpire();
                } };
    step.delayMs = int(m_interval.count());
    return step;
}

CallOperation::Applied CardPaymentOperation::readAgainOrExpire()
{
    if (m_order.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc() > m_order.expiresAt.addSecs(ExpiryGraceSeconds)) {
        m_order.status = Order::StatusExpired;
        Q_EMIT statusChanged();
        ApiError expired;
        expired.kind = ApiError::Kind::Problem;
        expired.code = Order::StatusExpired;
        expired.message = finalText(Order::StatusExpired, m_order.number);
        return expired;
    }
    return read();
}

} // namespace citoyens
