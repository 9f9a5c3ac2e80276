#pragma once

#include "operations/Operation.h"

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

// One running change to a beneficiary, as BeneficiaryCommands returns it; after `finished`,
// beneficiary() is what the server answered (create, update).
class BeneficiaryOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryOperation)

public:
    Beneficiary beneficiary() const { return m_beneficiary; }

private:
    friend class BeneficiaryCommands;
    explicit BeneficiaryOperation(QObject* parent)
        : Operation(parent)
    { }

    Beneficiary m_beneficiary;
};

// The person's changes to beneficiaries. Each validates with Validation::beneficiary (field
// errors through validationFailed, nothing sent, nullptr returned), then writes the server's
// answer into the store so BeneficiaryListModel updates, and returns the BeneficiaryOperation
// the page that started it observes. Several operations may run at once; the signals below
// say the same to observers that did not start them.
class BeneficiaryCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryCommands)

public:
    enum class Operation { Create, Update, Delete, UploadPhoto, FetchPhoto };
    Q_ENUM(Operation)

    BeneficiaryCommands(ApiClient* client, BeneficiaryRepository* repository, QObject* parent = nullptr);

    BeneficiaryOperation* create(const Beneficiary& beneficiary); // nullptr when invalid (validationFailed)
    BeneficiaryOperation* update(const Beneficiary& beneficiary); // by beneficiary.id
    BeneficiaryOperation* remove(const QString& beneficiaryId);
    // `imageBytes`: the already-cropped JPEG (or PNG) from the page, <= MaxPhotoBytes.
    BeneficiaryOperation* uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes);
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
