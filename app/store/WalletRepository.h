#pragma once

#include "StoreRepository.h"

#include "models/Wallet.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace citoyens {

// The person's wallet (table `wallet`: the balance and the movements as the server sent them;
// ETag of GET /me/wallet in sync_state). Every write is one transaction, then changed().
class WalletRepository : public StoreRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletRepository)

public:
    explicit WalletRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    // nullopt until the first sync.
    std::optional<Wallet> load() const;
    bool save(const Wallet& wallet, const QByteArray& etag);
    QByteArray etag() const;
    // Money moved (a top-up paid, an order): the stored wallet is stale, the next sync fetches
    // it whole.
    bool clearEtag();

Q_SIGNALS:

private:
};

} // namespace citoyens
