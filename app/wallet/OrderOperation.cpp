#include "OrderOperation.h"

#include "api/ApiCall.h"
#include "api/OrderApi.h"

namespace citoyens {

OrderOperation::OrderOperation(OrderApi* api, Apply apply, QObject* parent)
    : PaymentOperation(parent)
    , m_api(api)
    , m_apply(std::move(apply))
{ }

void OrderOperation::begin(const OrderRequest& request, const QByteArray& key)
{
    m_request = request;
    PaymentOperation::begin(request.check(), key);
}

ApiCall* OrderOperation::sendWith(const QByteArray& key)
{
    return m_api->create(m_request, key);
}

bool OrderOperation::accept(const QJsonObject& answer)
{
    const std::optional<Order> order = Order::fromJson(answer);
    if (!order)
        return false;
    m_order = *order;
    if (m_apply)
        m_apply(m_order);
    return true;
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
