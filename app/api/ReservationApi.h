#pragma once

#include "ApiCall.h"

#include "models/Reservation.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET /me/subscriptions/{id}/days, POST /me/reservations, DELETE /me/reservations/{id},
// GET /me/reservations.
class ReservationApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationApi)

public:
    explicit ReservationApi(ApiClient* client, QObject* parent = nullptr);

    // BookingMonth JSON; 304 when `etag` still matches; 409 not_approved / not_bookable.
    ApiCall* days(const QString& subscriptionId, const QString& beneficiaryId, const QString& itemId, const QDate& from,
                  const QDate& to, const QByteArray& etag = {});
    // 201 (200 when nothing was booked) BookingResult; 409 insufficient_funds {missingCents,
    // balanceCents}; 409 in_progress while the same key runs.
    ApiCall* book(const BookingRequest& request, const QByteArray& idempotencyKey);
    // 204; 409 deadline_passed {cancelBy}; 404 when already cancelled.
    ApiCall* cancel(const QString& reservationId);
    // {reservations: [ReservationRow]}
    ApiCall* list(const QDate& from, const QDate& to, const QByteArray& etag = {});

private:
    ApiClient* m_client;
};

} // namespace citoyens
