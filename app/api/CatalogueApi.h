#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QObject>

namespace citoyens {

class ApiClient;

// GET /communes (public, with ETag) and GET /beneficiary-options.
class CatalogueApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueApi)

public:
    explicit CatalogueApi(ApiClient* client, QObject* parent = nullptr);

    // With an etag, sends If-None-Match: status() 304 means unchanged.
    // Body: {communes:[Commune]} -> Catalogue::fromJson.
    ApiCall* communes(const QByteArray& etag = {});
    // Body: BeneficiaryOptions.
    ApiCall* beneficiaryOptions(const QByteArray& etag = {});

private:
    ApiClient* m_client;
};

} // namespace citoyens
