#include "ServicesContext.h"

#include "BeneficiaryCommands.h"
#include "NotificationPoller.h"
#include "SubscriptionCommands.h"
#include "SyncLogging.h"
#include "SyncService.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "session/Session.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/NotificationRepository.h"
#include "store/SubscriptionRepository.h"

namespace citoyens {

ServicesContext::ServicesContext(ApiClient* client, Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_catalogueRepository(new CatalogueRepository(nullptr, this))
    , m_subscriptionRepository(new SubscriptionRepository(nullptr, this))
    , m_beneficiaryRepository(new BeneficiaryRepository(nullptr, this))
    , m_notificationRepository(new NotificationRepository(nullptr, this))
    , m_catalogueModel(new CatalogueModel(m_catalogueRepository, this))
    , m_subscriptionModel(new SubscriptionTableModel(m_subscriptionRepository, this))
    , m_beneficiaryModel(new BeneficiaryListModel(m_beneficiaryRepository, this))
    , m_notificationModel(new NotificationListModel(m_notificationRepository, this))
    , m_sync(new SyncService(client, m_catalogueRepository, m_subscriptionRepository, m_beneficiaryRepository,
                             m_notificationRepository, this))
    , m_poller(new NotificationPoller(client, m_notificationRepository, m_sync, this))
    , m_subscriptionCommands(new SubscriptionCommands(client, m_subscriptionRepository, m_catalogueRepository, this))
    , m_beneficiaryCommands(new BeneficiaryCommands(client, m_beneficiaryRepository, this))
{
    connect(m_session, &Session::stateChanged, this, &ServicesContext::onSessionStateChanged);
    onSessionStateChanged();
}

ServicesContext::~ServicesContext()
{
    m_poller->stop();
    m_sync->cancel();
}

void ServicesContext::setPollInterval(std::chrono::milliseconds interval)
{
    m_poller->setInterval(interval);
}

void ServicesContext::onSessionStateChanged()
{
    LocalStore* store = m_session->state() == Session::State::SignedOut ? nullptr : m_session->store();
    // The repositories hold the store by QPointer: once Session deleted it, store() is null,
    // so "attached" is remembered apart to still detach (and empty the models).
    if (store != m_catalogueRepository->store() || (!store && m_attached)) {
        // Another account (or none): what the pages show comes from its own file.
        m_poller->stop();
        m_sync->cancel();
        m_active = false;
        m_catalogueRepository->setStore(store);
        m_subscriptionRepository->setStore(store);
        m_beneficiaryRepository->setStore(store);
        m_notificationRepository->setStore(store);
        m_attached = store != nullptr;
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
