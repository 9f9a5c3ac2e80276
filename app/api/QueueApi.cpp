#include "QueueApi.h"

#include "ApiClient.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace citoyens {

namespace {

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QueueApi::QueueApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* QueueApi::queue(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return m_client->get(QStringLiteral("/agent/queue"), headers);
}

ApiCall* QueueApi::decideSubscription(const QString& subscriptionId, const QJsonObject& body,
                                      const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(encoded(subscriptionId)), body,
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* QueueApi::decideBeneficiary(const QString& beneficiaryId, const QJsonObject& body,
                                     const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(encoded(beneficiaryId)), body,
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* QueueApi::download(const QString& href)
{
    // The client's paths are relative to the API's base; an href carries it.
    static const QString base = QStringLiteral("/api/v1");
    return m_client->get(href.startsWith(base) ? href.mid(base.size()) : href);
}

ApiCall* QueueApi::attendance(const QString& serviceId, const QDate& date, const QString& itemId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("serviceId"), serviceId);
    query.addQueryItem(QStringLiteral("date"), date.toString(Qt::ISODate));
    if (!itemId.isEmpty())
        query.addQueryItem(QStringLiteral("itemId"), itemId);
    return m_client->get(QStringLiteral("/agent/attendance?") + query.toString(QUrl::FullyEncoded));
}

ApiCall* QueueApi::markAttendance(const QString& reservationId, const QString& attendance)
{
    const QJsonObject body { { QStringLiteral("attendance"), attendance } };
    return m_client->send(QByteArrayLiteral("PUT"),
                          QStringLiteral("/agent/reservations/%1/attendance").arg(encoded(reservationId)),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

} // namespace citoyens
