#pragma once

#include "LocalStore.h"

#include "models/Order.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace citoyens {

// The person's orders (table `orders`, one JSON row each; ETag of GET /me/orders in
// sync_state). Every write is one transaction, then changed().
class OrderRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderRepository)

public:
    explicit OrderRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store); // emits changed()
    LocalStore* store() const { return m_store; }

    // Newest first.
    QList<Order> loadAll() const;
    std::optional<Order> find(const QString& id) const;
    bool replaceAll(const QList<Order>& all, const QByteArray& etag);
    // An order just paid (the collection's ETag is then stale: cleared).
    bool upsert(const Order& order);
    QByteArray etag() const;

Q_SIGNALS:
    void changed();

private:
    QPointer<LocalStore> m_store;
};

} // namespace citoyens
