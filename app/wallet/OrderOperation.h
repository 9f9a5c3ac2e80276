#pragma once

#include "operations/Operation.h"

#include "models/Order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace citoyens {

class OrderApi;

// One confirmation of a purchase: POST /me/orders with the Idempotency-Key of that
// confirmation. While the server still runs an earlier send of the same key (409
// in_progress), it asks again a few times: one order is booked however often it is sent.
// Succeeded: order() is the paid order (already in the store). A short balance fails with
// code insufficient_funds and missingCents().
class OrderOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderOperation)

public:
    const Order& order() const { return m_order; }
    qint64 missingCents() const { return m_missingCents; }
    qint64 balanceCents() const { return m_balanceCents; }
    QByteArray idempotencyKey() const { return m_key; }

private:
    friend class WalletCommands;
    using Apply = std::function<void(const Order&)>;
    OrderOperation(OrderApi* api, Apply apply, QObject* parent);
    void begin(const OrderRequest& request, const QByteArray& key);
    void send();

    OrderApi* m_api;
    Apply m_apply;
    OrderRequest m_request;
    QByteArray m_key;
    QTimer m_retry;
    int m_attempts = 0;
    Order m_order;
    qint64 m_missingCents = 0;
    qint64 m_balanceCents = -1;
};

// One read whose answer the page interprets (the offers of a request, a yearly statement).
class FetchOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchOperation)

public:
    // Checks the answer: false fails the operation (Kind::Parse).
    using Read = std::function<bool(const QJsonObject& answer)>;
    static FetchOperation* start(QObject* parent, ApiCall* call, const Read& read);

    // The answer, once succeeded (read it in the slot connected to finished()).
    QJsonObject answer() const { return m_answer; }

private:
    explicit FetchOperation(QObject* parent);

    QJsonObject m_answer;
};

} // namespace citoyens
