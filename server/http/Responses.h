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
// A strong ETag for a JSON representation: "\"<16 hex>\"".
QByteArray etagFor(const QJsonObject& object);
// Whether an If-None-Match / If-Match header value names `etag` (or is "*").
bool etagMatches(const QByteArray& header, const QByteArray& etag);
// A JSON answer with its ETag, or 304 Not Modified when If-None-Match already names it.
HttpResponse cachedJson(const RequestContext& ctx, const QJsonObject& object);

} // namespace citoyens::server::Responses
