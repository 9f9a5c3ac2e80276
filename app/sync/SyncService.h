#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace citoyens {

class ApiCall;
class ApiClient;
class BeneficiaryApi;
class BeneficiaryRepository;
class CatalogueApi;
class CatalogueRepository;
class NotificationApi;
class NotificationRepository;
class SubscriptionApi;
class SubscriptionRepository;

// Brings the store up to date from the server: each collection is fetched with
// If-None-Match (its stored ETag); a 304 writes nothing; a 200 is written in one
// transaction and the repository's changed() lets the item models update.
// Each resource has at most one request in flight: asking again while one runs is a no-op.
class SyncService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    enum class Resource { Catalogue, BeneficiaryOptions, Subscriptions, Beneficiaries, Notifications };
    Q_ENUM(Resource)

    SyncService(ApiClient* client, CatalogueRepository* catalogue, SubscriptionRepository* subscriptions,
                BeneficiaryRepository* beneficiaries, NotificationRepository* notifications, QObject* parent = nullptr);
    ~SyncService() override;

    // Everything (after sign-in). syncFinished() once all five answered.
    void syncAll();
    void syncCatalogue(); // also the beneficiary options
    void syncSubscriptions();
    void syncBeneficiaries();
    void syncNotifications();
    // Aborts whatever is in flight (sign-out); no signal follows for aborted requests.
    void cancel();

    bool isBusy() const;

Q_SIGNALS:
    // One resource answered: `changed` is false for a 304.
    void resourceSynced(citoyens::SyncService::Resource resource, bool changed);
    void resourceFailed(citoyens::SyncService::Resource resource, const citoyens::ApiError& error);
    // Every request started by syncAll() answered; `ok` when none failed.
    void syncFinished(bool ok);
    void busyChanged(bool busy);

private:
    void fetch(Resource resource);
    void onAnswer(Resource resource, ApiCall* call);
    bool write(Resource resource, ApiCall* call, QString* problem);
    QByteArray storedEtag(Resource resource) const;
    void updateBusy();

    CatalogueApi* m_catalogueApi;
    SubscriptionApi* m_subscriptionApi;
    BeneficiaryApi* m_beneficiaryApi;
    NotificationApi* m_notificationApi;
    CatalogueRepository* m_catalogue;
    SubscriptionRepository* m_subscriptions;
    BeneficiaryRepository* m_beneficiaries;
    NotificationRepository* m_notifications;
    QPointer<ApiCall> m_inFlight[5];
    bool m_awaited[5] = {}; // resources the current syncAll() waits for
    int m_allPending = 0; // requests of the current syncAll() still out
    bool m_allOk = true;
    bool m_busy = false;
};

} // namespace citoyens
