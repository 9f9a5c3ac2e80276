#pragma once

#include "PaymentProvider.h"

#include <functional>

namespace citoyens::server {

class Database;

// The payment provider of the demo and the tests (--payment-provider sandbox): it behaves as
// PayFiP does, keeps its payments in the database (sandbox_payments, so that a payment
// survives a restart before its notification) and shows its own payment page
// (SandboxRoutes). Once the person has paid, refused or abandoned, it notifies the server
// through `notify`, as PayFiP calls the notification address: with the idOp alone. Each
// status() look-up is counted in the payment's row (`lookups`), as the provider's own record
// of how often it was asked.
class SandboxPaymentProvider : public PaymentProvider
{
public:
    enum class Action { Pay, Refuse, Abandon };
    enum class Decided { Done, Unknown, AlreadyDecided, Expired };

    struct Payment
    {
        QString idOp;
        QString refdet;
        qint64 amountCents = 0;
        QString result; // empty while in progress
        qint64 createdAt = 0;
    };

    // `paymentPageUrl` is the absolute address of GET /sandbox/payfip/paiement; `notify` is
    // called after a decision (from the thread that made it), unless it is empty.
    SandboxPaymentProvider(Database& database, std::function<QString()> paymentPageUrl,
                           std::function<void(const QString& idOp)> notify);

    QString name() const override { return QStringLiteral("sandbox"); }
    Created create(const Request& request) override;
    std::optional<Status> status(const QString& idOp) override;

    std::optional<Payment> find(const QString& idOp);
    // The person's choice on the payment page; refused once decided or past
    // PaymentLifetimeMs.
    Decided decide(const QString& idOp, Action action, qint64 now);

private:
    Database& m_database;
    std::function<QString()> m_pageUrl;
    std::function<void(const QString&)> m_notify;
};

} // namespace citoyens::server
