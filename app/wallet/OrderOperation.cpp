#include "OrderOperation.h"

#include "api/ApiCall.h"
#include "api/OrderApi.h"
#include "models/ProblemCodes.h"

namespace citoyens {

namespace {

// The server's word while a send with the same key still runs.
const QString InProgress = QStringLiteral("in_progress");
constexpr int MaxAttempts = 20;
constexpr int RetryMs = 300;

} // namespace

OrderOperation::OrderOperation(OrderApi* api, Apply apply, QObject* parent)
    : Operation(parent)
    , m_api(api)
    , m_apply(std::move(apply))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &OrderOperation::send);
    connect(this, &Operation::finished, &m_retry, &QTimer::stop);
}

void OrderOperation::begin(const OrderRequest& request, const QByteArray& key)
{
    m_request = request;
    m_key = key;
    const FieldErrors errors = request.check();
    if (!errors.isEmpty())
        return refuse(errors);
    send();
}

void OrderOperation::send()
{
    if (!isRunning())
        return;
    ++m_attempts;
    ApiCall* call = m_api->create(m_request, m_key);
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        const ApiError& error = call->error();
        if (error.isError()) {
            const bool stillRunning = error.code == InProgress || error.code == ProblemCode::IdempotencyInFlight;
            if (stillRunning && m_attempts < MaxAttempts) {
                m_retry.start();
                return;
            }
            if (error.code == ProblemCode::InsufficientFunds) {
                m_missingCents = call->json().value(QStringLiteral("missingCents")).toInteger();
                m_balanceCents = call->json().value(QStringLiteral("balanceCents")).toInteger(-1);
            }
            return fail(error);
        }
        const std::optional<Order> order = Order::fromJson(call->json());
        if (!order)
            return fail(ApiError::parse(QStringLiteral("unreadable order")));
        m_order = *order;
        if (m_apply)
            m_apply(m_order);
        succeed();
    });
}

FetchOperation::FetchOperation(QObject* parent)
    : Operation(parent)
{ }

FetchOperation* FetchOperation::start(QObject* parent, ApiCall* call, const Read& read)
{
    auto* operation = new FetchOperation(parent);
    operation->watch(call);
    connect(call, &ApiCall::finished, operation, [operation, call, read] {
        if (!call->ok())
            return operation->fail(call->error());
        if (read && !read(call->json()))
            return operation->fail(ApiError::parse(QStringLiteral("unreadable answer")));
        operation->m_answer = call->json();
        operation->succeed();
    });
    return operation;
}

} // namespace citoyens
