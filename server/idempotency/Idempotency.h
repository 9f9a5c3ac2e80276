#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace citoyens::server {

class Database;
struct RequestContext;

// The Idempotency-Key treatment of a POST, for every route that takes one: the same key on the
// same route with the same body replays the first answer (Idempotent-Replayed: true); with
// another body, or on another route, it is 422 idempotency_key_reused; while the first is
// running 409 in_progress; a key that is not 1–128 of [A-Za-z0-9._:-] is 400
// invalid_idempotency_key. Keys are per account (one row per account and key, whatever the
// route) and shared by every server process (the idempotency_keys table).
//
// `route` binds the key to one operation: the method, the route and its path parameter, e.g.
// "POST /me/orders" or "POST /agent/subscriptions/<id>/decision" (docs/architecture/keys-and-problems.md).
class Idempotency
{
public:
    // Does the work and returns the JSON to answer with; `complete` must be called inside the
    // work's own transaction (so that the answer is recorded with what it created) and does
    // nothing when the request had no key.
    using Complete = std::function<void(const QSqlDatabase& db, const QJsonObject& answer)>;
    using Work = std::function<QJsonObject(const Complete& complete)>;

    // A request without the header simply runs once. `status` is the success status (201).
    static HttpResponse run(Database& database, const RequestContext& ctx, const QString& accountId,
                            const QString& route, const QJsonObject& body, int status, const Work& work);

    // The same for a route whose success status depends on what the work did (201 when it
    // created something, 200 when not): the work sets `*status` before it calls `complete`.
    using StatusWork = std::function<QJsonObject(const Complete& complete, int* status)>;
    static HttpResponse run(Database& database, const RequestContext& ctx, const QString& accountId,
                            const QString& route, const QJsonObject& body, const StatusWork& work);
};

} // namespace citoyens::server
