#pragma once

#include "WalletStore.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace citoyens::server {

class Database;
class PaymentProvider;
class TopUpSettlement;

// Starting a top-up of a wallet: its place first (at most MaxPendingTopUps pending and still
// payable at once, else 429 too_many_pending_top_ups with Retry-After), then its payment
// registered with the provider, outside any transaction of ours, with the account's e-mail,
// then attached to it. A provider that refuses the request (PayFiP: an e-mail it cannot take)
// leaves nothing behind.
// POST /me/wallet/top-ups and the demo family's top-up both start theirs here.
class TopUpService
{
public:
    // Top-ups an account may have pending and still payable (younger than
    // PaymentProvider::PaymentLifetimeMs) at once: each is a payment registered with the
    // provider and asked about until it ends.
    static constexpr int MaxPendingTopUps = 3;
    // What a top-up is, in the town hall's words, on the provider's page and receipt (PayFiP's
    // objet; the provider strips what it cannot send).
    static constexpr const char* TopUpObject = "Rechargement porte-monnaie";

    // Called with the top-up, its payment attached, inside the transaction that attaches it.
    using InTransaction = std::function<void(const QSqlDatabase& db, const WalletStore::TopUp& topUp)>;

    // All must outlive the service; `settlement` may be null (pending top-ups are then not
    // asked about before a refusal).
    TopUpService(Database* database, PaymentProvider* provider, TopUpSettlement* settlement);

    WalletStore::TopUp start(const QString& accountId, qint64 amountCents,
                             const InTransaction& inTransaction = {}) const;

private:
    // Stores `topUp` (still without its payment) when the account has room for one more
    // pending top-up; else 429 too_many_pending_top_ups with Retry-After.
    void reserve(const WalletStore::TopUp& topUp) const;
    // The payer's e-mail given to the provider (PayFiP sends its receipt there).
    QString accountEmail(const QString& accountId) const;

    Database* m_database;
    PaymentProvider* m_provider;
    TopUpSettlement* m_settlement;
};

} // namespace citoyens::server
