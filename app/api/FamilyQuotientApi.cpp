#include "FamilyQuotientApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

namespace {

const QString MinePath = QStringLiteral("/me/family-quotient");

} // namespace

FamilyQuotientApi::FamilyQuotientApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* FamilyQuotientApi::kept()
{
    return m_client->get(MinePath);
}

ApiCall* FamilyQuotientApi::obtain(const FamilyQuotientRequest& request)
{
    return m_client->post(MinePath, request.toJson());
}

ApiCall* FamilyQuotientApi::obtainFor(const QString& citizenId, const FamilyQuotientRequest& request)
{
    return m_client->post(QStringLiteral("/agent/citizens/") + QString::fromLatin1(QUrl::toPercentEncoding(citizenId))
                              + QStringLiteral("/family-quotient"),
                          request.toJson());
}

} // namespace citoyens
