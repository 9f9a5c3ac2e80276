#include "NotificationPoller.h"

#include "SyncLogging.h"
#include "SyncService.h"

#include "api/ApiCall.h"
#include "api/NotificationApi.h"
#include "store/NotificationRepository.h"

#include <QDateTime>

namespace citoyens {

NotificationPoller::NotificationPoller(ApiClient* client, NotificationRepository* repository, SyncService* sync,
                                       QObject* parent)
    : QObject(parent)
    , m_api(new NotificationApi(client, this))
    , m_repository(repository)
    , m_sync(sync)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &NotificationPoller::pollNow);
    connect(m_repository, &NotificationRepository::added, this, &NotificationPoller::onAdded);
    connect(m_repository, &NotificationRepository::unreadCountChanged, this, &NotificationPoller::unreadCountChanged);
}

void NotificationPoller::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds NotificationPoller::interval() const
{
    return m_timer.intervalAsDuration();
}

void NotificationPoller::start()
{
    m_timer.start();
    pollNow();
}

void NotificationPoller::stop()
{
    m_timer.stop();
}

void NotificationPoller::pollNow()
{
    m_sync->syncNotifications();
}

int NotificationPoller::unreadCount() const
{
    return m_repository->unreadCount();
}

void NotificationPoller::markRead(const QString& notificationId)
{
    m_repository->markRead(notificationId, QDateTime::currentDateTimeUtc());
    ApiCall* call = m_api->markRead(notificationId);
    connect(call, &ApiCall::finished, this, [this, call, notificationId] {
        if (!call->ok()) {
            qCInfo(lcSync) << "mark read failed:" << call->error().code;
            Q_EMIT markReadFailed(notificationId, call->error());
            // The server still says unread: the next poll brings its version back.
            pollNow();
        }
    });
}

void NotificationPoller::markAllRead()
{
    for (const Notification& n : m_repository->loadAll()) {
        if (!n.isRead())
            markRead(n.id);
    }
}

void NotificationPoller::onAdded(const QList<Notification>& notifications)
{
    QList<Notification> unread;
    bool subscriptions = false;
    bool beneficiaries = false;
    for (const Notification& n : notifications) {
        if (n.isRead())
            continue;
        unread.append(n);
        subscriptions = subscriptions || n.subjectType == Notification::SubjectSubscription;
        beneficiaries = beneficiaries || n.subjectType == Notification::SubjectBeneficiary;
    }
    // The decision changed a row the store holds: fetch it so the pages show it now.
    if (subscriptions)
        m_sync->syncSubscriptions();
    if (beneficiaries)
        m_sync->syncBeneficiaries();
    if (!unread.isEmpty())
        Q_EMIT newNotifications(unread);
}

} // namespace citoyens
