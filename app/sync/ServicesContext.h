#pragma once

#include <QObject>

#include <chrono>

namespace citoyens {

class ApiClient;
class BeneficiaryCommands;
class BeneficiaryListModel;
class BeneficiaryRepository;
class CatalogueModel;
class CatalogueRepository;
class NotificationListModel;
class NotificationPoller;
class NotificationRepository;
class Session;
class SubscriptionCommands;
class SubscriptionRepository;
class SubscriptionTableModel;
class SyncService;

// Everything issue 3 adds to the client core, built once by Application and tied to the
// Session: on sign-in the repositories are pointed at Session::store() (the pages show what
// is on disk at once), a full sync starts and the notification poller runs; on sign-out the
// poller stops, requests in flight are aborted and the models empty.
// All objects are children of this one and live as long as it does.
class ServicesContext : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesContext)

public:
    ServicesContext(ApiClient* client, Session* session, QObject* parent = nullptr);
    ~ServicesContext() override;

    CatalogueRepository* catalogueRepository() const { return m_catalogueRepository; }
    SubscriptionRepository* subscriptionRepository() const { return m_subscriptionRepository; }
    BeneficiaryRepository* beneficiaryRepository() const { return m_beneficiaryRepository; }
    NotificationRepository* notificationRepository() const { return m_notificationRepository; }

    CatalogueModel* catalogueModel() const { return m_catalogueModel; }
    SubscriptionTableModel* subscriptionModel() const { return m_subscriptionModel; }
    BeneficiaryListModel* beneficiaryModel() const { return m_beneficiaryModel; }
    NotificationListModel* notificationModel() const { return m_notificationModel; }

    SyncService* sync() const { return m_sync; }
    NotificationPoller* poller() const { return m_poller; }
    SubscriptionCommands* subscriptionCommands() const { return m_subscriptionCommands; }
    BeneficiaryCommands* beneficiaryCommands() const { return m_beneficiaryCommands; }

    // Before the first sign-in (tests: a few milliseconds). Default 30 s.
    void setPollInterval(std::chrono::milliseconds interval);

private:
    void onSessionStateChanged();

    Session* m_session;
    CatalogueRepository* m_catalogueRepository;
    SubscriptionRepository* m_subscriptionRepository;
    BeneficiaryRepository* m_beneficiaryRepository;
    NotificationRepository* m_notificationRepository;
    CatalogueModel* m_catalogueModel;
    SubscriptionTableModel* m_subscriptionModel;
    BeneficiaryListModel* m_beneficiaryModel;
    NotificationListModel* m_notificationModel;
    SyncService* m_sync;
    NotificationPoller* m_poller;
    SubscriptionCommands* m_subscriptionCommands;
    BeneficiaryCommands* m_beneficiaryCommands;
    bool m_active = false;
    bool m_attached = false; // the repositories were given a store
};

} // namespace citoyens
