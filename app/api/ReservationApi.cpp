#include "ReservationApi.h"

#include "ApiClient.h"

#include <QUrl>
#include <QUrlQuery>

namespace citoyens {

namespace {

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiClient::Headers conditional(const QByteArray& etag)
{
    ApiClient::Headers headers;
    if (!etag.isEmpty())
        headers.append({ QByteArrayLiteral("If-None-Match"), etag });
    return headers;
}

} // namespace

ReservationApi::ReservationApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* ReservationApi::days(const QString& subscriptionId, const QString& beneficiaryId, const QString& itemId,
                              const QDate& from, const QDate& to, const QByteArray& etag)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("beneficiaryId"), beneficiaryId);
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!itemId.isEmpty())
        query.addQueryItem(QStringLiteral("itemId"), itemId);
    return m_client->get(QStringLiteral("/me/subscriptions/") + encoded(subscriptionId) + QStringLiteral("/days?")
                             + query.toString(QUrl::FullyEncoded),
                         conditional(etag));
}

ApiCall* ReservationApi::book(const BookingRequest& request, const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/me/reservations"), request.toJson(),
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* ReservationApi::cancel(const QString& reservationId)
{
    return m_client->del(QStringLiteral("/me/reservations/") + encoded(reservationId));
}

ApiCall* ReservationApi::list(const QDate& from, const QDate& to, const QByteArray& etag)
{
    return m_client->get(QStringLiteral("/me/reservations?from=") + from.toString(Qt::ISODate) + QStringLiteral("&to=")
                             + to.toString(Qt::ISODate),
                         conditional(etag));
}

} // namespace citoyens
