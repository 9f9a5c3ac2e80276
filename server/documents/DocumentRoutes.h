#pragma once

#include "routing/ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// POST /me/documents (a raw PDF, JPEG or PNG body), GET and DELETE /me/documents/{id}.
class DocumentRoutes
{
public:
    // The uploads an account may keep (409 document_quota_exceeded past them): a person
    // needs two documents per request and a few requests a year; 50 documents and 100 MiB
    // leave room for that and for mistakes, and bound the disk an account can take.
    static constexpr int QuotaDocuments = 50;
    static constexpr qint64 QuotaBytes = 100LL * 1024 * 1024;

    explicit DocumentRoutes(const ServiceDeps& deps);
    DocumentRoutes(const DocumentRoutes&) = delete;
    DocumentRoutes& operator=(const DocumentRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse upload(const RequestContext& ctx) const;
    HttpResponse download(const RequestContext& ctx) const;
    HttpResponse remove(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
