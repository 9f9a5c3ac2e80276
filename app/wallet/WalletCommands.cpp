#include "WalletCommands.h"

#include "CardPaymentOperation.h"
#include "OrderOperation.h"

#include "api/OrderApi.h"
#include "api/WalletApi.h"
#include "models/FieldCodes.h"
#include "models/Money.h"
#include "models/ProblemCodes.h"
#include "store/OrderRepository.h"
#include "store/WalletRepository.h"
#include "sync/SyncService.h"

#include <QUuid>

namespace citoyens {

WalletCommands::WalletCommands(ApiClient* client, WalletRepository* wallet, OrderRepository* orders, SyncService* sync,
                               QObject* parent)
    : QObject(parent)
    , m_walletApi(new WalletApi(client, this))
    , m_orderApi(new OrderApi(client, this))
    , m_wallet(wallet)
    , m_orders(orders)
    , m_sync(sync)
{ }

QByteArray WalletCommands::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

TopUpOperation* WalletCommands::topUp(qint64 amountCents)
{
    auto* operation = new TopUpOperation(m_walletApi, m_opener, m_followInterval, this);
    if (!WalletRules::isTopUpAmount(amountCents)) {
        operation->refuse({ { QStringLiteral("amountCents"), FieldCode::InvalidChoice } });
        return operation;
    }
    if (m_topUp)
        m_topUp->cancel();
    m_topUp = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (operation->succeeded())
            moneyMoved();
    });
    operation->begin(amountCents, newIdempotencyKey());
    Q_EMIT topUpStarted(operation);
    return operation;
}

OrderOperation* WalletCommands::order(const OrderRequest& request, const QByteArray& idempotencyKey)
{
    auto* operation = new OrderOperation(
        m_orderApi, [this](const Order& order) { m_orders->upsert(order); }, this);
    connect(operation, &Operation::finished, this, [this, operation] {
        // Paid, or refused for want of money: the balance shown may be stale either way.
        if (operation->succeeded() || operation->error().code == ProblemCode::InsufficientFunds)
            moneyMoved();
    });
    operation->begin(request, idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey);
    return operation;
}

CardPaymentOperation* WalletCommands::followCardPayment(const Order& pending)
{
    auto* operation = new CardPaymentOperation(
        m_orderApi, [this](const Order& order) { m_orders->upsert(order); }, m_followInterval, this);
    // Paid or released: the orders (and the balance shown beside them) are read again.
    connect(operation, &Operation::finished, this, &WalletCommands::moneyMoved);
    operation->begin(pending, m_opener);
    return operation;
}

FetchOperation* WalletCommands::offers(const QString& subscriptionId)
{
    return FetchOperation::start(
        this, [this, subscriptionId] { return m_orderApi->offers(subscriptionId); },
        [](const QJsonObject& answer) { return Offer::listFromJson(answer).has_value(); });
}

FetchOperation* WalletCommands::childcareStatement(int year)
{
    return FetchOperation::start(
        this, [this, year] { return m_orderApi->childcareStatement(year); },
        [](const QJsonObject& answer) { return ChildcareStatement::fromJson(answer).has_value(); });
}

void WalletCommands::moneyMoved()
{
    m_wallet->clearEtag();
    m_sync->sync(SyncService::Resource::Wallet);
    m_sync->sync(SyncService::Resource::Orders);
}

} // namespace citoyens
