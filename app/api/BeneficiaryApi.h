#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;
struct Beneficiary;

// /me/beneficiaries and their photos.
class BeneficiaryApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryApi)

public:
    explicit BeneficiaryApi(ApiClient* client, QObject* parent = nullptr);

    // {beneficiaries:[Beneficiary]}; 304 when `etag` still matches.
    ApiCall* list(const QByteArray& etag = {});
    ApiCall* create(const Beneficiary& beneficiary); // 201 Beneficiary (pending)
    ApiCall* update(const Beneficiary& beneficiary); // PATCH, 200 Beneficiary
    ApiCall* remove(const QString& beneficiaryId); // 204
    // PUT the image bytes (JPEG or PNG, <= DocumentRules::MaxPhotoBytes).
    ApiCall* putPhoto(const QString& beneficiaryId, const QByteArray& bytes, const QByteArray& contentType);
    ApiCall* photo(const QString& beneficiaryId); // the bytes in call->body()

private:
    ApiClient* m_client;
};

} // namespace citoyens
