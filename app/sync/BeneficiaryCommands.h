#pragma once

#include "operations/CallOperation.h"

#include "models/Beneficiary.h"
#include "models/FieldError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;
class BeneficiaryApi;
class BeneficiaryRepository;

// One running change to a beneficiary, as BeneficiaryCommands returns it. After `finished`:
// beneficiary() is what the server answered (create, update, save), photo() the bytes of
// fetchPhoto. saved() says the beneficiary itself went through: a save that failed after it
// failed on its photo.
class BeneficiaryOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryOperation)

public:
    Beneficiary beneficiary() const { return m_beneficiary; }
    bool saved() const { return m_saved; }
    QByteArray photo() const { return m_photo; }

private:
    friend class BeneficiaryCommands;
    explicit BeneficiaryOperation(QObject* parent)
        : CallOperation(parent)
    { }

    Beneficiary m_beneficiary;
    bool m_saved = false;
    QByteArray m_photo;
};

// The person's changes to beneficiaries. Each checks with Validation::beneficiary (refused:
// the operation fails with the field errors, nothing sent), then writes the server's answer
// into the store so BeneficiaryListModel updates, and returns the BeneficiaryOperation the
// page that started it observes (never nullptr). Several operations may run at once.
class BeneficiaryCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryCommands)

public:
    BeneficiaryCommands(ApiClient* client, BeneficiaryRepository* repository, QObject* parent = nullptr);

    BeneficiaryOperation* create(const Beneficiary& beneficiary);
    BeneficiaryOperation* update(const Beneficiary& beneficiary); // by beneficiary.id
    // Created (empty id) or updated, then its photo sent when `photo` is not empty, as one
    // operation.
    BeneficiaryOperation* save(const Beneficiary& beneficiary, const QByteArray& photo);
    BeneficiaryOperation* remove(const QString& beneficiaryId);
    // `imageBytes`: the already-cropped JPEG (or PNG) from the page, <= MaxPhotoBytes.
    BeneficiaryOperation* uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes);
    // Served from the store's cache when there, else downloaded (and cached): photo().
    BeneficiaryOperation* fetchPhoto(const QString& beneficiaryId);

private:
    BeneficiaryOperation* start(const Beneficiary& beneficiary, bool creating, const QByteArray& photo);
    // The photo checked, then sent (refused: the error).
    CallOperation::Applied photoStep(const QString& beneficiaryId, const QByteArray& imageBytes);

    BeneficiaryApi* m_api;
    BeneficiaryRepository* m_repository;
};

} // namespace citoyens
