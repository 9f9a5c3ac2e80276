#include "TopUpSettlement.h"

#include "Logging.h"
#include "PaymentProvider.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"

namespace citoyens::server {

TopUpSettlement::TopUpSettlement(Database& database, PaymentProvider& provider)
    : m_database(database)
    , m_provider(provider)
{ }

WalletStore::TopUp TopUpSettlement::settle(const WalletStore::TopUp& topUp, qint64 now)
{
    if (topUp.status != WalletStore::Pending)
        return topUp;
    // Asked outside any transaction: a real provider answers over the network.
    const std::optional<PaymentProvider::Status> status = m_provider.status(topUp.idOp);
    QString next;
    if (status && (status->refdet != topUp.id || status->amountCents != topUp.amountCents)) {
        qCWarning(lcServer).noquote() << "payment" << topUp.idOp << "does not match its top-up: left pending";
    } else if (status && status->outcome == PaymentProvider::Outcome::Paid) {
        next = WalletStore::Paid;
    } else if (status && status->outcome == PaymentProvider::Outcome::Refused) {
        next = WalletStore::Refused;
    } else if (status && status->outcome == PaymentProvider::Outcome::Abandoned) {
        next = WalletStore::Abandoned;
    }
    if (next.isEmpty() && now - topUp.createdAt >= PaymentProvider::PaymentLifetimeMs)
        next = WalletStore::Expired;
    if (next.isEmpty())
        return topUp;

    SqlTransaction tx(m_database);
    WalletStore::settleTopUp(tx.db(), topUp, next, now);
    std::optional<WalletStore::TopUp> after = WalletStore::findTopUp(tx.db(), topUp.id);
    tx.commit();
    return after ? *after : topUp;
}

std::optional<WalletStore::TopUp> TopUpSettlement::settleOperation(const QString& idOp, qint64 now)
{
    if (!PaymentProvider::isIdOp(idOp))
        return std::nullopt;
    const std::optional<WalletStore::TopUp> topUp = WalletStore::findTopUpByIdOp(m_database.connection(), idOp);
    if (!topUp)
        return std::nullopt;
    return settle(*topUp, now);
}

int TopUpSettlement::reconcile(qint64 now)
{
    constexpr int Batch = 200;
    int settled = 0;
    // Oldest first, in batches; one still in progress is passed over until it expires.
    qint64 afterCreatedAt = -1;
    QString afterId;
    for (;;) {
        const QList<WalletStore::TopUp> pending
            = WalletStore::pendingTopUps(m_database.connection(), Batch, afterCreatedAt, afterId);
        for (const WalletStore::TopUp& t : pending) {
            try {
                if (settle(t, now).status != WalletStore::Pending)
                    ++settled;
            } catch (const DbError& e) {
                qCWarning(lcDb).noquote() << "top-up reconciliation:" << e.what();
            }
        }
        if (pending.size() < Batch)
            return settled;
        afterCreatedAt = pending.last().createdAt;
        afterId = pending.last().id;
    }
}

} // namespace citoyens::server
