#include "PaymentOperation.h"

#include "api/ApiCall.h"
#include "models/ProblemCodes.h"

namespace citoyens {

namespace {

constexpr int MaxAttempts = 20;
constexpr int RetryMs = 300;

} // namespace

PaymentOperation::PaymentOperation(QObject* parent)
    : Operation(parent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PaymentOperation::send);
    connect(this, &Operation::finished, &m_retry, &QTimer::stop);
}

void PaymentOperation::begin(const FieldErrors& errors, const QByteArray& key)
{
    m_key = key;
    if (!errors.isEmpty())
        return refuse(errors);
    send();
}

void PaymentOperation::send()
{
    if (!isRunning())
        return;
    ++m_attempts;
    ApiCall* call = sendWith(m_key);
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
        if (!accept(call->json()))
            return fail(ApiError::parse(QStringLiteral("unreadable answer")));
        succeed();
    });
}

} // namespace citoyens
