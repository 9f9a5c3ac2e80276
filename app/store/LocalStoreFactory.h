#pragma once

#include "LocalStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace citoyens {

// How Session gets the (unopened) store of the account that signs in.
using LocalStoreFactory = std::function<std::unique_ptr<LocalStore>(const QString& accountId)>;

// The usual factory: <dataDir>/accounts/<accountId>/citoyens.sqlite.
inline LocalStoreFactory localStoreFactory(const QString& dataDir)
{
    return [dataDir](const QString& accountId) {
        return std::make_unique<LocalStore>(LocalStore::pathFor(dataDir, accountId));
    };
}

} // namespace citoyens
