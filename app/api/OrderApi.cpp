#include "OrderApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

namespace {

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

OrderApi::OrderApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* OrderApi::offers(const QString& subscriptionId)
{
    return m_client->get(QStringLiteral("/me/subscriptions/") + encoded(subscriptionId) + QStringLiteral("/offers"));
}

ApiCall* OrderApi::create(const OrderRequest& request, const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/me/orders"), request.toJson(),
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* OrderApi::list(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me/orders"), headers);
}

ApiCall* OrderApi::order(const QString& id)
{
    return m_client->get(QStringLiteral("/me/orders/") + encoded(id));
}

ApiCall* OrderApi::childcareStatement(int year)
{
    return m_client->get(QStringLiteral("/me/statements/childcare?year=") + QString::number(year));
}

} // namespace citoyens
