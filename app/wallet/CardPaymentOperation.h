#pragma once

#include "operations/CallOperation.h"

#include "models/Order.h"

#include <QUrl>

#include <chrono>
#include <functional>

namespace citoyens {

class OrderApi;

// Following an order paid by card (« Acheter » or a booking with « Payer par carte »), from
// its pending answer to its end: the provider's page opens in the person's browser, then the
// order is read every few seconds (each read a step of CallOperation, never blocking; the
// server asks the provider at its own bounded rate) until it is paid, or released — refused,
// abandoned, expired — with nothing charged. Succeeded means paid; otherwise error().code is
// the final status and error().message its words. It belongs to WalletCommands, not to a
// dialog: closing the dialog leaves it running.
class CardPaymentOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardPaymentOperation)

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    // The order as last read (its status, and once paid how).
    const Order& order() const { return m_order; }
    // False when the page could not be opened: statusText() then gives its address.
    bool pageOpened() const { return m_pageOpened; }
    QString statusText() const;

    // The words of an order's final status: « Paiement par carte accepté… », « … rien n'a été
    // débité ».
    static QString finalText(const QString& status, const QString& number);

Q_SIGNALS:
    // The order was read with a new status (statusText() changed).
    void statusChanged();

private:
    friend class WalletCommands;
    using Apply = std::function<void(const Order&)>;
    CardPaymentOperation(OrderApi* api, Apply apply, std::chrono::milliseconds interval, QObject* parent);
    void begin(const Order& pending, const UrlOpener& opener);
    Step read();
    Applied readAgainOrExpire();

    OrderApi* m_api;
    Apply m_apply;
    std::chrono::milliseconds m_interval;
    Order m_order;
    bool m_pageOpened = false;
};

} // namespace citoyens
