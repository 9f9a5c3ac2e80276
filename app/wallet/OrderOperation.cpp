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
    : CallOperation(parent)
{ }

FetchOperation* FetchOperation::start(QObject* parent, const Send& send, const Read& read)
{
    auto* operation = new FetchOperation(parent);
    operation->run({}, { send, [operation, read](const ApiCall& answer) {
                            if (read && !read(answer.json()))
                                return ApiError::parse(QStringLiteral("unreadable answer"));
                            operation->m_answer = answer.json();
                            return ApiError();
                        } });
    return operation;
}

} // namespace citoyens
