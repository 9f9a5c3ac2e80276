#include "CatalogueApi.h"

#include "ApiClient.h"

namespace citoyens {

namespace {

ApiClient::Headers ifNoneMatch(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return headers;
}

} // namespace

CatalogueApi::CatalogueApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* CatalogueApi::communes(const QByteArray& etag)
{
    return m_client->get(QStringLiteral("/communes"), ifNoneMatch(etag));
}

ApiCall* CatalogueApi::beneficiaryOptions(const QByteArray& etag)
{
    return m_client->get(QStringLiteral("/beneficiary-options"), ifNoneMatch(etag));
}

} // namespace citoyens
