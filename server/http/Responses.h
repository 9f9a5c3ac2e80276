#pragma once

#include "http/HttpResponse.h"
#include <QJsonObject>

namespace citoyens::server {
struct RequestContext;
}

namespace citoyens::server::Responses {

// A JSON object answer (application/json; charset=utf-8).
HttpResponse json(const QJsonObject& object, int status = 200);
// 204 No Content.
HttpResponse noContent();
// A strong ETag for a JSON representation: "\"<32 hex>\"" (BLAKE2b-128 of its compact form).
QByteArray etagFor(const QJsonObject& object);
// The same for a representation already serialized.
QByteArray etagForBytes(const QByteArray& representation);
// Whether an If-None-Match / If-Match header value names `etag` (or is "*").
bool etagMatches(const QByteArray& header, const QByteArray& etag);
// A JSON answer with its ETag, or 304 Not Modified when If-None-Match already names it.
HttpResponse cachedJson(const RequestContext& ctx, const QJsonObject& object);
// The same for a serialized JSON representation (its ETag given when already known).
HttpResponse cachedBytes(const RequestContext& ctx, const QByteArray& representation, const QByteArray& knownEtag = {});

} // namespace citoyens::server::Responses
