#include "AccountApi.h"

#include "ApiClient.h"

namespace citoyens {

AccountApi::AccountApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* AccountApi::me(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me"), headers);
}

ApiCall* AccountApi::updateMe(const ProfileChange& change)
{
    return m_client->patch(QStringLiteral("/me"), change.toJson());
}

ApiCall* AccountApi::changePassword(const QString& currentPassword, const QString& newPassword)
{
    return m_client->post(
        QStringLiteral("/me/password"),
        { { QStringLiteral("currentPassword"), currentPassword }, { QStringLiteral("newPassword"), newPassword } });
}

} // namespace citoyens
