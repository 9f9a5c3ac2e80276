#include "BeneficiaryCommands.h"

#include "api/ApiCall.h"
#include "api/BeneficiaryApi.h"
#include "store/BeneficiaryRepository.h"

#include "models/DocumentRules.h"
#include "models/FieldCodes.h"
#include "models/Validation.h"

#include <QDate>

namespace citoyens {

namespace {

FieldErrors checkPhoto(const QByteArray& imageBytes, const QString& type)
{
    if (imageBytes.isEmpty())
        return { { QStringLiteral("photo"), FieldCode::EmptyFile } };
    if (imageBytes.size() > DocumentRules::MaxPhotoBytes)
        return { { QStringLiteral("photo"), FieldCode::TooLarge } };
    if (!DocumentRules::isPhotoType(type))
        return { { QStringLiteral("photo"), FieldCode::UnsupportedMediaType } };
    return {};
}

} // namespace

BeneficiaryCommands::BeneficiaryCommands(ApiClient* client, BeneficiaryRepository* repository, QObject* parent)
    : QObject(parent)
    , m_api(new BeneficiaryApi(client, this))
    , m_repository(repository)
{ }

BeneficiaryOperation* BeneficiaryCommands::create(const Beneficiary& beneficiary)
{
    return start(beneficiary, true, {});
}

BeneficiaryOperation* BeneficiaryCommands::update(const Beneficiary& beneficiary)
{
    return start(beneficiary, false, {});
}

BeneficiaryOperation* BeneficiaryCommands::save(const Beneficiary& beneficiary, const QByteArray& photo)
{
    return start(beneficiary, beneficiary.id.isEmpty(), photo);
}

BeneficiaryOperation* BeneficiaryCommands::start(const Beneficiary& beneficiary, bool creating, const QByteArray& photo)
{
    auto* operation = new BeneficiaryOperation(this);
    operation->run(
        Validation::beneficiary(beneficiary, QDate::currentDate()),
        { [this, beneficiary, creating] { return creating ? m_api->create(beneficiary) : m_api->update(beneficiary); },
          [this, operation, photo](const ApiCall& answer) -> CallOperation::Applied {
              const auto saved = Beneficiary::fromJson(answer.json());
              if (!saved)
                  return ApiError::parse();
              m_repository->upsert(*saved);
              operation->m_beneficiary = *saved;
              operation->m_saved = true;
              if (photo.isEmpty())
                  return {};
              return photoStep(saved->id, photo);
          } });
    return operation;
}

BeneficiaryOperation* BeneficiaryCommands::remove(const QString& beneficiaryId)
{
    auto* operation = new BeneficiaryOperation(this);
    operation->run({},
                   { [this, beneficiaryId] { return m_api->remove(beneficiaryId); },
                     [this, beneficiaryId](const ApiCall&) {
                         m_repository->remove(beneficiaryId);
                         return ApiError();
                     } });
    return operation;
}

BeneficiaryOperation* BeneficiaryCommands::uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes)
{
    auto* operation = new BeneficiaryOperation(this);
    operation->run(photoStep(beneficiaryId, imageBytes));
    return operation;
}

CallOperation::Applied BeneficiaryCommands::photoStep(const QString& beneficiaryId, const QByteArray& imageBytes)
{
    const QString type = DocumentRules::sniff(imageBytes.left(8));
    if (const FieldErrors errors = checkPhoto(imageBytes, type); !errors.isEmpty())
        return ApiError::invalidInput(errors);
    return CallOperation::Step { [this, beneficiaryId, imageBytes, type] {
                                    return m_api->putPhoto(beneficiaryId, imageBytes, type.toLatin1());
                                },
                                 [this, beneficiaryId, imageBytes](const ApiCall&) {
                                     if (auto stored = m_repository->find(beneficiaryId); stored && !stored->hasPhoto) {
                                         stored->hasPhoto = true;
                                         m_repository->upsert(*stored);
                                     }
                                     m_repository->savePhoto(beneficiaryId, imageBytes);
                                     return ApiError();
                                 } };
}

BeneficiaryOperation* BeneficiaryCommands::fetchPhoto(const QString& beneficiaryId)
{
    auto* operation = new BeneficiaryOperation(this);
    operation->m_photo = m_repository->photo(beneficiaryId);
    if (!operation->m_photo.isEmpty()) {
        operation->run(CallOperation::Applied());
        return operation;
    }
    operation->run({},
                   { [this, beneficiaryId] { return m_api->photo(beneficiaryId); },
                     [this, operation, beneficiaryId](const ApiCall& answer) {
                         operation->m_photo = answer.body();
                         m_repository->savePhoto(beneficiaryId, operation->m_photo);
                         return ApiError();
                     } });
    return operation;
}

} // namespace citoyens
