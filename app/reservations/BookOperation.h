#pragma once

#include "operations/PaymentOperation.h"

#include "models/Reservation.h"

#include <QByteArray>

#include <functional>

namespace citoyens {

class ReservationApi;

// One confirmation of a booking: POST /me/reservations with the Idempotency-Key of that
// confirmation (see PaymentOperation). Succeeded: result() holds the outcome of every day. A
// short balance books nothing.
class BookOperation : public PaymentOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookOperation)

public:
    const BookingResult& result() const { return m_result; }
    const BookingRequest& request() const { return m_request; }

private:
    friend class ReservationCommands;
    using Apply = std::function<void(const BookingResult&)>;
    BookOperation(ReservationApi* api, Apply apply, QObject* parent);
    void begin(const BookingRequest& request, const QByteArray& key);
    ApiCall* sendWith(const QByteArray& key) override;
    bool accept(const QJsonObject& answer) override;

    ReservationApi* m_api;
    Apply m_apply;
    BookingRequest m_request;
    BookingResult m_result;
};

} // namespace citoyens
