#pragma once

#include "api/ApiError.h"

#include "models/Beneficiary.h"
#include "models/FieldError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;
class BeneficiaryApi;
class BeneficiaryRepository;

// The person's changes to beneficiaries. Each validates with Validation::beneficiary (field
// errors through validationFailed, nothing sent), then writes the server's answer into the
// store so BeneficiaryListModel updates. Several operations may run at once.
class BeneficiaryCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryCommands)

public:
    enum class Operation { Create, Update, Delete, UploadPhoto, FetchPhoto };
    Q_ENUM(Operation)

    BeneficiaryCommands(ApiClient* client, BeneficiaryRepository* repository, QObject* parent = nullptr);

    bool create(const Beneficiary& beneficiary); // false when invalid (validationFailed)
    bool update(const Beneficiary& beneficiary); // by beneficiary.id
    void remove(const QString& beneficiaryId);
    // `imageBytes`: the already-cropped JPEG (or PNG) from the page, <= MaxPhotoBytes.
    bool uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes);
    // Served from the store's cache when there, else downloaded (and cached): photoReady.
    void fetchPhoto(const QString& beneficiaryId);

Q_SIGNALS:
    void validationFailed(citoyens::BeneficiaryCommands::Operation operation, const citoyens::FieldErrors& errors);
    void created(const citoyens::Beneficiary& beneficiary);
    void updated(const citoyens::Beneficiary& beneficiary);
    void removed(const QString& beneficiaryId);
    void photoUploaded(const QString& beneficiaryId);
    void photoReady(const QString& beneficiaryId, const QByteArray& imageBytes);
    void failed(citoyens::BeneficiaryCommands::Operation operation, const QString& beneficiaryId,
                const citoyens::ApiError& error);

private:
    BeneficiaryApi* m_api;
    BeneficiaryRepository* m_repository;
};

} // namespace citoyens
