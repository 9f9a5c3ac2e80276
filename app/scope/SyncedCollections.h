#pragma once

#include "sync/SyncService.h"

#include <QList>
#include <QStringList>

namespace citoyens {

class AccountScope;
class ApiClient;

// One synced collection: what SyncService fetches and writes, and the roles whose scope
// syncs it.
struct CollectionDeclaration
{
    SyncService::Resource resource;
    QStringList roles;
    SyncService::Collection collection;
};

// Every synced collection of a scope, one line each, in the order syncAll() fetches them: the
// scope registers those of its person's role. The API objects they fetch with are children of
// the scope, on `client`.
QList<CollectionDeclaration> syncedCollections(AccountScope* scope, ApiClient* client);

} // namespace citoyens
