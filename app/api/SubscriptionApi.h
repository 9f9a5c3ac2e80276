#pragma once

#include "ApiCall.h"

#include "models/SubscriptionRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET/POST /me/subscriptions, DELETE /me/subscriptions/{id},
// POST /me/subscriptions/{id}/documents.
class SubscriptionApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionApi)

public:
    explicit SubscriptionApi(ApiClient* client, QObject* parent = nullptr);

    // {subscriptions:[Subscription]}; 304 when `etag` still matches.
    ApiCall* list(const QByteArray& etag = {});
    // 201 Subscription. `idempotencyKey` goes out as Idempotency-Key: keep the same key when
    // retrying the same submission.
    ApiCall* create(const SubscriptionRequest& request, const QByteArray& idempotencyKey);
    // 204; 409 not_pending once decided.
    ApiCall* withdraw(const QString& subscriptionId);
    // 200 Subscription (back to pending).
    ApiCall* addDocument(const QString& subscriptionId, const QString& kind, const QString& documentId);

private:
    ApiClient* m_client;
};

} // namespace citoyens
