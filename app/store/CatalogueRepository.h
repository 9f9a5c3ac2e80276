#pragma once

#include "StoreRepository.h"

#include "models/BeneficiaryOptions.h"
#include "models/Catalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace citoyens {

// The communes and their services (GET /communes) and the beneficiary options, each kept
// as the JSON the server sent plus its ETag (table `catalogue`).
class CatalogueRepository : public StoreRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueRepository)

public:
    explicit CatalogueRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    void setStore(LocalStore* store) override; // also beneficiaryOptionsChanged()

    Catalogue load() const; // empty when nothing stored yet
    bool save(const Catalogue& catalogue, const QByteArray& etag = {});
    QByteArray etag() const;

    std::optional<BeneficiaryOptions> loadBeneficiaryOptions() const;
    bool saveBeneficiaryOptions(const BeneficiaryOptions& options, const QByteArray& etag = {});
    QByteArray beneficiaryOptionsEtag() const;

Q_SIGNALS:
    void beneficiaryOptionsChanged();

private:
    bool saveBlob(const QString& key, const QJsonObject& json, const QByteArray& etag);
    QJsonObject loadBlob(const QString& key, bool* found = nullptr) const;
    QByteArray loadEtag(const QString& key) const;
};

} // namespace citoyens
