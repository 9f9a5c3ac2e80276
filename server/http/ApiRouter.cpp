#include "ApiRouter.h"

#include "JsonBody.h"
#include "Logging.h"
#include "Problem.h"
#include "RequestContext.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QThreadPool>
#include <QtConcurrent>

#include <exception>

namespace citoyens::server {

namespace {

QHttpServerRequest::Method methodFromName(const QString& method)
{
    using M = QHttpServerRequest::Method;
    if (method == QLatin1String("GET"))
        return M::Get;
    if (method == QLatin1String("POST"))
        return M::Post;
    if (method == QLatin1String("PATCH"))
        return M::Patch;
    if (method == QLatin1String("PUT"))
        return M::Put;
    if (method == QLatin1String("DELETE"))
        return M::Delete;
    qFatal("ApiRouter: unsupported method %s", qPrintable(method));
}

} // namespace

void finishResponse(QHttpServerResponse& response, const RequestContext& ctx)
{
    response.setHeader(QByteArrayLiteral("X-Request-Id"), ctx.requestId.toLatin1());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    qCInfo(lcAccess).noquote() << ctx.method << ctx.loggablePath() << int(response.statusCode())
                               << QStringLiteral("%1ms").arg(ctx.timer.elapsed())
                               << QStringLiteral("rid=") + ctx.requestId;
}

ApiRouter::ApiRouter(QHttpServer* server, QThreadPool* pool)
    : m_server(server)
    , m_pool(pool)
{
    if (m_server) {
        m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleMissing(request, std::move(responder));
        });
    }
}

void ApiRouter::add(const QString& method, const QString& path, Handler handler)
{
    Q_ASSERT_X(!path.contains(QLatin1Char('{')), "ApiRouter::add", "path parameters are not supported yet");
    const QString fullPath = QLatin1String(BasePath) + path;
    m_routes.append({ method, fullPath });
    if (!m_server)
        return;
    QThreadPool* pool = m_pool;
    m_server->route(fullPath, methodFromName(method),
                    [pool, handler = std::move(handler)](const QHttpServerRequest& request) {
                        // Copy what the handler needs while the request still exists, then leave
                        // the event loop.
                        RequestContext ctx = RequestContext::fromRequest(request);
                        return QtConcurrent::run(pool, [handler, ctx]() {
                            QHttpServerResponse response = run(handler, ctx);
                            finishResponse(response, ctx);
                            return response;
                        });
                    });
}

QHttpServerResponse ApiRouter::run(const Handler& handler, const RequestContext& ctx)
{
    try {
        JsonBody::checkSize(ctx);
        return handler(ctx);
    } catch (const Problem& problem) {
        return problem.toResponse(ctx);
    } catch (const std::exception& e) {
        qCCritical(lcHttp).noquote() << "request" << ctx.requestId << "failed:" << e.what();
    } catch (...) {
        qCCritical(lcHttp).noquote() << "request" << ctx.requestId << "failed with an unknown exception";
    }
    return Problem(500, QStringLiteral("internal_error")).toResponse(ctx);
}

void ApiRouter::handleMissing(const QHttpServerRequest& request, QHttpServerResponder&& responder) const
{
    const RequestContext ctx = RequestContext::fromRequest(request);
    QStringList allowed;
    for (const auto& route : m_routes) {
        if (route.second == ctx.path)
            allowed.append(route.first);
    }
    Problem problem = allowed.isEmpty() ? Problem(404, QStringLiteral("not_found"))
                                        : Problem(405, QStringLiteral("method_not_allowed"));
    if (!allowed.isEmpty())
        problem.withHeader(QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1());
    QHttpServerResponse response = problem.toResponse(ctx);
    finishResponse(response, ctx);
    response.write(std::move(responder));
}

QStringList ApiRouter::routes() const
{
    QStringList lines;
    for (const auto& route : m_routes)
        lines.append(route.first + QLatin1Char(' ') + route.second);
    lines.sort();
    return lines;
}

} // namespace citoyens::server
