#include "ApiRouter.h"

#include "Logging.h"
#include "Problem.h"
#include "RequestContext.h"
#include "models/ProblemCodes.h"

#include <QThreadPool>

#include <exception>

namespace citoyens::server {

namespace {

const QString Parameter = QStringLiteral("{id}");

bool isAuthenticatedPath(const QString& path)
{
    const QString base = QLatin1String(ApiRouter::BasePath);
    for (const char* area : { "/me", "/agent" }) {
        const QString prefix = base + QLatin1String(area);
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

void finishResponse(HttpResponse& response, const RequestContext& ctx)
{
    response.setHeader(QByteArrayLiteral("X-Request-Id"), ctx.requestId.toLatin1());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (lcAccess().isInfoEnabled()) {
        qCInfo(lcAccess).noquote() << ctx.method + QLatin1Char(' ') + ctx.loggablePath() + QLatin1Char(' ')
                + QString::number(response.statusCode()) + QLatin1Char(' ') + QString::number(ctx.timer.elapsed())
                + QStringLiteral("ms rid=") + ctx.requestId;
    }
}

void ApiRouter::setPools(Pool quick, Pool costly)
{
    m_quick.pool = quick;
    m_costly.pool = costly;
}

void ApiRouter::add(const QString& method, const QString& path, Handler handler, qsizetype bodyLimit, Work work)
{
    Q_ASSERT_X(path.count(QLatin1Char('{')) == path.count(Parameter), "ApiRouter::add", "only {id} is supported");
    Q_ASSERT_X(path.count(Parameter) <= 1, "ApiRouter::add", "one path parameter at most");
    Route route;
    route.method = method;
    route.fullPath = QLatin1String(BasePath) + path;
    route.segments = route.fullPath.split(QLatin1Char('/'));
    route.hasParameter = route.fullPath.contains(Parameter);
    route.authenticated = isAuthenticatedPath(route.fullPath);
    route.handler = std::move(handler);
    route.bodyLimit = bodyLimit;
    route.work = work;
    const int index = int(m_routes.size());
    if (route.hasParameter)
        m_parametrized.append(index);
    else
        m_exact[route.fullPath].append(index);
    m_routes.append(std::move(route));
}

QStringList ApiRouter::routes() const
{
    QStringList lines;
    for (const Route& route : m_routes)
        lines.append(route.method + QLatin1Char(' ') + route.fullPath);
    lines.sort();
    return lines;
}

int ApiRouter::match(const QString& method, const QString& path, QString* pathId, QStringList* allowed) const
{
    int found = -1;
    const auto exact = m_exact.constFind(path);
    if (exact != m_exact.constEnd()) {
        for (int index : *exact) {
            allowed->append(m_routes.at(index).method);
            if (m_routes.at(index).method == method)
                found = index;
        }
        return found;
    }
    const QStringList have = path.split(QLatin1Char('/'));
    for (int index : m_parametrized) {
        const Route& route = m_routes.at(index);
        if (route.segments.size() != have.size())
            continue;
        QString id;
        bool same = true;
        for (qsizetype i = 0; same && i < have.size(); ++i) {
            if (route.segments.at(i) == Parameter) {
                same = !have.at(i).isEmpty();
                id = have.at(i);
            } else {
                same = route.segments.at(i) == have.at(i);
            }
        }
        if (!same)
            continue;
        allowed->append(route.method);
        if (route.method == method && found < 0) {
            found = index;
            *pathId = id;
        }
    }
    return found;
}

HttpResponse ApiRouter::answer(const Problem& problem, const RequestContext& ctx) const
{
    HttpResponse response = problem.toResponse(ctx);
    finishResponse(response, ctx);
    return response;
}

HttpRequestHandler::Admission ApiRouter::admit(RequestContext& ctx, qint64 declaredLength)
{
    Admission admission;
    QStringList allowed;
    ctx.route = match(ctx.method, ctx.path, &ctx.pathId, &allowed);
    if (ctx.route < 0) {
        Problem problem
            = allowed.isEmpty() ? Problem(404, ProblemCode::NotFound) : Problem(405, ProblemCode::MethodNotAllowed);
        if (!allowed.isEmpty())
            problem.withHeader(QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1());
        admission.kind = Admission::Kind::Answer;
        admission.answer = answer(problem, ctx);
        return admission;
    }
    const Route& route = m_routes.at(ctx.route);
    if (declaredLength > route.bodyLimit) {
        admission.kind = Admission::Kind::Answer;
        admission.answer = answer(Problem(413, ProblemCode::PayloadTooLarge), ctx);
        return admission;
    }
    if (route.authenticated && ctx.bearerToken().isEmpty()) {
        admission.kind = Admission::Kind::Answer;
        admission.answer
            = answer(Problem(401, ProblemCode::Unauthorized).withHeader("WWW-Authenticate", "Bearer"), ctx);
        return admission;
    }
    admission.bodyLimit = route.bodyLimit;
    // A large body is taken in only from someone signed in: the token is checked first.
    admission.kind = route.authenticated && m_gate && declaredLength > JsonBody::DefaultLimit
        ? Admission::Kind::VerifyFirst
        : Admission::Kind::ReadBody;
    return admission;
}

void ApiRouter::verify(const RequestContext& ctx, Done done)
{
    RequestContext head = ctx;
    head.mayWrite = false;
    try {
        m_gate(head);
        done(HttpResponse(Proceed));
        return;
    } catch (const MovesToWorker&) {
        // Checked again on a worker, which may write.
    } catch (const Problem& problem) {
        done(answer(problem, head));
        return;
    } catch (...) {
        done(answer(Problem(500, ProblemCode::InternalError), head));
        return;
    }
    head.mayWrite = true;
    PoolState& state = m_quick;
    if (state.queued.fetch_add(1) >= state.pool.queueLimit) {
        --state.queued;
        done(transportProblem(head, 503, ProblemCode::ServerBusy));
        return;
    }
    state.pool.pool->start([this, &state, head = std::move(head), done = std::move(done)]() {
        try {
            m_gate(head);
            --state.queued;
            done(HttpResponse(Proceed));
            return;
        } catch (const Problem& problem) {
            --state.queued;
            done(answer(problem, head));
        } catch (...) {
            --state.queued;
            done(answer(Problem(500, ProblemCode::InternalError), head));
        }
    });
}

void ApiRouter::handle(RequestContext ctx, Done done, CancelFlag cancelled)
{
    const Route& route = m_routes.at(ctx.route);
    if (route.work == Work::Inline) {
        ctx.mayWrite = false;
        if (std::optional<HttpResponse> response = run(route, ctx)) {
            finishResponse(*response, ctx);
            done(std::move(*response));
            return;
        }
        // It has to write after all: handled again, from the start, on the quick pool.
        ctx.mayWrite = true;
    }
    PoolState& state = route.work == Work::Costly ? m_costly : m_quick;
    if (state.queued.fetch_add(1) >= state.pool.queueLimit) {
        --state.queued;
        qCWarning(lcHttp).noquote() << (route.work == Work::Costly ? "costly" : "quick")
                                    << "queue full: answering 503, request" << ctx.requestId;
        done(transportProblem(ctx, 503, ProblemCode::ServerBusy));
        return;
    }
    state.pool.pool->start(
        [&route, &state, ctx = std::move(ctx), done = std::move(done), cancelled = std::move(cancelled)]() {
            if (cancelled->load()) {
                // The client left while this waited: nothing is done for it.
                --state.queued;
                qCInfo(lcAccess).noquote() << ctx.method << ctx.loggablePath() << "dropped: client gone"
                                           << QStringLiteral("rid=") + ctx.requestId;
                return;
            }
            HttpResponse response = run(route, ctx).value_or(internalError(ctx));
            --state.queued;
            finishResponse(response, ctx);
            done(std::move(response));
        });
}

std::optional<HttpResponse> ApiRouter::run(const Route& route, const RequestContext& ctx)
{
    try {
        JsonBody::checkSize(ctx, route.bodyLimit);
        return route.handler(ctx);
    } catch (const Problem& problem) {
        return problem.toResponse(ctx);
    } catch (const MovesToWorker&) {
        if (!ctx.mayWrite)
            return std::nullopt;
        qCCritical(lcHttp).noquote() << "request" << ctx.requestId << "asked for a worker on a worker";
    } catch (const std::exception& e) {
        qCCritical(lcHttp).noquote() << "request" << ctx.requestId << "failed:" << e.what();
    } catch (...) {
        qCCritical(lcHttp).noquote() << "request" << ctx.requestId << "failed with an unknown exception";
    }
    return internalError(ctx);
}

HttpResponse ApiRouter::internalError(const RequestContext& ctx)
{
    return Problem(500, ProblemCode::InternalError).toResponse(ctx);
}

HttpResponse ApiRouter::transportProblem(const RequestContext& ctx, int status, const QString& code)
{
    Problem problem(status, code);
    if (status == 503)
        problem.withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return answer(problem, ctx);
}

} // namespace citoyens::server
