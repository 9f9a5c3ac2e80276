#include "Idempotency.h"

#include "IdempotencyStore.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace citoyens::server {

namespace {

QString keyOf(const RequestContext& ctx)
{
    if (!ctx.headers.contains("idempotency-key"))
        return {};
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString key = QString::fromLatin1(ctx.header("idempotency-key").trimmed());
    if (!re.match(key).hasMatch())
        throw Problem(400, ProblemCode::InvalidIdempotencyKey);
    return key;
}

// Replays a finished request with the same key, route and body; refuses the key for another
// route (a top-up's key sent to the orders, request A's decision key sent for request B: each
// would get the other operation's answer and do nothing) or for another body.
HttpResponse replay(const IdempotencyStore::Record& record, const QString& route, const QString& requestHash)
{
    if (record.route != route || record.requestHash != requestHash)
        throw Problem(422, ProblemCode::IdempotencyKeyReused);
    if (record.status == 0)
        throw Problem(409, ProblemCode::IdempotencyInFlight);
    HttpResponse response(QByteArrayLiteral("application/json"), record.responseBody, record.status);
    response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return response;
}

} // namespace

HttpResponse Idempotency::run(Database& database, const RequestContext& ctx, const QString& accountId,
                              const QString& route, const QJsonObject& body, int status, const Work& work)
{
    return run(database, ctx, accountId, route, body, [&](const Complete& complete, int* answered) {
        *answered = status;
        return work(complete);
    });
}

HttpResponse Idempotency::run(Database& database, const RequestContext& ctx, const QString& accountId,
                              const QString& route, const QJsonObject& body, const StatusWork& work)
{
    // The route names the operation: its method and, for a route with a path parameter, the
    // parameter itself ("POST /agent/subscriptions/<id>/decision"), so that a key is bound to one.
    Q_ASSERT(route.startsWith(ctx.method + QLatin1Char(' ')));
    Q_ASSERT(ctx.pathId.isEmpty() || route.contains(ctx.pathId));
    int status = 200;
    const QString key = keyOf(ctx);
    if (key.isEmpty()) {
        const QJsonObject answer = work([](const QSqlDatabase&, const QJsonObject&) {}, &status);
        return Responses::json(answer, status);
    }

    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
    // Claim the key in its own transaction, so that a concurrent twin (any process) sees it.
    for (int attempt = 0;; ++attempt) {
        try {
            SqlTransaction tx(database, SqlTransaction::Kind::Bookkeeping);
            if (const auto record = IdempotencyStore::find(tx.db(), accountId, key))
                return replay(*record, route, hash);
            IdempotencyStore::begin(tx.db(), accountId, key, route, hash, RouteSupport::nowMs());
            tx.commit();
            break;
        } catch (const DbError&) {
            if (attempt > 0)
                throw; // the race was lost twice: not a race
        }
    }
    const Complete complete = [&](const QSqlDatabase& db, const QJsonObject& answer) {
        IdempotencyStore::complete(db, accountId, key, status, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    };
    try {
        const QJsonObject answer = work(complete, &status);
        return Responses::json(answer, status);
    } catch (...) {
        // Nothing was created: the key may be used again.
        SqlTransaction tx(database, SqlTransaction::Kind::Bookkeeping);
        IdempotencyStore::forget(tx.db(), accountId, key);
        tx.commit();
        throw;
    }
}

} // namespace citoyens::server
