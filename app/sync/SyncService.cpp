#include "SyncService.h"

#include "SyncLogging.h"

#include "api/ApiCall.h"
#include "api/BeneficiaryApi.h"
#include "api/CatalogueApi.h"
#include "api/NotificationApi.h"
#include "api/SubscriptionApi.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/NotificationRepository.h"
#include "store/SubscriptionRepository.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcSync, "citoyens.sync")

namespace citoyens {

namespace {

constexpr int ResourceCount = 5;

// Every element of `array` parsed with T::fromJson; false when one does not parse.
template<typename T> bool parseList(const QJsonValue& array, QList<T>* out)
{
    if (!array.isArray())
        return false;
    for (const QJsonValue& v : array.toArray()) {
        auto item = T::fromJson(v.toObject());
        if (!item)
            return false;
        out->append(*item);
    }
    return true;
}

} // namespace

SyncService::SyncService(ApiClient* client, CatalogueRepository* catalogue, SubscriptionRepository* subscriptions,
                         BeneficiaryRepository* beneficiaries, NotificationRepository* notifications, QObject* parent)
    : QObject(parent)
    , m_catalogueApi(new CatalogueApi(client, this))
    , m_subscriptionApi(new SubscriptionApi(client, this))
    , m_beneficiaryApi(new BeneficiaryApi(client, this))
    , m_notificationApi(new NotificationApi(client, this))
    , m_catalogue(catalogue)
    , m_subscriptions(subscriptions)
    , m_beneficiaries(beneficiaries)
    , m_notifications(notifications)
{ }

SyncService::~SyncService()
{
    cancel();
}

void SyncService::syncAll()
{
    if (m_allPending > 0)
        return;
    m_allOk = true;
    m_allPending = ResourceCount;
    for (int i = 0; i < ResourceCount; ++i) {
        m_awaited[i] = true;
        fetch(Resource(i));
    }
}

void SyncService::syncCatalogue()
{
    fetch(Resource::Catalogue);
    fetch(Resource::BeneficiaryOptions);
}

void SyncService::syncSubscriptions()
{
    fetch(Resource::Subscriptions);
}

void SyncService::syncBeneficiaries()
{
    fetch(Resource::Beneficiaries);
}

void SyncService::syncNotifications()
{
    fetch(Resource::Notifications);
}

void SyncService::cancel()
{
    m_allPending = 0;
    std::fill(std::begin(m_awaited), std::end(m_awaited), false);
    for (QPointer<ApiCall>& call : m_inFlight) {
        if (ApiCall* c = call) {
            call = nullptr;
            c->disconnect(this);
            c->abort();
        }
    }
    updateBusy();
}

bool SyncService::isBusy() const
{
    for (const QPointer<ApiCall>& call : m_inFlight) {
        if (call)
            return true;
    }
    return false;
}

QByteArray SyncService::storedEtag(Resource resource) const
{
    switch (resource) {
    case Resource::Catalogue:
        return m_catalogue->etag();
    case Resource::BeneficiaryOptions:
        return m_catalogue->beneficiaryOptionsEtag();
    case Resource::Subscriptions:
        return m_subscriptions->etag();
    case Resource::Beneficiaries:
        return m_beneficiaries->etag();
    case Resource::Notifications:
        return m_notifications->etag();
    }
    return {};
}

void SyncService::fetch(Resource resource)
{
    QPointer<ApiCall>& slot = m_inFlight[int(resource)];
    if (slot) {
        // Already on its way; a syncAll() counting on it is answered by that request.
        return;
    }
    const QByteArray etag = storedEtag(resource);
    ApiCall* call = nullptr;
    switch (resource) {
    case Resource::Catalogue:
        call = m_catalogueApi->communes(etag);
        break;
    case Resource::BeneficiaryOptions:
        call = m_catalogueApi->beneficiaryOptions(etag);
        break;
    case Resource::Subscriptions:
        call = m_subscriptionApi->list(etag);
        break;
    case Resource::Beneficiaries:
        call = m_beneficiaryApi->list(etag);
        break;
    case Resource::Notifications:
        call = m_notificationApi->list(etag);
        break;
    }
    slot = call;
    connect(call, &ApiCall::finished, this, [this, resource, call] { onAnswer(resource, call); });
    updateBusy();
}

void SyncService::onAnswer(Resource resource, ApiCall* call)
{
    m_inFlight[int(resource)] = nullptr;
    bool ok = call->ok();
    if (!ok) {
        qCInfo(lcSync) << "sync of" << resource << "failed:" << call->error().code << call->error().message;
        Q_EMIT resourceFailed(resource, call->error());
    } else if (call->status() == 304) {
        Q_EMIT resourceSynced(resource, false);
    } else {
        QString problem;
        if (write(resource, call, &problem)) {
            Q_EMIT resourceSynced(resource, true);
        } else {
            ok = false;
            qCWarning(lcSync) << "sync of" << resource << "not stored:" << problem;
            Q_EMIT resourceFailed(resource, ApiError::parse(problem));
        }
    }
    if (m_awaited[int(resource)] && m_allPending > 0) {
        m_awaited[int(resource)] = false;
        m_allOk = m_allOk && ok;
        if (--m_allPending == 0)
            Q_EMIT syncFinished(m_allOk);
    }
    updateBusy();
}

bool SyncService::write(Resource resource, ApiCall* call, QString* problem)
{
    const QJsonObject json = call->json();
    const QByteArray etag = call->etag();
    switch (resource) {
    case Resource::Catalogue: {
        const auto catalogue = Catalogue::fromJson(json);
        if (!catalogue) {
            *problem = QStringLiteral("unreadable catalogue");
            return false;
        }
        return m_catalogue->save(*catalogue, etag);
    }
    case Resource::BeneficiaryOptions: {
        const auto options = BeneficiaryOptions::fromJson(json);
        if (!options) {
            *problem = QStringLiteral("unreadable beneficiary options");
            return false;
        }
        return m_catalogue->saveBeneficiaryOptions(*options, etag);
    }
    case Resource::Subscriptions: {
        QList<Subscription> all;
        if (!parseList(json.value(QStringLiteral("subscriptions")), &all)) {
            *problem = QStringLiteral("unreadable subscriptions");
            return false;
        }
        return m_subscriptions->replaceAll(all, etag);
    }
    case Resource::Beneficiaries: {
        QList<Beneficiary> all;
        if (!parseList(json.value(QStringLiteral("beneficiaries")), &all)) {
            *problem = QStringLiteral("unreadable beneficiaries");
            return false;
        }
        return m_beneficiaries->replaceAll(all, etag);
    }
    case Resource::Notifications: {
        QList<Notification> all;
        if (!parseList(json.value(QStringLiteral("notifications")), &all)) {
            *problem = QStringLiteral("unreadable notifications");
            return false;
        }
        return m_notifications->replaceAll(all, etag);
    }
    }
    return false;
}

void SyncService::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace citoyens
