#include "BookOperation.h"

#include "api/ReservationApi.h"

namespace citoyens {

BookOperation::BookOperation(ReservationApi* api, Apply apply, QObject* parent)
    : PaymentOperation(parent)
    , m_api(api)
    , m_apply(std::move(apply))
{ }

void BookOperation::begin(const BookingRequest& request, const QByteArray& key)
{
    m_request = request;
    PaymentOperation::begin(request.check(), key);
}

ApiCall* BookOperation::sendWith(const QByteArray& key)
{
    return m_api->book(m_request, key);
}

bool BookOperation::accept(const QJsonObject& answer)
{
    const std::optional<BookingResult> result = BookingResult::fromJson(answer);
    if (!result)
        return false;
    m_result = *result;
    if (m_apply)
        m_apply(m_result);
    return true;
}

} // namespace citoyens
