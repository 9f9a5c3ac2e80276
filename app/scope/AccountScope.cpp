#include "AccountScope.h"
#include "SyncedCollections.h"

#include "attendance/AttendanceCommands.h"
#include "queue/QueueCommands.h"
#include "quotient/QuotientCommands.h"
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
#include "store/FamilyQuotientRepository.h"
#include "store/NotificationRepository.h"
#include "store/OrderRepository.h"
#include "store/QueueRepository.h"
#include "store/ReservationRepository.h"
#include "store/SubscriptionRepository.h"
#include "store/WalletRepository.h"

#include "api/ApiClient.h"
#include "api/ApiClientConfig.h"
#include "api/QueueApi.h"
#include "models/Account.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QUuid>

namespace citoyens {

template<typename Repository> Repository* AccountScope::addRepository()
{
    auto* repository = new Repository(nullptr, this);
    m_repositories.append(repository);
    return repository;
}

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
    , m_catalogueRepository(addRepository<CatalogueRepository>())
    , m_subscriptionRepository(addRepository<SubscriptionRepository>())
    , m_beneficiaryRepository(addRepository<BeneficiaryRepository>())
    , m_notificationRepository(addRepository<NotificationRepository>())
    , m_catalogueModel(new CatalogueModel(m_catalogueRepository, this))
    , m_subscriptionModel(new SubscriptionTableModel(m_subscriptionRepository, this))
    , m_beneficiaryModel(new BeneficiaryListModel(m_beneficiaryRepository, this))
    , m_notificationModel(new NotificationListModel(m_notificationRepository, this))
    , m_sync(new SyncService(this))
    , m_poller(new NotificationPoller(client, m_notificationRepository, m_sync, this))
    , m_subscriptionCommands(new SubscriptionCommands(client, m_subscriptionRepository, m_catalogueRepository, this))
    , m_beneficiaryCommands(new BeneficiaryCommands(client, m_beneficiaryRepository, this))
    , m_queueRepository(addRepository<QueueRepository>())
    , m_queueModel(new QueueTableModel(m_queueRepository, m_catalogueRepository, this))
    , m_queueCommands(
          new QueueCommands(new QueueApi(client, this), m_queueRepository, m_catalogueRepository, m_sync, this))
    , m_attendanceCommands(new AttendanceCommands(new QueueApi(client, this), m_catalogueRepository, this))
    , m_walletRepository(addRepository<WalletRepository>())
    , m_orderRepository(addRepository<OrderRepository>())
    , m_walletModel(new WalletMovementModel(m_walletRepository, this))
    , m_orderModel(new OrderTableModel(m_orderRepository, this))
    , m_walletCommands(new WalletCommands(client, m_walletRepository, m_orderRepository, m_sync, this))
    , m_reservationRepository(addRepository<ReservationRepository>())
    , m_upcomingReservationModel(new UpcomingReservationModel(m_reservationRepository, this))
    , m_reservationCommands(new ReservationCommands(client, m_reservationRepository, m_walletRepository, m_sync, this))
    , m_quotientRepository(addRepository<FamilyQuotientRepository>())
    , m_quotientCommands(new QuotientCommands(client, m_quotientRepository, this))
{
    m_queueTimer.setInterval(std::chrono::seconds(30));
    connect(&m_queueTimer, &QTimer::timeout, this, [this] { m_sync->sync(SyncService::Resource::Queue); });
    m_declarations = syncedCollections(this, client);
    registerCollections(Account::RoleCitizen);
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
    for (StoreRepository* repository : std::as_const(m_repositories))
        repository->setStore(store);
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
    if (store != m_repositories.constFirst()->store() || (!store && m_attached)) {
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
