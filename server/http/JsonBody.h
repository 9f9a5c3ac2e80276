#pragma once

#include <QJsonObject>

namespace citoyens::server {

struct RequestContext;

// Reads a JSON request body, in this order: declared or actual size over the limit → 413
// payload_too_large; Content-Type not application/json → 415 unsupported_media_type;
// invalid UTF-8, invalid JSON or not an object → 400 invalid_json. Throws Problem.
class JsonBody
{
public:
    static constexpr qsizetype DefaultLimit = 64 * 1024;

    static QJsonObject object(const RequestContext& ctx);
    // The 413 check alone, for every route (the router calls it before any handler).
    static void checkSize(const RequestContext& ctx, qsizetype limit = DefaultLimit);
};

} // namespace citoyens::server
