#pragma once

#include "ApiCall.h"

#include "models/Order.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET /me/subscriptions/{id}/offers, POST/GET /me/orders, GET /me/orders/{id},
// GET /me/statements/childcare.
class OrderApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderApi)

public:
    explicit OrderApi(ApiClient* client, QObject* parent = nullptr);

    // {items: [Offer]}; 409 not_approved.
    ApiCall* offers(const QString& subscriptionId);
    // 201 Order; 409 insufficient_funds {missingCents, balanceCents}; 409 in_progress while the
    // same key runs. Keep `idempotencyKey` for every retry of the same confirmation.
    ApiCall* create(const OrderRequest& request, const QByteArray& idempotencyKey);
    // {orders: [Order]}; 304 when `etag` still matches.
    ApiCall* list(const QByteArray& etag = {});
    ApiCall* order(const QString& id);
    // {year, children: [...]}
    ApiCall* childcareStatement(int year);

private:
    ApiClient* m_client;
};

} // namespace citoyens
