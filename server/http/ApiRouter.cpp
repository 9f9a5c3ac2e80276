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

// Whether a concrete path is one of a route's (with "{id}" standing for one segment).
bool pathMatches(const QString& routePath, const QString& path)
{
    const QStringList want = routePath.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == QLatin1String("{id}") ? have.at(i).isEmpty() : want.at(i) != have.at(i))
            return false;
    }
    return true;
}

QHttpServerResponse toQt(const HttpResponse& r)
{
    QHttpServerResponse q(r.header("Content-Type"), r.body(),
                          static_cast<QHttpServerResponse::StatusCode>(r.statusCode()));
    for (const auto& h : r.headers()) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            q.addHeader(h.first, h.second);
    }
    return q;
}

} // namespace

void finishResponse(HttpResponse& response, const RequestContext& ctx)
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

void ApiRouter::add(const QString& method, const QString& path, Handler handler, qsizetype bodyLimit, Work work)
{
    Q_UNUSED(work);
    static const QString Param = QStringLiteral("{id}");
    Q_ASSERT_X(path.count(QLatin1Char('{')) == path.count(Param), "ApiRouter::add", "only {id} is supported");
    Q_ASSERT_X(path.count(Param) <= 1, "ApiRouter::add", "one path parameter at most");
    const QString fullPath = QLatin1String(BasePath) + path;
    m_routes.append({ method, fullPath });
    if (!m_server)
        return;
    QThreadPool* pool = m_pool;
    // Copy what the handler needs while the request still exists, then leave the event loop.
    auto dispatch = [pool, handler = std::move(handler), bodyLimit](RequestContext ctx) {
        return QtConcurrent::run(pool, [handler, ctx, bodyLimit]() {
            HttpResponse response = run(handler, ctx, bodyLimit);
            finishResponse(response, ctx);
            return toQt(response);
        });
    };
    if (!fullPath.contains(Param)) {
        m_server->route(fullPath, methodFromName(method), [dispatch](const QHttpServerRequest& request) {
            return dispatch(RequestContext::fromRequest(request));
        });
        return;
    }
    QString pattern = fullPath;
    pattern.replace(Param, QStringLiteral("<arg>"));
    m_server->route(pattern, methodFromName(method), [dispatch](const QString& id, const QHttpServerRequest& request) {
        RequestContext ctx = RequestContext::fromRequest(request);
        ctx.pathId = id;
        return dispatch(std::move(ctx));
    });
}

HttpResponse ApiRouter::run(const Handler& handler, const RequestContext& ctx, qsizetype bodyLimit)
{
    try {
        JsonBody::checkSize(ctx, bodyLimit);
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
        if (pathMatches(route.second, ctx.path))
            allowed.append(route.first);
    }
    Problem problem = allowed.isEmpty() ? Problem(404, QStringLiteral("not_found"))
                                        : Problem(405, QStringLiteral("method_not_allowed"));
    if (!allowed.isEmpty())
        problem.withHeader(QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1());
    HttpResponse response = problem.toResponse(ctx);
    finishResponse(response, ctx);
    toQt(response).write(std::move(responder));
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
