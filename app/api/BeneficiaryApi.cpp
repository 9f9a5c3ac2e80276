#include "BeneficiaryApi.h"

#include "ApiClient.h"

#include "models/Beneficiary.h"

#include <QUrl>

namespace citoyens {

namespace {

QString idPath(const QString& id)
{
    return QStringLiteral("/me/beneficiaries/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The fields a person edits; id, status and the rest are the server's.
QJsonObject editable(const Beneficiary& b)
{
    QJsonObject json = b.toJson();
    for (const char* key : { "id", "status", "statusReason", "createdAt", "hasPhoto", "citizen" })
        json.remove(QLatin1String(key));
    return json;
}

} // namespace

BeneficiaryApi::BeneficiaryApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* BeneficiaryApi::list(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/me/beneficiaries"), headers);
}

ApiCall* BeneficiaryApi::create(const Beneficiary& beneficiary)
{
    return m_client->post(QStringLiteral("/me/beneficiaries"), editable(beneficiary));
}

ApiCall* BeneficiaryApi::update(const Beneficiary& beneficiary)
{
    return m_client->patch(idPath(beneficiary.id), editable(beneficiary));
}

ApiCall* BeneficiaryApi::remove(const QString& beneficiaryId)
{
    return m_client->del(idPath(beneficiaryId));
}

ApiCall* BeneficiaryApi::putPhoto(const QString& beneficiaryId, const QByteArray& bytes, const QByteArray& contentType)
{
    return m_client->send("PUT", idPath(beneficiaryId) + QStringLiteral("/photo"), bytes, contentType);
}

ApiCall* BeneficiaryApi::photo(const QString& beneficiaryId)
{
    return m_client->get(idPath(beneficiaryId) + QStringLiteral("/photo"));
}

} // namespace citoyens
