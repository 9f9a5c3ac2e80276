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
//
// The provider is asked at a bounded rate: each channel a question comes through asks about
// one top-up at most once per QueryWindowMs (the last time is kept in top_up_checks, shared by
// every process); within the window the answer is the stored state. The channels are apart so
// that a client polling its status, or anyone repeating the public notification, never uses up
// the window of the provider's own notification or of the person's return.
class TopUpSettlement
{
public:
    enum class Channel { Notification, Return, Read, Pass };

    // At most one provider question per top-up and channel in this time.
    static constexpr qint64 QueryWindowMs = 5'000;
    // At most this many top-ups asked about by one reconciliation pass, the least recently
    // asked first.
    static constexpr int MaxQueriesPerPass = 500;
    // A pass stops asking after this long (a provider that answers each question only at its
    // timeout would otherwise hold the Janitor for MaxQueriesPerPass timeouts); the rest, asked
    // least recently, come first in the next pass.
    static constexpr qint64 MaxPassMs = 60'000;

    TopUpSettlement(Database& database, PaymentProvider& provider);

    // The top-up as it is after settling (unchanged when it was not pending, or still in
    // progress; the stored state when its channel asked the provider less than QueryWindowMs
    // ago).
    WalletStore::TopUp settle(const WalletStore::TopUp& topUp, qint64 now, Channel channel);
    // The same for the top-up of a provider's operation; nullopt when no top-up has it.
    std::optional<WalletStore::TopUp> settleOperation(const QString& idOp, qint64 now, Channel channel);
    // Settles pending top-ups, at most MaxQueriesPerPass of them (after a restart, and
    // periodically); returns how many left `pending`.
    int reconcile(qint64 now);

    static QString channelName(Channel channel);

private:
    // True when this caller may ask the provider about `topUpId` now (and has taken the
    // channel's window); false when the channel asked less than QueryWindowMs ago.
    bool claimQuery(const QString& topUpId, Channel channel, qint64 now);

    Database& m_database;
    PaymentProvider& m_provider;
};

} // namespace citoyens::server
