#include "WalletApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

WalletApi::WalletApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* WalletApi::wallet(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me/wallet"), headers);
}

ApiCall* WalletApi::createTopUp(qint64 amountCents, const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/me/wallet/top-ups"), { { QStringLiteral("amountCents"), amountCents } },
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* WalletApi::topUp(const QString& id)
{
    return m_client->get(QStringLiteral("/me/wallet/top-ups/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

} // namespace citoyens
