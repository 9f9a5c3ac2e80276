#include "SubscriptionApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

namespace {

QString idPath(const QString& id)
{
    return QStringLiteral("/me/subscriptions/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

SubscriptionApi::SubscriptionApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* SubscriptionApi::list(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me/subscriptions"), headers);
}

ApiCall* SubscriptionApi::create(const SubscriptionRequest& request, const QByteArray& idempotencyKey)
{
    ApiClient::Headers headers;
    if (!idempotencyKey.isEmpty())
        headers.append({ QByteArrayLiteral("Idempotency-Key"), idempotencyKey });
    return m_client->post(QStringLiteral("/me/subscriptions"), request.toJson(), headers);
}

ApiCall* SubscriptionApi::withdraw(const QString& subscriptionId)
{
    return m_client->del(idPath(subscriptionId));
}

ApiCall* SubscriptionApi::addDocument(const QString& subscriptionId, const QString& kind, const QString& documentId)
{
    return m_client->post(idPath(subscriptionId) + QStringLiteral("/documents"),
                          { { QStringLiteral("kind"), kind }, { QStringLiteral("documentId"), documentId } });
}

} // namespace citoyens
