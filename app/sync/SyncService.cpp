#include "SyncService.h"

#include "SyncLogging.h"

#include "api/ApiCall.h"

#include <utility>

Q_LOGGING_CATEGORY(lcSync, "citoyens.sync")

namespace citoyens {

SyncService::SyncService(QObject* parent)
    : QObject(parent)
{ }

SyncService::~SyncService()
{
    cancel();
}

void SyncService::registerCollection(Resource resource, Collection collection)
{
    if (!m_collections.contains(resource))
        m_order.append(resource);
    m_collections.insert(resource, std::move(collection));
}

void SyncService::clearCollections()
{
    cancel();
    m_order.clear();
    m_collections.clear();
}

void SyncService::syncAll()
{
    if (!m_awaited.isEmpty())
        return;
    m_allOk = true;
    for (Resource resource : std::as_const(m_order))
        m_awaited.insert(resource);
    for (Resource resource : std::as_const(m_order))
        sync(resource);
}

void SyncService::syncCatalogue()
{
    sync(Resource::Catalogue);
    sync(Resource::BeneficiaryOptions);
}

void SyncService::cancel()
{
    m_awaited.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<ApiCall>& call : inFlight) {
        if (ApiCall* c = call) {
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

void SyncService::sync(Resource resource)
{
    const auto collection = m_collections.constFind(resource);
    if (collection == m_collections.cend())
        return;
    if (m_inFlight.value(resource)) {
        // Already on its way; a syncAll() counting on it is answered by that request.
        return;
    }
    ApiCall* call = collection->fetch(collection->storedEtag());
    m_inFlight.insert(resource, call);
    connect(call, &ApiCall::finished, this, [this, resource, call] { onAnswer(resource, call); });
    updateBusy();
}

void SyncService::onAnswer(Resource resource, ApiCall* call)
{
    m_inFlight.remove(resource);
    bool ok = call->ok();
    if (!ok) {
        qCInfo(lcSync) << "sync of" << resource << "failed:" << call->error().code << call->error().message;
        Q_EMIT resourceFailed(resource, call->error());
    } else if (call->status() == 304) {
        Q_EMIT resourceSynced(resource, false);
    } else {
        QString problem;
        if (m_collections.value(resource).write(call->json(), call->etag(), &problem)) {
            Q_EMIT resourceSynced(resource, true);
        } else {
            ok = false;
            qCWarning(lcSync) << "sync of" << resource << "not stored:" << problem;
            Q_EMIT resourceFailed(resource, ApiError::parse(problem));
        }
    }
    if (m_awaited.remove(resource)) {
        m_allOk = m_allOk && ok;
        if (m_awaited.isEmpty())
            Q_EMIT syncFinished(m_allOk);
    }
    updateBusy();
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
