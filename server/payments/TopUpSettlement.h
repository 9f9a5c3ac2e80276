#pragma once

#include "wallet/WalletStore.h"

#include <optional>

namespace citoyens::server {

class Database;
class PaymentProvider;

// Settles top-ups from what the payment provider says, never from what a caller claims: the
// notification, the browser's return, a status read and the reconciliation pass all come
// here. A pending top-up becomes paid (credited once, in the transaction that changes its
// status), refused or abandoned as the provider says, or expired when the provider still says
// "in progress" PaymentProvider::PaymentLifetimeMs after its creation. Safe to call from any
// number of threads and processes at once.
class TopUpSettlement
{
public:
    TopUpSettlement(Database& database, PaymentProvider& provider);

    // The top-up as it is after settling (unchanged when it was not pending, or still in
    // progress).
    WalletStore::TopUp settle(const WalletStore::TopUp& topUp, qint64 now);
    // The same for the top-up of a provider's operation; nullopt when no top-up has it.
    std::optional<WalletStore::TopUp> settleOperation(const QString& idOp, qint64 now);
    // Settles every pending top-up (after a restart, and periodically); returns how many
    // left `pending`.
    int reconcile(qint64 now);

private:
    Database& m_database;
    PaymentProvider& m_provider;
};

} // namespace citoyens::server
