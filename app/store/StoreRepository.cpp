#include "StoreRepository.h"

namespace citoyens {

StoreRepository::StoreRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void StoreRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT changed();
}

} // namespace citoyens
