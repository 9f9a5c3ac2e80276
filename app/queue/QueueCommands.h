#pragma once

#include "QueueItem.h"

#include "models/DecisionRequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace citoyens {

class QueueApi;
class CatalogueRepository;
class QueueOperation;
class QueueRepository;
class SyncService;

// What a desk agent does with the queue: decide a request or a beneficiary (checked with
// models/ first, sent, then the item leaves the stored queue: the table follows), and fetch
// what a request shows (its documents, a beneficiary's photo), in memory, never waiting on
// the UI thread. A decision the server refuses because another agent took it first
// (409 already_decided) says so in the person's language and the queue is fetched again.
class QueueCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCommands)

public:
    QueueCommands(QueueApi* api, QueueRepository* queue, CatalogueRepository* catalogue, SyncService* sync,
                  QObject* parent = nullptr);

    // The kinds "Pièces à compléter" may ask for: the service's required documents (from the
    // catalogue), else those the request holds.
    QStringList documentKinds(const QueueItem& item) const;
    FieldErrors validate(const QueueItem& item, const DecisionRequest& decision) const;
    // Never nullptr: the operation finishes once (refused at once when the input is invalid).
    QueueOperation* decide(const QueueItem& item, const DecisionRequest& decision);
    QueueOperation* fetchDocument(const QueueItem& item, const QString& documentId);
    QueueOperation* fetchPhoto(const QueueItem& item);

private:
    QueueOperation* download(const QString& href);

    struct PendingKey
    {
        QJsonObject body;
        QByteArray key;
    };

    QueueApi* m_api;
    QueueRepository* m_queue;
    CatalogueRepository* m_catalogue;
    SyncService* m_sync;
    // The Idempotency-Key of a decision not yet answered, per queue item.
    QHash<QString, PendingKey> m_keys;
};

} // namespace citoyens
