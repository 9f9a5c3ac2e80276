#pragma once

#include "models/Account.h"

#include <QByteArray>

#include <optional>

namespace citoyens {

class LocalStore;

// The signed-in person's account, one row.
class AccountRepository
{
public:
    explicit AccountRepository(LocalStore* store);

    std::optional<Account> load() const;
    bool save(const Account& account, const QByteArray& etag = {});
    QByteArray etag() const;

private:
    LocalStore* m_store;
};

} // namespace citoyens
