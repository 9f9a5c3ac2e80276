#include "QueueCommands.h"

#include "QueueOperation.h"

#include "api/QueueApi.h"
#include "models/DocumentRules.h"
#include "models/ProblemCodes.h"
#include "store/CatalogueRepository.h"
#include "store/QueueRepository.h"
#include "sync/SyncService.h"

#include <QPointer>
#include <QUuid>

namespace citoyens {

QueueCommands::QueueCommands(QueueApi* api, QueueRepository* queue, CatalogueRepository* catalogue, SyncService* sync,
                             QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_queue(queue)
    , m_catalogue(catalogue)
    , m_sync(sync)
{ }

QStringList QueueCommands::documentKinds(const QueueItem& item) const
{
    if (item.kind != QueueItem::Kind::Subscription)
        return {};
    QStringList kinds;
    const Catalogue catalogue = m_catalogue ? m_catalogue->load() : Catalogue {};
    if (const Service* service = catalogue.findService(item.subscription.serviceId)) {
        for (const DocumentRequirement& requirement : service->requiredDocuments)
            kinds.append(requirement.kind);
    }
    if (kinds.isEmpty()) {
        for (const SubscriptionDocument& document : item.subscription.documents)
            kinds.append(document.kind);
    }
    kinds.removeDuplicates();
    return kinds;
}

FieldErrors QueueCommands::validate(const QueueItem& item, const DecisionRequest& decision) const
{
    FieldErrors errors = decision.check(documentKinds(item));
    if (item.kind == QueueItem::Kind::Beneficiary && !decision.documentKind.isEmpty())
        errors.append({ QStringLiteral("documentKind"), QStringLiteral("invalid_choice") });
    return errors;
}

QueueOperation* QueueCommands::decide(const QueueItem& item, const DecisionRequest& decision)
{
    DecisionRequest sent = decision;
    if (item.kind == QueueItem::Kind::Beneficiary)
        sent.communeId = item.communeId;
    QueueRepository* queue = m_queue;
    SyncService* sync = m_sync;
    QueueApi* api = m_api;
    // One key per decision: sent again unchanged (after a network failure whose outcome is
    // unknown), it is the same key, and the server replays what it did.
    const QJsonObject body = sent.toJson();
    PendingKey& pending = m_keys[item.key()];
    if (pending.key.isEmpty() || pending.body != body)
        pending = { body, QUuid::createUuid().toByteArray(QUuid::WithoutBraces) };
    const QByteArray key = pending.key;
    QPointer<QueueCommands> self(this);
    const auto forget = [self, item] {
        if (self)
            self->m_keys.remove(item.key());
    };
    auto* operation = new QueueOperation(this);
    operation->run(validate(item, sent),
                   { [api, item, body, key] {
                        return item.kind == QueueItem::Kind::Subscription
                            ? api->decideSubscription(item.id(), body, key)
                            : api->decideBeneficiary(item.id(), body, key);
                    },
                     [queue, item, forget](const ApiCall&) {
                         forget();
                         queue->remove(item);
                         return ApiError();
                     },
                     [queue, sync, item, forget](const ApiCall& failed) {
                         const ApiError& error = failed.error();
                         // The server answered (other than "the first is still running"): a new
                         // attempt is a new decision.
                         if (error.kind == ApiError::Kind::Problem && error.code != ProblemCode::IdempotencyInFlight)
                             forget();
                         if (error.code != ProblemCode::AlreadyDecided)
                             return error;
                         // Nothing to decide any more: the item leaves the list, and the list is
                         // fetched again.
                         queue->remove(item);
                         sync->sync(SyncService::Resource::Queue);
                         ApiError decided = error;
                         decided.message = tr("This request has already been handled by another agent.");
                         return decided;
                     } });
    return operation;
}

QueueOperation* QueueCommands::download(const QString& href)
{
    auto* operation = new QueueOperation(this);
    QueueApi* api = m_api;
    operation->run({},
                   { [api, href] { return api->download(href); },
                     [operation](const ApiCall& answer) {
                         operation->m_bytes = answer.body();
                         operation->m_mimeType = DocumentRules::sniff(answer.body().left(16));
                         return ApiError();
                     } });
    return operation;
}

QueueOperation* QueueCommands::fetchDocument(const QueueItem& item, const QString& documentId)
{
    return download(item.documentHrefs.value(documentId, QStringLiteral("/me/documents/") + documentId));
}

QueueOperation* QueueCommands::fetchPhoto(const QueueItem& item)
{
    return download(item.photoHref);
}

} // namespace citoyens
