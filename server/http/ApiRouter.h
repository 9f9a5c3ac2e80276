#pragma once

#include "HttpResponse.h"
#include "JsonBody.h"

#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QThreadPool;

namespace citoyens::server {

struct RequestContext;

// Registers the API's routes on a QHttpServer and gives every request the same treatment:
// the handler runs on the worker pool (never on the event loop), a thrown Problem becomes a
// problem+json answer, any other exception a logged 500, bodies over 64 KiB a 413 (a route
// that takes files gives its own limit); every answer carries X-Request-Id and is written to
// the access log. Unknown paths are 404 and known paths with another method 405, both as
// problem+json. A path may hold one parameter, written "{id}" (RequestContext::pathId).
class ApiRouter
{
public:
    using Handler = std::function<HttpResponse(const RequestContext&)>;
    // Where a route's handler runs. Costly work (Argon2, sending mail) has its own small pool
    // and queue, so that a storm of sign-ins cannot slow every other request down.
    enum class Work { Quick, Costly };
    static constexpr const char* BasePath = "/api/v1";

    // `server` and `pool` may be null to only collect the route list (`routes` subcommand).
    ApiRouter(QHttpServer* server, QThreadPool* pool);
    ApiRouter(const ApiRouter&) = delete;
    ApiRouter& operator=(const ApiRouter&) = delete;

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

private:
    void handleMissing(const QHttpServerRequest& request, QHttpServerResponder&& responder) const;
    static HttpResponse run(const Handler& handler, const RequestContext& ctx, qsizetype bodyLimit);

    QHttpServer* m_server;
    QThreadPool* m_pool;
    QList<QPair<QString, QString>> m_routes; // method, full path
};

// Adds X-Request-Id and writes the access-log line. Shared with the 404/405 path.
void finishResponse(HttpResponse& response, const RequestContext& ctx);

} // namespace citoyens::server
