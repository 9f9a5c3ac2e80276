#include "TopUpSettlement.h"

#include "Logging.h"
#include "PaymentProvider.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"

#include <QElapsedTimer>

namespace citoyens::server {

TopUpSettlement::TopUpSettlement(Database& database, PaymentProvider& provider)
    : m_database(database)
    , m_provider(provider)
{ }

QString TopUpSettlement::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Notification:
        return QStringLiteral("notification");
    case Channel::Return:
        return QStringLiteral("return");
    case Channel::Read:
        return QStringLiteral("read");
    case Channel::Pass:
        break;
    }
    return QStringLiteral("pass");
}

bool TopUpSettlement::claimQuery(const QString& topUpId, Channel channel, qint64 now)
{
    // One conditional upsert, whichever process runs it: the row's lock (PostgreSQL) or the
    // single writer (SQLite) lets exactly one caller per window through.
    const int n = Database::run(m_database.connection(),
                                QStringLiteral("INSERT INTO top_up_checks (top_up_id, channel, checked_at) "
                                               "VALUES (?, ?, ?) ON CONFLICT (top_up_id, channel) DO UPDATE "
                                               "SET checked_at = excluded.checked_at "
                                               "WHERE top_up_checks.checked_at <= ?"),
                                { topUpId, channelName(channel), now, now - QueryWindowMs })
                      .numRowsAffected();
    return n == 1;
}

WalletStore::TopUp TopUpSettlement::settle(const WalletStore::TopUp& topUp, qint64 now, Channel channel)
{
    if (topUp.status != WalletStore::Pending)
        return topUp;
    std::optional<PaymentProvider::Status> status;
    // A top-up still without an idOp is one whose creation has not finished (or died before
    // the provider answered): there is nothing to ask, it can only expire.
    if (!topUp.idOp.isEmpty()) {
        if (!claimQuery(topUp.id, channel, now)) {
            const std::optional<WalletStore::TopUp> stored = WalletStore::findTopUp(m_database.connection(), topUp.id);
            return stored ? *stored : topUp;
        }
        // Asked outside any transaction: a real provider answers over the network.
        status = m_provider.status(topUp.idOp);
    }
    QString next;
    // An ended payment must be the one asked for: PayFiP's answer names its refdet and amount
    // (an Expired or in-progress answer names nothing).
    const bool ended = status
        && (status->outcome == PaymentProvider::Outcome::Paid || status->outcome == PaymentProvider::Outcome::Refused
            || status->outcome == PaymentProvider::Outcome::Abandoned);
    if (ended && (status->refdet != topUp.id || status->amountCents != topUp.amountCents)) {
        qCWarning(lcServer).noquote() << "payment" << topUp.idOp << "does not match its top-up" << topUp.id
                                      << "(reference or amount): left pending, nothing credited";
    } else if (status && status->outcome == PaymentProvider::Outcome::Paid) {
        next = WalletStore::Paid;
    } else if (status && status->outcome == PaymentProvider::Outcome::Refused) {
        next = WalletStore::Refused;
    } else if (status && status->outcome == PaymentProvider::Outcome::Abandoned) {
        next = WalletStore::Abandoned;
    } else if (status && status->outcome == PaymentProvider::Outcome::Expired) {
        next = WalletStore::Expired;
    }
    if (next.isEmpty() && now - topUp.createdAt >= PaymentProvider::PaymentLifetimeMs)
        next = WalletStore::Expired;
    if (next.isEmpty())
        return topUp;

    SqlTransaction tx(m_database);
    WalletStore::settleTopUp(tx.db(), topUp, next, now, status ? status->authorisation : QString(),
                             status ? status->paidAt : 0);
    std::optional<WalletStore::TopUp> after = WalletStore::findTopUp(tx.db(), topUp.id);
    tx.commit();
    return after ? *after : topUp;
}

std::optional<WalletStore::TopUp> TopUpSettlement::settleOperation(const QString& idOp, qint64 now, Channel channel)
{
    if (!PaymentProvider::isIdOp(idOp))
        return std::nullopt;
    const std::optional<WalletStore::TopUp> topUp = WalletStore::findTopUpByIdOp(m_database.connection(), idOp);
    if (!topUp)
        return std::nullopt;
    return settle(*topUp, now, channel);
}

int TopUpSettlement::reconcile(qint64 now)
{
    int settled = 0;
    // The least recently asked first, so that a backlog larger than one pass is worked
    // through over the next passes instead of asking about the same ones every time.
    const QList<WalletStore::TopUp> pending
        = WalletStore::pendingTopUps(m_database.connection(), channelName(Channel::Pass), MaxQueriesPerPass);
    QElapsedTimer spent;
    spent.start();
    for (const WalletStore::TopUp& t : pending) {
        if (spent.hasExpired(MaxPassMs)) {
            qCWarning(lcServer).noquote()
                << "top-up reconciliation: the provider is slow, the pass stops after" << MaxPassMs / 1000 << "s";
            break;
        }
        try {
            if (settle(t, now, Channel::Pass).status != WalletStore::Pending)
                ++settled;
        } catch (const DbError& e) {
            qCWarning(lcDb).noquote() << "top-up reconciliation:" << e.what();
        }
    }
    return settled;
}

} // namespace citoyens::server
