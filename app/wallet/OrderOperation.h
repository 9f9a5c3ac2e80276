#pragma once

#include "operations/PaymentOperation.h"

#include "models/Order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace citoyens {

class OrderApi;

// One confirmation of a purchase: POST /me/orders with the Idempotency-Key of that
// confirmation (see PaymentOperation). Succeeded: order() is the paid order (already in the
// store).
class OrderOperation : public PaymentOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderOperation)

public:
    const Order& order() const { return m_order; }

private:
    friend class WalletCommands;
    using Apply = std::function<void(const Order&)>;
    OrderOperation(OrderApi* api, Apply apply, QObject* parent);
    void begin(const OrderRequest& request, const QByteArray& key);
    ApiCall* sendWith(const QByteArray& key) override;
    bool accept(const QJsonObject& answer) override;

    OrderApi* m_api;
    Apply m_apply;
    OrderRequest m_request;
    Order m_order;
};

// One read whose answer the page interprets (the offers of a request, a yearly statement).
class FetchOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchOperation)

public:
    // Checks the answer: false fails the operation (Kind::Parse).
    using Read = std::function<bool(const QJsonObject& answer)>;
    static FetchOperation* start(QObject* parent, const Send& send, const Read& read);

    // The answer, once succeeded (read it in the slot connected to finished()).
    QJsonObject answer() const { return m_answer; }

private:
    explicit FetchOperation(QObject* parent);

    QJsonObject m_answer;
};

} // namespace citoyens
