#include "AccountScope.h"

#include "desk/AttendanceCommands.h"
#include "desk/DeskCommands.h"
#include "reservations/ReservationCommands.h"
#include "sync/BeneficiaryCommands.h"
#include "sync/NotificationPoller.h"
#include "sync/SubscriptionCommands.h"
#include "sync/SyncLogging.h"
#include "sync/SyncService.h"
#include "wallet/WalletCommands.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/QueueTableModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "itemmodels/UpcomingReservationModel.h"
#include "itemmodels/WalletMovementModel.h"
#include "session/Session.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/NotificationRepository.h"
#include "store/OrderRepository.h"
#include "store/QueueRepository.h"
#include "store/ReservationRepository.h"
#include "store/SubscriptionRepository.h"
#include "store/WalletRepository.h"

#include "api/AgentApi.h"
#include "api/ApiClient.h"
#include "api/ApiClientConfig.h"
#include "api/BeneficiaryApi.h"
#include "api/CatalogueApi.h"
#include "api/NotificationApi.h"
#include "api/OrderApi.h"
#include "api/SubscriptionApi.h"
#include "api/WalletApi.h"
#include "models/Account.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QUuid>

namespace citoyens {

// One synced collection and the roles whose scope syncs it.
struct CollectionDeclaration
{
    SyncService::Resource resource;
    QStringList roles;
    SyncService::Collection collection;
};

AccountScope::AccountScope(ApiClient* client, Session* session, QObject* parent)
    : AccountScope(client, Kind::Own, parent)
{
    m_session = session;
    connect(m_session, &Session::stateChanged, this, &AccountScope::onSessionStateChanged);
    onSessionStateChanged();
}

AccountScope::AccountScope(ApiClient* client, Kind kind, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_catalogueRepository(new CatalogueRepository(nullptr, this))
    , m_subscriptionRepository(new SubscriptionRepository(nullptr, this))
    , m_beneficiaryRepository(new BeneficiaryRepository(nullptr, this))
    , m_notificationRepository(new NotificationRepository(nullptr, this))
    , m_catalogueModel(new CatalogueModel(m_catalogueRepository, this))
    , m_subscriptionModel(new SubscriptionTableModel(m_subscriptionRepository, this))
    , m_beneficiaryModel(new BeneficiaryListModel(m_beneficiaryRepository, this))
    , m_notificationModel(new NotificationListModel(m_notificationRepository, this))
    , m_sync(new SyncService(this))
    , m_poller(new NotificationPoller(client, m_notificationRepository, m_sync, this))
    , m_subscriptionCommands(new SubscriptionCommands(client, m_subscriptionRepository, m_catalogueRepository, this))
    , m_beneficiaryCommands(new BeneficiaryCommands(client, m_beneficiaryRepository, this))
    , m_queueRepository(new QueueRepository(nullptr, this))
    , m_queueModel(new QueueTableModel(m_queueRepository, m_catalogueRepository, this))
    , m_deskCommands(
          new DeskCommands(new AgentApi(client, this), m_queueRepository, m_catalogueRepository, m_sync, this))
    , m_attendanceCommands(new AttendanceCommands(new AgentApi(client, this), m_catalogueRepository, this))
    , m_walletRepository(new WalletRepository(nullptr, this))
    , m_orderRepository(new OrderRepository(nullptr, this))
    , m_walletModel(new WalletMovementModel(m_walletRepository, this))
    , m_orderModel(new OrderTableModel(m_orderRepository, this))
    , m_walletCommands(new WalletCommands(client, m_walletRepository, m_orderRepository, m_sync, this))
    , m_reservationRepository(new ReservationRepository(nullptr, this))
    , m_upcomingReservationModel(new UpcomingReservationModel(m_reservationRepository, this))
    , m_reservationCommands(new ReservationCommands(client, m_reservationRepository, m_walletRepository, m_sync, this))
{
    m_queueTimer.setInterval(std::chrono::seconds(30));
    connect(&m_queueTimer, &QTimer::timeout, this, [this] { m_sync->sync(SyncService::Resource::AgentQueue); });
    declareCollections(client);
    registerCollections(Account::RoleCitizen);
}

void AccountScope::declareCollections(ApiClient* client)
{
    // One declaration per synced collection, with the roles that sync it; syncAll() fetches
    // them in this order.
    const QStringList citizen { Account::RoleCitizen };
    const QStringList citizenAndAgent { Account::RoleCitizen, Account::RoleAgent };
    auto* catalogueApi = new CatalogueApi(client, this);
    auto* subscriptionApi = new SubscriptionApi(client, this);
    auto* beneficiaryApi = new BeneficiaryApi(client, this);
    auto* notificationApi = new NotificationApi(client, this);
    auto* agentApi = new AgentApi(client, this);
    CatalogueRepository* catalogue = m_catalogueRepository;

    SyncService::Collection communes;
    communes.storedEtag = [catalogue] {
        return catalogue->etag();
    };
    communes.fetch = [catalogueApi](const QByteArray& etag) {
        return catalogueApi->communes(etag);
    };
    communes.write = [catalogue](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const auto read = Catalogue::fromJson(answer);
        if (!read)
            *problem = QStringLiteral("unreadable catalogue");
        return read && catalogue->save(*read, etag);
    };
    // The agent's too: the services' required documents and the communes' names.
    m_declarations.append({ SyncService::Resource::Catalogue, citizenAndAgent, communes });

    SyncService::Collection options;
    options.storedEtag = [catalogue] {
        return catalogue->beneficiaryOptionsEtag();
    };
    options.fetch = [catalogueApi](const QByteArray& etag) {
        return catalogueApi->beneficiaryOptions(etag);
    };
    options.write = [catalogue](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const auto read = BeneficiaryOptions::fromJson(answer);
        if (!read)
            *problem = QStringLiteral("unreadable beneficiary options");
        return read && catalogue->saveBeneficiaryOptions(*read, etag);
    };
    m_declarations.append({ SyncService::Resource::BeneficiaryOptions, citizen, options });

    m_declarations.append({ SyncService::Resource::Subscriptions, citizen,
                            SyncService::listCollection<Subscription>(
                                m_subscriptionRepository, QStringLiteral("subscriptions"),
                                [subscriptionApi](const QByteArray& etag) { return subscriptionApi->list(etag); }) });
    m_declarations.append({ SyncService::Resource::Beneficiaries, citizen,
                            SyncService::listCollection<Beneficiary>(
                                m_beneficiaryRepository, QStringLiteral("beneficiaries"),
                                [beneficiaryApi](const QByteArray& etag) { return beneficiaryApi->list(etag); }) });
    m_declarations.append({ SyncService::Resource::Notifications, citizen,
                            SyncService::listCollection<Notification>(
                                m_notificationRepository, QStringLiteral("notifications"),
                                [notificationApi](const QByteArray& etag) { return notificationApi->list(etag); }) });

    auto* walletApi = new WalletApi(client, this);
    auto* orderApi = new OrderApi(client, this);
    WalletRepository* wallet = m_walletRepository;
    SyncService::Collection walletCollection;
    walletCollection.storedEtag = [wallet] {
        return wallet->etag();
    };
    walletCollection.fetch = [walletApi](const QByteArray& etag) {
        return walletApi->wallet(etag);
    };
    walletCollection.write = [wallet](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const auto read = Wallet::fromJson(answer);
        if (!read)
            *problem = QStringLiteral("unreadable wallet");
        return read && wallet->save(*read, etag);
    };
    m_declarations.append({ SyncService::Resource::Wallet, citizen, walletCollection });
    m_declarations.append(
        { SyncService::Resource::Orders, citizen,
          SyncService::listCollection<Order>(m_orderRepository, QStringLiteral("orders"),
                                             [orderApi](const QByteArray& etag) { return orderApi->list(etag); }) });

    QueueRepository* queue = m_queueRepository;
    SyncService::Collection agentQueue;
    agentQueue.storedEtag = [queue] {
        return queue->etag();
    };
    agentQueue.fetch = [agentApi](const QByteArray& etag) {
        return agentApi->queue(etag);
    };
    agentQueue.write = [queue](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const bool saved = queue->save(answer, etag);
        if (!saved)
            *problem = QStringLiteral("unreadable agent queue");
        return saved;
    };
    m_declarations.append({ SyncService::Resource::AgentQueue, { Account::RoleAgent }, agentQueue });
}

void AccountScope::registerCollections(const QString& role)
{
    m_sync->clearCollections();
    for (const CollectionDeclaration& declaration : std::as_const(m_declarations)) {
        if (declaration.roles.contains(role))
            m_sync->registerCollection(declaration.resource, declaration.collection);
    }
    m_collectionsRole = role;
}

void AccountScope::startPolling()
{
    // A citizen hears of decisions through the notifications; an agent's queue is fetched again.
    if (m_collectionsRole == Account::RoleCitizen)
        m_poller->start();
    else if (m_collectionsRole == Account::RoleAgent)
        m_queueTimer.start();
}

void AccountScope::stopPolling()
{
    m_poller->stop();
    m_queueTimer.stop();
}

AccountScope::~AccountScope()
{
    stopPolling();
    m_sync->cancel();
    if (m_kind != Kind::Assisted)
        return;
    // Nothing of the citizen stays on the desk's machine: the connection goes first (SQLite
    // keeps -wal/-shm files open), then the whole folder.
    attach(nullptr);
    // The children hold the client and the store: they go before them.
    qDeleteAll(findChildren<QObject*>(Qt::FindDirectChildrenOnly));
    m_ownStore.reset();
    m_ownClient.reset();
    if (!QDir(m_folder).removeRecursively())
        qCWarning(lcSync) << "assisted scope: could not remove" << m_folder;
}

QString AccountScope::assistedRoot(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("assisted"));
}

std::unique_ptr<AccountScope> AccountScope::openAssisted(const ApiClientConfig& config, const QByteArray& accessToken,
                                                         const QString& dataDir, QString* error)
{
    auto client = std::make_unique<ApiClient>(config);
    client->setAccessToken(accessToken);
    std::unique_ptr<AccountScope> scope(new AccountScope(client.get(), Kind::Assisted, nullptr));
    scope->m_ownClient = std::move(client);
    scope->m_folder = QDir(assistedRoot(dataDir)).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    scope->m_ownStore = std::make_unique<LocalStore>(QDir(scope->m_folder).filePath(QStringLiteral("citoyens.sqlite")));
    if (!scope->m_ownStore->open()) {
        if (error)
            *error = scope->m_ownStore->errorString();
        return nullptr; // the destructor removes the folder
    }
    scope->attach(scope->m_ownStore.get());
    return scope;
}

int AccountScope::removeAssistedLeftovers(const QString& dataDir)
{
    const QDir root(assistedRoot(dataDir));
    int removed = 0;
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (QDir(root.filePath(name)).removeRecursively())
            ++removed;
    }
    return removed;
}

void AccountScope::start()
{
    if (m_kind != Kind::Assisted || m_active)
        return;
    m_active = true;
    m_sync->syncAll();
    startPolling();
}

void AccountScope::attach(LocalStore* store)
{
    stopPolling();
    m_sync->cancel();
    m_active = false;
    m_catalogueRepository->setStore(store);
    m_subscriptionRepository->setStore(store);
    m_beneficiaryRepository->setStore(store);
    m_notificationRepository->setStore(store);
    m_queueRepository->setStore(store);
    m_walletRepository->setStore(store);
    m_orderRepository->setStore(store);
    m_reservationRepository->setStore(store);
    m_attached = store != nullptr;
}

void AccountScope::setPollInterval(std::chrono::milliseconds interval)
{
    m_poller->setInterval(interval);
    m_queueTimer.setInterval(interval);
}

void AccountScope::onSessionStateChanged()
{
    LocalStore* store = m_session->state() == Session::State::SignedOut ? nullptr : m_session->store();
    // The repositories hold the store by QPointer: once Session deleted it, store() is null,
    // so "attached" is remembered apart to still detach (and empty the models).
    if (store != m_catalogueRepository->store() || (!store && m_attached)) {
        // Another account (or none): what the pages show comes from its own file.
        attach(store);
    }
    if (store && m_session->account()) {
        const QString role = m_session->account()->role;
        if (role != m_collectionsRole) {
            m_active = false;
            stopPolling();
            registerCollections(role);
        }
    }
    const bool active = store && m_session->state() == Session::State::SignedIn;
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        qCInfo(lcSync) << "signed in: syncing the collections of the role" << m_collectionsRole;
        m_sync->syncAll();
        startPolling();
    } else {
        stopPolling();
        m_sync->cancel();
    }
}

} // namespace citoyens
