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

bool BeneficiaryCommands::create(const Beneficiary& beneficiary)
{
    const FieldErrors errors = Validation::beneficiary(beneficiary, QDate::currentDate());
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(Operation::Create, errors);
        return false;
    }
    ApiCall* call = m_api->create(beneficiary);
    connect(call, &ApiCall::finished, this, [this, call] {
        const auto created = call->ok() ? Beneficiary::fromJson(call->json()) : std::nullopt;
        if (!created) {
            Q_EMIT failed(Operation::Create, {}, call->ok() ? ApiError::parse() : call->error());
            return;
        }
        m_repository->upsert(*created);
        Q_EMIT this->created(*created);
    });
    return true;
}

bool BeneficiaryCommands::update(const Beneficiary& beneficiary)
{
    const FieldErrors errors = Validation::beneficiary(beneficiary, QDate::currentDate());
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(Operation::Update, errors);
        return false;
    }
    const QString id = beneficiary.id;
    ApiCall* call = m_api->update(beneficiary);
    connect(call, &ApiCall::finished, this, [this, call, id] {
        const auto saved = call->ok() ? Beneficiary::fromJson(call->json()) : std::nullopt;
        if (!saved) {
            Q_EMIT failed(Operation::Update, id, call->ok() ? ApiError::parse() : call->error());
            return;
        }
        m_repository->upsert(*saved);
        Q_EMIT updated(*saved);
    });
    return true;
}

void BeneficiaryCommands::remove(const QString& beneficiaryId)
{
    ApiCall* call = m_api->remove(beneficiaryId);
    connect(call, &ApiCall::finished, this, [this, call, beneficiaryId] {
        if (!call->ok()) {
            Q_EMIT failed(Operation::Delete, beneficiaryId, call->error());
            return;
        }
        m_repository->remove(beneficiaryId);
        Q_EMIT removed(beneficiaryId);
    });
}

bool BeneficiaryCommands::uploadPhoto(const QString& beneficiaryId, const QByteArray& imageBytes)
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
        return false;
    }
    ApiCall* call = m_api->putPhoto(beneficiaryId, imageBytes, type.toLatin1());
    connect(call, &ApiCall::finished, this, [this, call, beneficiaryId, imageBytes] {
        if (!call->ok()) {
            Q_EMIT failed(Operation::UploadPhoto, beneficiaryId, call->error());
            return;
        }
        if (auto stored = m_repository->find(beneficiaryId); stored && !stored->hasPhoto) {
            stored->hasPhoto = true;
            m_repository->upsert(*stored);
        }
        m_repository->savePhoto(beneficiaryId, imageBytes);
        Q_EMIT photoUploaded(beneficiaryId);
    });
    return true;
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
