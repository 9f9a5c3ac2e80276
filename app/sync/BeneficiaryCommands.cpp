#include "BeneficiaryCommands.h"

#include "SyncLogging.h"

#include "api/ApiCall.h"
#include "api/BeneficiaryApi.h"
#include "store/BeneficiaryRepository.h"

#include "models/DocumentRules.h"
#include "models/FieldCodes.h"
#include "models/Validation.h"

#include <QDate>

namespace citoyens {

BeneficiaryCommands::BeneficiaryCommands(ApiClient* client, BeneficiaryRepository* repository, QObject* parent)
    : QObject(parent)
    , m_api(new BeneficiaryApi(client, this))
    , m_repository(repository)
{ }

BeneficiaryOperation* BeneficiaryCommands::create(const Beneficiary& beneficiary)
{
    const FieldErrors errors = Validation::beneficiary(beneficiary, QDate::currentDate());
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(Operation::Create, errors);
        return nullptr;
    }
    auto* operation = new BeneficiaryOperation(this);
    ApiCall* call = m_api->create(beneficiary);
    operation->watch(call);
    connect(call, &ApiCall::finished, this, [this, call, operation] {
        const auto created = call->ok() ? Beneficiary::fromJson(call->json()) : std::nullopt;
        if (!created) {
            const ApiError error = call->ok() ? ApiError::parse() : call->error();
            Q_EMIT failed(Operation::Create, {}, error);
            operation->fail(error);
            return;
        }
        m_repository->upsert(*created);
        Q_EMIT this->created(*created);
        operation->m_beneficiary = *created;
        operation->succeed();
    });
    return operation;
}

BeneficiaryOperation* BeneficiaryCommands::update(const Beneficiary& beneficiary)
{
    const FieldErrors errors = Validation::beneficiary(beneficiary, QDate::currentDate());
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(Operation::Update, errors);
        return nullptr;
    }
    const QString id = beneficiary.id;
    auto* operation = new BeneficiaryOperation(this);
    ApiCall* call = m_api->update(beneficiary);
    operation->watch(call);
    connect(call, &ApiCall::finished, this, [this, call, id, operation] {
        const auto saved = call->ok() ? Beneficiary::fromJson(call->json()) : std::nullopt;
        if (!saved) {
            const ApiError error = call->ok() ? ApiError::parse() : call->error();
            Q_EMIT failed(Operation::Update, id, error);
            operation->fail(error);
            return;
        }
        m_repository->upsert(*saved);
        Q_EMIT updated(*saved);
        operation->m_beneficiary = *saved;
        operation->succeed();
    });
    return operation;
}

BeneficiaryOperation* BeneficiaryCommands::remove(const QString& beneficiaryId)
{
    auto* operation = new BeneficiaryOperation(this);
    ApiCall* call = m_api->remove(beneficiaryId);
    operation->watch(call);
    connect(call, &ApiCall::finished, this, [this, call, beneficiaryId, operation] {
        if (!call->ok()) {
            Q_EMIT failed(Operation::Delete, beneficiaryId, call->error());
            operation->fail(call->error());
            return;
        }
        m_repository->remove(beneficiaryId);
        Q_EMIT removed(beneficiaryId);
        operation->succeed();
    });
    return operation;
}

BeneficiaryOperation* BeneficiaryCommands::uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes)
{
    const QString type = DocumentRules::sniff(imageBytes.left(8));
    FieldErrors errors;
    if (imageBytes.isEmpty())
        errors.append({ QStringLiteral("photo"), QStringLiteral("empty_file") });
    else if (imageBytes.size() > DocumentRules::MaxPhotoBytes)
        errors.append({ QStringLiteral("photo"), FieldCode::TooLarge });
    else if (!DocumentRules::isPhotoType(type))
        errors.append({ QStringLiteral("photo"), QStringLiteral("unsupported_media_type") });
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(Operation::UploadPhoto, errors);
        return nullptr;
    }
    auto* operation = new BeneficiaryOperation(this);
    ApiCall* call = m_api->putPhoto(beneficiaryId, imageBytes, type.toLatin1());
    operation->watch(call);
    connect(call, &ApiCall::uploadProgress, operation, &citoyens::Operation::progress);
    connect(call, &ApiCall::finished, this, [this, call, beneficiaryId, imageBytes, operation] {
        if (!call->ok()) {
            Q_EMIT failed(Operation::UploadPhoto, beneficiaryId, call->error());
            operation->fail(call->error());
            return;
        }
        if (auto stored = m_repository->find(beneficiaryId); stored && !stored->hasPhoto) {
            stored->hasPhoto = true;
            m_repository->upsert(*stored);
        }
        m_repository->savePhoto(beneficiaryId, imageBytes);
        Q_EMIT photoUploaded(beneficiaryId);
        operation->succeed();
    });
    return operation;
}

void BeneficiaryCommands::fetchPhoto(const QString& beneficiaryId)
{
    const QByteArray cached = m_repository->photo(beneficiaryId);
    if (!cached.isEmpty()) {
        Q_EMIT photoReady(beneficiaryId, cached);
        return;
    }
    ApiCall* call = m_api->photo(beneficiaryId);
    connect(call, &ApiCall::finished, this, [this, call, beneficiaryId] {
        if (!call->ok()) {
            Q_EMIT failed(Operation::FetchPhoto, beneficiaryId, call->error());
            return;
        }
        const QByteArray bytes = call->body();
        m_repository->savePhoto(beneficiaryId, bytes);
        Q_EMIT photoReady(beneficiaryId, bytes);
    });
}

} // namespace citoyens
