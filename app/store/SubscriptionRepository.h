#pragma once

#include "LocalStore.h"

#include "models/Subscription.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace citoyens {

// The person's subscriptions (table `subscriptions`, one JSON row each; ETag of
// GET /me/subscriptions in sync_state). Every write is one transaction, then changed().
class SubscriptionRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionRepository)

public:
    explicit SubscriptionRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store); // emits changed()
    LocalStore* store() const { return m_store; }

    // Newest first (createdAt descending, then id).
    QList<Subscription> loadAll() const;
    std::optional<Subscription> find(const QString& id) const;
    // The whole collection as the server sent it (rows not in `all` are deleted).
    bool replaceAll(const QList<Subscription>& all, const QByteArray& etag);
    // One item changed by a command (its ETag is then stale: cleared so the next sync refetches).
    bool upsert(const Subscription& subscription);
    bool remove(const QString& id);
    QByteArray etag() const;

Q_SIGNALS:
    void changed();

private:
    QPointer<LocalStore> m_store;
};

} // namespace citoyens
