#pragma once

#include "ApiCall.h"

#include "models/FamilyQuotient.h"

#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// The family quotient from the CAF or MSA: GET and POST /me/family-quotient (the person
// themself), POST /agent/citizens/{id}/family-quotient (an agent at the desk, the citizen
// consenting there).
class FamilyQuotientApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FamilyQuotientApi)

public:
    explicit FamilyQuotientApi(ApiClient* client, QObject* parent = nullptr);

    // 200 the valid kept quotient; 404 when none.
    ApiCall* kept();
    // 200/201 the kept quotient; 404 quotient_not_found; 502/503/504 when the CAF/MSA cannot say.
    ApiCall* obtain(const FamilyQuotientRequest& request);
    ApiCall* obtainFor(const QString& citizenId, const FamilyQuotientRequest& request);

private:
    ApiClient* m_client;
};

} // namespace citoyens
