#pragma once

#include "routing/ListCache.h"
#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;
struct StoredBeneficiary;

// GET/POST /me/beneficiaries, PATCH/DELETE /me/beneficiaries/{id},
// PUT/GET /me/beneficiaries/{id}/photo.
class BeneficiaryRoutes
{
public:
    // Photos an account may keep (409 photo_quota_exceeded past it; replacing one is always
    // possible): with at most 2 MiB each, 20 photos bound the disk an account's beneficiaries
    // take to 40 MiB, beside the documents' own quota (DocumentRoutes).
    static constexpr int QuotaPhotos = 20;

    explicit BeneficiaryRoutes(const ServiceDeps& deps);
    BeneficiaryRoutes(const BeneficiaryRoutes&) = delete;
    BeneficiaryRoutes& operator=(const BeneficiaryRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse list(const RequestContext& ctx) const;
    HttpResponse create(const RequestContext& ctx) const;
    HttpResponse update(const RequestContext& ctx) const;
    HttpResponse remove(const RequestContext& ctx) const;
    HttpResponse putPhoto(const RequestContext& ctx) const;
    HttpResponse getPhoto(const RequestContext& ctx) const;
    // Whether `bytes` are the photo `stored` has already.
    bool samePhoto(const StoredBeneficiary& stored, const QByteArray& bytes) const;

    ServiceDeps m_deps;
    // Serialized GET /me/beneficiaries answers (docs/performance.md).
    mutable ListCache m_lists;
};

} // namespace citoyens::server
