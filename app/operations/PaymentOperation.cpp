#include "PaymentOperation.h"

#include "api/ApiCall.h"
#include "models/ProblemCodes.h"

namespace citoyens {

namespace {

constexpr int MaxAttempts = 20;
constexpr int RetryMs = 300;

} // namespace

PaymentOperation::PaymentOperation(QObject* parent)
    : CallOperation(parent)
{ }

void PaymentOperation::begin(const FieldErrors& errors, const QByteArray& key)
{
    m_key = key;
    run(errors, attempt());
}

CallOperation::Step PaymentOperation::attempt()
{
    return { [this] {
                ++m_attempts;
                return sendWith(m_key);
            },
             [this](const ApiCall& answer) -> Applied {
                 if (!accept(answer.json()))
                     return ApiError::parse(QStringLiteral("unreadable answer"));
                 return {};
             },
             [this](const ApiCall& failed) {
                 return recover(failed);
             } };
}

CallOperation::Applied PaymentOperation::recover(const ApiCall& failed)
{
    const ApiError& error = failed.error();
    if (error.code == ProblemCode::IdempotencyInFlight && m_attempts < MaxAttempts) {
        Step again = attempt();
        again.delayMs = RetryMs;
        return again;
    }
    if (error.code == ProblemCode::InsufficientFunds) {
        m_missingCents = failed.json().value(QStringLiteral("missingCents")).toInteger();
        m_balanceCents = failed.json().value(QStringLiteral("balanceCents")).toInteger(-1);
    }
    return error;
}

} // namespace citoyens
