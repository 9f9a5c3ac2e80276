#pragma once

#include "TopUpOperation.h"

#include "models/Order.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace citoyens {

class ApiClient;
class CardPaymentOperation;
class FetchOperation;
class OrderApi;
class OrderOperation;
class OrderRepository;
class SyncService;
class WalletApi;
class WalletRepository;

// What a person does with the wallet and the orders. One top-up is followed at a time (a new
// one stops following the previous, which the server settles on its own); it lives here, so
// it goes on when the page that started it closes. After money moved, the wallet (and the
// orders) are synced again.
class WalletCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletCommands)

public:
    WalletCommands(ApiClient* client, WalletRepository* wallet, OrderRepository* orders, SyncService* sync,
                   QObject* parent = nullptr);

    // How the provider's page is opened in the person's browser (the UI sets
    // QDesktopServices::openUrl; the core has no GUI). Without one, the page shows the address.
    void setUrlOpener(TopUpOperation::UrlOpener opener) { m_opener = std::move(opener); }
    // How often a pending top-up is asked for (default 3 s).
    void setFollowInterval(std::chrono::milliseconds interval) { m_followInterval = interval; }

    // An amount among WalletRules::TopUpAmountsCents; any other fails at once (field amountCents).
    TopUpOperation* topUp(qint64 amountCents);
    // The top-up being followed (nullptr when none).
    TopUpOperation* currentTopUp() const { return m_topUp; }

    // `idempotencyKey`: one per confirmation the person opened, the same for each retry of it
    // (newIdempotencyKey()).
    OrderOperation* order(const OrderRequest& request, const QByteArray& idempotencyKey);
    static QByteArray newIdempotencyKey();
    // Follows an order answered pending its card payment (an order or a booking sent with
    // « Payer par carte »): opens its payment page, then reads it until it is paid or released.
    CardPaymentOperation* followCardPayment(const Order& pending);

    // The offers of an approved request (answer(): read with Offer::listFromJson); fails with
    // not_approved for another.
    FetchOperation* offers(const QString& subscriptionId);
    // The childcare paid in `year` (answer(): read with ChildcareStatement::fromJson).
    FetchOperation* childcareStatement(int year);

Q_SIGNALS:
    // A top-up was started (the side block and the purchase dialog follow it).
    void topUpStarted(citoyens::TopUpOperation* operation);

private:
    void moneyMoved();

    WalletApi* m_walletApi;
    OrderApi* m_orderApi;
    WalletRepository* m_wallet;
    OrderRepository* m_orders;
    SyncService* m_sync;
    TopUpOperation::UrlOpener m_opener;
    std::chrono::milliseconds m_followInterval { 3000 };
    QPointer<TopUpOperation> m_topUp;
};

} // namespace citoyens
