#include "AccountScope.h"

#include "sync/BeneficiaryCommands.h"
#include "sync/NotificationPoller.h"
#include "sync/SubscriptionCommands.h"
#include "sync/SyncLogging.h"
#include "sync/SyncService.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "session/Session.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/NotificationRepository.h"
#include "store/SubscriptionRepository.h"

#include "api/ApiClient.h"
#include "api/ApiClientConfig.h"
#include "api/BeneficiaryApi.h"
#include "api/CatalogueApi.h"
#include "api/NotificationApi.h"
#include "api/SubscriptionApi.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QUuid>

namespace citoyens {

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
{
    registerCollections(client);
}

void AccountScope::registerCollections(ApiClient* client)
{
    // One registration per synced collection; syncAll() fetches them in this order.
    auto* catalogueApi = new CatalogueApi(client, this);
    auto* subscriptionApi = new SubscriptionApi(client, this);
    auto* beneficiaryApi = new BeneficiaryApi(client, this);
    auto* notificationApi = new NotificationApi(client, this);
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
    m_sync->registerCollection(SyncService::Resource::Catalogue, communes);

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
    m_sync->registerCollection(SyncService::Resource::BeneficiaryOptions, options);

    m_sync->registerCollection(SyncService::Resource::Subscriptions,
                               SyncService::listCollection<Subscription>(
                                   m_subscriptionRepository, QStringLiteral("subscriptions"),
                                   [subscriptionApi](const QByteArray& etag) { return subscriptionApi->list(etag); }));
    m_sync->registerCollection(SyncService::Resource::Beneficiaries,
                               SyncService::listCollection<Beneficiary>(
                                   m_beneficiaryRepository, QStringLiteral("beneficiaries"),
                                   [beneficiaryApi](const QByteArray& etag) { return beneficiaryApi->list(etag); }));
    m_sync->registerCollection(SyncService::Resource::Notifications,
                               SyncService::listCollection<Notification>(
                                   m_notificationRepository, QStringLiteral("notifications"),
                                   [notificationApi](const QByteArray& etag) { return notificationApi->list(etag); }));
}

AccountScope::~AccountScope()
{
    m_poller->stop();
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
    m_poller->start();
}

void AccountScope::attach(LocalStore* store)
{
    m_poller->stop();
    m_sync->cancel();
    m_active = false;
    m_catalogueRepository->setStore(store);
    m_subscriptionRepository->setStore(store);
    m_beneficiaryRepository->setStore(store);
    m_notificationRepository->setStore(store);
    m_attached = store != nullptr;
}

void AccountScope::setPollInterval(std::chrono::milliseconds interval)
{
    m_poller->setInterval(interval);
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
    const bool active = store && m_session->state() == Session::State::SignedIn;
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        qCInfo(lcSync) << "signed in: syncing services, beneficiaries and notifications";
        m_sync->syncAll();
        m_poller->start();
    } else {
        m_poller->stop();
        m_sync->cancel();
    }
}

} // namespace citoyens
