#pragma once

#include "StoreRepository.h"

#include "queue/QueueItem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

namespace citoyens {

// A desk agent's queue (GET /agent/queue), kept whole as the server sent it with its ETag,
// so that "File d'attente" paints at once when it opens again. It holds citizens' requests
// (names, incomes, documents): kept with the agent's store in memory only
// (LocalStore::transient), never on the shared machine's disk.
class QueueRepository : public StoreRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueRepository)

public:
    explicit QueueRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    QueueList load() const; // empty when nothing stored yet
    QByteArray etag() const;
    // A 200 answer of GET /agent/queue (one statement); false when unreadable or not stored.
    bool save(const QJsonObject& answer, const QByteArray& etag);
    // After a decision (or a 409): the item leaves the stored queue and the ETag is cleared,
    // so that the next sync fetches the queue whole.
    bool remove(const QueueItem& item);

Q_SIGNALS:

private:
    QJsonObject loadAnswer(bool* found = nullptr) const;
    bool write(const QJsonObject& answer, const QByteArray& etag);
};

} // namespace citoyens
