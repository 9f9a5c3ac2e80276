#pragma once

#include "JsonListRepository.h"

#include "models/Beneficiary.h"

#include <QByteArray>
#include <QString>

namespace citoyens {

// The person's beneficiaries (table `beneficiaries`, by last name, then first name) and a cache
// of their photos (table `beneficiary_photos`). remove() also drops the photo.
class BeneficiaryRepository : public JsonListRepository<Beneficiary>
{
    Q_OBJECT

public:
    explicit BeneficiaryRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    // Image bytes as last uploaded or downloaded; empty when not cached.
    QByteArray photo(const QString& id) const;
    bool savePhoto(const QString& id, const QByteArray& bytes);

Q_SIGNALS:
    void photoChanged(const QString& id);

protected:
    bool removeDependents(QSqlDatabase& db, const QString& id) override;
};

} // namespace citoyens
