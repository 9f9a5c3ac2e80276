#include "NotificationApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

NotificationApi::NotificationApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* NotificationApi::list(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me/notifications"), headers);
}

ApiCall* NotificationApi::markRead(const QString& notificationId)
{
    return m_client->post(QStringLiteral("/me/notifications/")
                          + QString::fromLatin1(QUrl::toPercentEncoding(notificationId)) + QStringLiteral("/read"));
}

} // namespace citoyens
