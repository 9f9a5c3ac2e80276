#pragma once

#include "ServiceDeps.h"

#include <QHttpServerResponse>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// GET/POST /me/beneficiaries, PATCH/DELETE /me/beneficiaries/{id},
// PUT/GET /me/beneficiaries/{id}/photo.
class BeneficiaryRoutes
{
public:
    explicit BeneficiaryRoutes(const ServiceDeps& deps);
    BeneficiaryRoutes(const BeneficiaryRoutes&) = delete;
    BeneficiaryRoutes& operator=(const BeneficiaryRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse list(const RequestContext& ctx) const;
    QHttpServerResponse create(const RequestContext& ctx) const;
    QHttpServerResponse update(const RequestContext& ctx) const;
    QHttpServerResponse remove(const RequestContext& ctx) const;
    QHttpServerResponse putPhoto(const RequestContext& ctx) const;
    QHttpServerResponse getPhoto(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
