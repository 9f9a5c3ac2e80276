#pragma once

#include "LocalStore.h"

#include <QObject>
#include <QPointer>

namespace citoyens {

// What every repository of the person's store shares: the store it reads (none while signed
// out), given to all of them at once by the scope, and changed() for the item models.
class StoreRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreRepository)

public:
    explicit StoreRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    // Another account's store (or none): what is shown is read again, so changed() follows.
    virtual void setStore(LocalStore* store);
    LocalStore* store() const { return m_store; }

Q_SIGNALS:
    void changed();

protected:
    bool isOpen() const { return m_store && m_store->isOpen(); }

    QPointer<LocalStore> m_store;
};

} // namespace citoyens
