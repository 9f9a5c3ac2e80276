#pragma once

#include "HttpRequestHandler.h"
#include "HttpResponse.h"
#include "JsonBody.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QThreadPool;

namespace citoyens::server {

struct RequestContext;

// The API's routes, and the same treatment for every request: the handler runs where its
// route says (Work), a thrown Problem becomes a problem+json answer, any other
// exception a logged 500; bodies over the route's limit are refused before they are read
// (413), and so are unauthenticated requests to /me and /agent (401) — a large body even
// waits for its bearer token to be checked; every answer carries X-Request-Id and is written
// to the access log. Unknown paths are 404, known paths with another method 405. A path may
// hold one parameter, written "{id}" (RequestContext::pathId).
//
// Each pool has a bounded queue: past it the answer is 503 with Retry-After, at once.
class ApiRouter : public HttpRequestHandler
{
public:
    using Handler = std::function<HttpResponse(const RequestContext&)>;
    // Checks the credentials of a request before its body is read, on the I/O thread; throws
    // a Problem to refuse.
    using Gate = std::function<void(const RequestContext&)>;
    static constexpr const char* BasePath = "/api/v1";
    // Where a route's handler runs. Inline: on the connection's I/O thread, at once, for
    // reads that only query the database or memory (no file, no write): no thread hop. What
    // must write after all (a session's last activity, see AuthGuard) throws MovesToWorker,
    // and the request is handled again on the quick pool.
    // Quick: on the quick pool (writes, files). Costly work (Argon2, sending mail) has its
    // own small pool and queue, so that a storm of sign-ins cannot slow every other request
    // down.
    enum class Work { Inline, Quick, Costly };

    struct Pool
    {
        QThreadPool* pool = nullptr;
        int queueLimit = 0; // requests waiting or running on it
    };

    ApiRouter() = default;
    ApiRouter(const ApiRouter&) = delete;
    ApiRouter& operator=(const ApiRouter&) = delete;

    void setPools(Pool quick, Pool costly);
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // `path` is below /api/v1, e.g. "/auth/login" or "/me/documents/{id}"; `method` is "GET",
    // "POST", "PATCH"...; `bodyLimit` is the largest body accepted (413 above it).
    void add(const QString& method, const QString& path, Handler handler, qsizetype bodyLimit = JsonBody::DefaultLimit,
             Work work = Work::Quick);
    void add(const QString& method, const QString& path, Handler handler, Work work)
    {
        add(method, path, std::move(handler), JsonBody::DefaultLimit, work);
    }

    // Every route as "METHOD /api/v1/path", sorted.
    QStringList routes() const;

    // HttpRequestHandler
    Admission admit(RequestContext& ctx, qint64 declaredLength) override;
    void verify(const RequestContext& ctx, Done done) override;
    void handle(RequestContext ctx, Done done, CancelFlag cancelled) override;
    HttpResponse transportProblem(const RequestContext& ctx, int status, const QString& code) override;

private:
    struct Route
    {
        QString method;
        QString fullPath;
        QStringList segments; // of fullPath; "{id}" stands for one
        bool hasParameter = false;
        bool authenticated = false; // under /me or /agent
        Handler handler;
        qsizetype bodyLimit = 0;
        Work work = Work::Quick;
    };
    struct PoolState
    {
        Pool pool;
        std::atomic_int queued { 0 };
    };

    // The index of the route for this method and path, or -1; `allowed` gets the methods
    // of the routes whose path matches (for 405).
    int match(const QString& method, const QString& path, QString* pathId, QStringList* allowed) const;
    // Nothing when an Inline handler has to move to a worker (MovesToWorker).
    static std::optional<HttpResponse> run(const Route& route, const RequestContext& ctx);
    static HttpResponse internalError(const RequestContext& ctx);
    HttpResponse answer(const class Problem& problem, const RequestContext& ctx) const;

    QList<Route> m_routes;
    QHash<QString, QList<int>> m_exact; // full path without parameter -> routes
    QList<int> m_parametrized;
    Gate m_gate;
    PoolState m_quick;
    PoolState m_costly;
};

// Adds X-Request-Id and the headers every answer has, and writes the access-log line.
void finishResponse(HttpResponse& response, const RequestContext& ctx);

} // namespace citoyens::server
