#pragma once

#include "ServiceDeps.h"

#include "http/HttpResponse.h"

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// POST /me/documents (a raw PDF, JPEG or PNG body), GET /me/documents/{id}.
class DocumentRoutes
{
public:
    explicit DocumentRoutes(const ServiceDeps& deps);
    DocumentRoutes(const DocumentRoutes&) = delete;
    DocumentRoutes& operator=(const DocumentRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse upload(const RequestContext& ctx) const;
    HttpResponse download(const RequestContext& ctx) const;

    ServiceDeps m_deps;
};

} // namespace citoyens::server
