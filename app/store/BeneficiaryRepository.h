#pragma once

#include "LocalStore.h"

#include "models/Beneficiary.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace citoyens {

// The person's beneficiaries (table `beneficiaries`) and a cache of their photos
// (table `beneficiary_photos`). Every write is one transaction, then changed().
class BeneficiaryRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryRepository)

public:
    explicit BeneficiaryRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store); // emits changed()
    LocalStore* store() const { return m_store; }

    // By last name, then first name.
    QList<Beneficiary> loadAll() const;
    std::optional<Beneficiary> find(const QString& id) const;
    bool replaceAll(const QList<Beneficiary>& all, const QByteArray& etag);
    bool upsert(const Beneficiary& beneficiary);
    bool remove(const QString& id); // also drops its photo
    QByteArray etag() const;

    // Image bytes as last uploaded or downloaded; empty when not cached.
    QByteArray photo(const QString& id) const;
    bool savePhoto(const QString& id, const QByteArray& bytes);

Q_SIGNALS:
    void changed();
    void photoChanged(const QString& id);

private:
    QPointer<LocalStore> m_store;
};

} // namespace citoyens
