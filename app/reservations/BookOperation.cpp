#include "BookOperation.h"

#include "api/ApiCall.h"
#include "api/ReservationApi.h"
#include "models/ProblemCodes.h"

namespace citoyens {

namespace {

constexpr int MaxAttempts = 20;
constexpr int RetryMs = 300;

} // namespace

BookOperation::BookOperation(ReservationApi* api, Apply apply, QObject* parent)
    : Operation(parent)
    , m_api(api)
    , m_apply(std::move(apply))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &BookOperation::send);
    connect(this, &Operation::finished, &m_retry, &QTimer::stop);
}

void BookOperation::begin(const BookingRequest& request, const QByteArray& key)
{
    m_request = request;
    m_key = key;
    const FieldErrors errors = request.check();
    if (!errors.isEmpty())
        return refuse(errors);
    send();
}

void BookOperation::send()
{
    if (!isRunning())
        return;
    ++m_attempts;
    ApiCall* call = m_api->book(m_request, m_key);
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        const ApiError& error = call->error();
        if (error.isError()) {
            if (error.code == ProblemCode::IdempotencyInFlight && m_attempts < MaxAttempts) {
                m_retry.start();
                return;
            }
            if (error.code == ProblemCode::InsufficientFunds) {
                m_missingCents = call->json().value(QStringLiteral("missingCents")).toInteger();
                m_balanceCents = call->json().value(QStringLiteral("balanceCents")).toInteger(-1);
            }
            return fail(error);
        }
        const std::optional<BookingResult> result = BookingResult::fromJson(call->json());
        if (!result)
            return fail(ApiError::parse(QStringLiteral("unreadable booking outcome")));
        m_result = *result;
        if (m_apply)
            m_apply(m_result);
        succeed();
    });
}

} // namespace citoyens
