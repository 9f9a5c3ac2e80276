#include "TopUpService.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "models/ProblemCodes.h"
#include "payments/PaymentProvider.h"
#include "payments/TopUpSettlement.h"
#include "routing/RouteSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server {

TopUpService::TopUpService(Database* database, PaymentProvider* provider, TopUpSettlement* settlement)
    : m_database(database)
    , m_provider(provider)
    , m_settlement(settlement)
{ }

QString TopUpService::accountEmail(const QString& accountId) const
{
    QSqlQuery q = Database::run(m_database->connection(), QStringLiteral("SELECT email FROM accounts WHERE id = ?"),
                                { accountId });
    return q.next() ? q.value(0).toString() : QString();
}

WalletStore::TopUp TopUpService::start(const QString& accountId, qint64 amountCents,
                                       const InTransaction& inTransaction) const
{
    WalletStore::TopUp t;
    t.id = WalletStore::newTopUpId();
    t.accountId = accountId;
    t.amountCents = amountCents;
    t.status = WalletStore::Pending;
    t.provider = m_provider->name();
    t.createdAt = RouteSupport::nowMs();
    // The place first, then the provider (a real one answers over the network, outside any
    // transaction of ours): a request over the limit never registers a payment.
    reserve(t);
    PaymentProvider::Created created;
    try {
        created = m_provider->create(
            { t.id, amountCents, accountEmail(accountId), QString::fromUtf8(TopUpObject), t.createdAt });
    } catch (...) {
        try {
            SqlTransaction tx(*m_database, SqlTransaction::Kind::Bookkeeping);
            WalletStore::dropReservedTopUp(tx.db(), t.id);
            tx.commit();
        } catch (const DbError&) {
            // Left pending without an idOp, it expires with the others and frees its place.
        }
        throw;
    }
    // A payment registered for a top-up that then failed to be completed is never paid into
    // any wallet: the person never got its page, and the top-up without an idOp expires.
    t.idOp = created.idOp;
    t.paymentUrl = created.paymentUrl.toString(QUrl::FullyEncoded);
    SqlTransaction tx(*m_database);
    WalletStore::attachPayment(tx.db(), t.id, t.idOp, t.paymentUrl);
    if (inTransaction)
        inTransaction(tx.db(), t);
    tx.commit();
    return t;
}

void TopUpService::reserve(const WalletStore::TopUp& t) const
{
    const qint64 since = t.createdAt - PaymentProvider::PaymentLifetimeMs;
    QList<WalletStore::TopUp> live;
    for (int round = 0;; ++round) {
        {
            SqlTransaction tx(*m_database);
            WalletStore::lockAccount(tx.db(), t.accountId);
            live = WalletStore::livePendingTopUps(tx.db(), t.accountId, since);
            if (live.size() < MaxPendingTopUps) {
                WalletStore::insertTopUp(tx.db(), t);
                tx.commit();
                return;
            }
        }
        if (round > 0 || !m_settlement)
            break;
        // One of them may have been paid or abandoned without the server hearing of it yet:
        // asked once (at the status read's rate) before refusing.
        for (const WalletStore::TopUp& p : live)
            m_settlement->settle(p, t.createdAt, TopUpSettlement::Channel::Read);
    }
    // The oldest frees its place when its payment expires at the latest.
    const qint64 waitMs
        = std::max<qint64>(0, live.first().createdAt + PaymentProvider::PaymentLifetimeMs - t.createdAt);
    throw Problem(429, ProblemCode::TooManyPendingTopUps)
        .withHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000)))
        .withMember(QStringLiteral("maxPendingTopUps"), MaxPendingTopUps);
}

} // namespace citoyens::server
