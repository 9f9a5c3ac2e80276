#pragma once

#include "operations/Operation.h"

#include "models/Reservation.h"

#include <QByteArray>
#include <QTimer>

#include <functional>

namespace citoyens {

class ReservationApi;

// One confirmation of a booking: POST /me/reservations with the Idempotency-Key of that
// confirmation (kept by the page and sent again on a retry: one booking however often it is
// sent). While the server still runs an earlier send of the same key (409 in_progress), it asks
// again a few times. Succeeded: result() holds the outcome of every day. A short balance fails
// with code insufficient_funds, missingCents() and balanceCents(), and books nothing.
class BookOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookOperation)

public:
    const BookingResult& result() const { return m_result; }
    const BookingRequest& request() const { return m_request; }
    qint64 missingCents() const { return m_missingCents; }
    qint64 balanceCents() const { return m_balanceCents; }
    QByteArray idempotencyKey() const { return m_key; }

private:
    friend class ReservationCommands;
    using Apply = std::function<void(const BookingResult&)>;
    BookOperation(ReservationApi* api, Apply apply, QObject* parent);
    void begin(const BookingRequest& request, const QByteArray& key);
    void send();

    ReservationApi* m_api;
    Apply m_apply;
    BookingRequest m_request;
    QByteArray m_key;
    QTimer m_retry;
    int m_attempts = 0;
    BookingResult m_result;
    qint64 m_missingCents = 0;
    qint64 m_balanceCents = -1;
};

} // namespace citoyens
