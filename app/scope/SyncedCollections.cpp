#include "SyncedCollections.h"

#include "AccountScope.h"

#include "api/BeneficiaryApi.h"
#include "api/CatalogueApi.h"
#include "api/NotificationApi.h"
#include "api/OrderApi.h"
#include "api/QueueApi.h"
#include "api/SubscriptionApi.h"
#include "api/WalletApi.h"
#include "models/Account.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/NotificationRepository.h"
#include "store/OrderRepository.h"
#include "store/QueueRepository.h"
#include "store/SubscriptionRepository.h"
#include "store/WalletRepository.h"

#include <functional>

namespace citoyens {

namespace {

using Fetch = std::function<ApiCall*(const QByteArray& etag)>;

// GET of `Api::method` with the stored ETag, on an API object of the scope's.
template<typename Api>
Fetch fetchWith(AccountScope* scope, ApiClient* client, ApiCall* (Api::*method)(const QByteArray&))
{
    auto* api = new Api(client, scope);
    return [api, method](const QByteArray& etag) {
        return (api->*method)(etag);
    };
}

// A collection stored as one object (the catalogue, the wallet): read with T::fromJson,
// written with `save(object, etag)`.
template<typename T, typename Repository>
SyncService::Collection objectCollection(Repository* repository, QByteArray (Repository::*etag)() const,
                                         bool (Repository::*save)(const T&, const QByteArray&), Fetch fetch,
                                         const QString& what)
{
    SyncService::Collection collection;
    collection.storedEtag = [repository, etag] {
        return (repository->*etag)();
    };
    collection.fetch = std::move(fetch);
    collection.write = [repository, save, what](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const std::optional<T> read = T::fromJson(answer);
        if (!read)
            *problem = QStringLiteral("unreadable ") + what;
        return read && (repository->*save)(*read, etag);
    };
    return collection;
}

// The agent's queue is kept whole as the server sent it.
SyncService::Collection queueCollection(QueueRepository* queue, Fetch fetch)
{
    SyncService::Collection collection;
    collection.storedEtag = [queue] {
        return queue->etag();
    };
    collection.fetch = std::move(fetch);
    collection.write = [queue](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const bool saved = queue->save(answer, etag);
        if (!saved)
            *problem = QStringLiteral("unreadable agent queue");
        return saved;
    };
    return collection;
}

} // namespace

QList<CollectionDeclaration> syncedCollections(AccountScope* scope, ApiClient* client)
{
    using Resource = SyncService::Resource;
    const QStringList citizen { Account::RoleCitizen };
    const QStringList agent { Account::RoleAgent };
    // The agent's too: the services' required documents and the communes' names.
    const QStringList citizenAndAgent { Account::RoleCitizen, Account::RoleAgent };
    CatalogueRepository* catalogue = scope->catalogueRepository();
    return {
        { Resource::Catalogue, citizenAndAgent,
          objectCollection<Catalogue>(catalogue, &CatalogueRepository::etag, &CatalogueRepository::save,
                                      fetchWith(scope, client, &CatalogueApi::communes), QStringLiteral("catalogue")) },
        { Resource::BeneficiaryOptions, citizen,
          objectCollection<BeneficiaryOptions>(
              catalogue, &CatalogueRepository::beneficiaryOptionsEtag, &CatalogueRepository::saveBeneficiaryOptions,
              fetchWith(scope, client, &CatalogueApi::beneficiaryOptions), QStringLiteral("beneficiary options")) },
        { Resource::Subscriptions, citizen,
          SyncService::listCollection<Subscription>(scope->subscriptionRepository(), QStringLiteral("subscriptions"),
                                                    fetchWith(scope, client, &SubscriptionApi::list)) },
        { Resource::Beneficiaries, citizen,
          SyncService::listCollection<Beneficiary>(scope->beneficiaryRepository(), QStringLiteral("beneficiaries"),
                                                   fetchWith(scope, client, &BeneficiaryApi::list)) },
        { Resource::Notifications, citizen,
          SyncService::listCollection<Notification>(scope->notificationRepository(), QStringLiteral("notifications"),
                                                    fetchWith(scope, client, &NotificationApi::list)) },
        { Resource::Wallet, citizen,
          objectCollection<Wallet>(scope->walletRepository(), &WalletRepository::etag, &WalletRepository::save,
                                   fetchWith(scope, client, &WalletApi::wallet), QStringLiteral("wallet")) },
        { Resource::Orders, citizen,
          SyncService::listCollection<Order>(scope->orderRepository(), QStringLiteral("orders"),
                                             fetchWith(scope, client, &OrderApi::list)) },
        { Resource::Queue, agent,
          queueCollection(scope->queueRepository(), fetchWith(scope, client, &QueueApi::queue)) },
    };
}

} // namespace citoyens
