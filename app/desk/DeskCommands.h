#pragma once

#include "QueueItem.h"

#include "models/DecisionRequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace citoyens {

class AgentApi;
class CatalogueRepository;
class DeskOperation;
class QueueRepository;
class SyncService;

// What a desk agent does with the queue: decide a request or a beneficiary (checked with
// models/ first, sent, then the item leaves the stored queue: the table follows), and fetch
// what a request shows (its documents, a beneficiary's photo), in memory, never waiting on
// the UI thread. A decision the server refuses because another agent took it first
// (409 already_decided) says so in the person's language and the queue is fetched again.
class DeskCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskCommands)

public:
    DeskCommands(AgentApi* api, QueueRepository* queue, CatalogueRepository* catalogue, SyncService* sync,
                 QObject* parent = nullptr);

    // The kinds "Pièces à compléter" may ask for: the service's required documents (from the
    // catalogue), else those the request holds.
    QStringList documentKinds(const QueueItem& item) const;
    FieldErrors validate(const QueueItem& item, const DecisionRequest& decision) const;
    // Never nullptr: the operation finishes once (refused at once when the input is invalid).
    DeskOperation* decide(const QueueItem& item, const DecisionRequest& decision);
    DeskOperation* fetchDocument(const QueueItem& item, const QString& documentId);
    DeskOperation* fetchPhoto(const QueueItem& item);

private:
    DeskOperation* download(const QString& href);

    struct PendingKey
    {
        QJsonObject body;
        QByteArray key;
    };

    AgentApi* m_api;
    QueueRepository* m_queue;
    CatalogueRepository* m_catalogue;
    SyncService* m_sync;
    // The Idempotency-Key of a decision not yet answered, per queue item.
    QHash<QString, PendingKey> m_keys;
};

} // namespace citoyens
