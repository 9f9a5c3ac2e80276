#include "AuthGuard.h"

#include "TokenService.h"
#include "db/Database.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "models/ProblemCodes.h"

#include <QDateTime>

#include <algorithm>

namespace citoyens::server {

qint64 AuthGuard::activityGranularityMs(qint64 idleTimeoutMs)
{
    // A minute, or a hundredth of a short (test) timeout: the sliding timeout stays right
    // to within 1 %.
    return std::min<qint64>(60 * 1000, idleTimeoutMs / 100);
}

AuthGuard::AuthGuard(Database& database, const SessionStore& sessions, const AuthSettings& settings)
    : m_database(database)
    , m_sessions(sessions)
    , m_settings(settings)
{ }

AuthenticatedSession AuthGuard::require(const RequestContext& ctx, Access access) const
{
    const QByteArray token = ctx.bearerToken();
    if (token.isEmpty())
        throw Problem(401, ProblemCode::Unauthorized).withHeader("WWW-Authenticate", "Bearer");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<SessionWithAccount> found
        = m_sessions.findWithAccountByAccessHash(m_database, TokenService::hashToken(token));
    if (!found || found->session.revoked)
        throw Problem(401, ProblemCode::Unauthorized).withHeader("WWW-Authenticate", "Bearer");
    const SessionRow& session = found->session;
    const Problem expired
        = Problem(401, ProblemCode::SessionExpired).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    if (now - session.lastSeenAt > m_settings.idleTimeoutMs || now > session.accessExpiresAt)
        throw expired;
    // An assisted session dies with the agent's session that opened it: logged out, revoked
    // (a password changed or reset), idle or past its lifetime, or gone.
    const std::optional<SessionRow>& opener = found->opener;
    if (!session.assistedBy.isEmpty()) {
        if (!opener || opener->revoked)
            throw Problem(401, ProblemCode::Unauthorized).withHeader("WWW-Authenticate", "Bearer");
        if (now - opener->lastSeenAt > m_settings.idleTimeoutMs || now > opener->accessExpiresAt)
            throw expired;
    }
    if (found->account.mustChangePassword && access != Access::AllowedDuringPasswordChange)
        throw Problem(403, ProblemCode::PasswordChangeRequired);
    // The last activity is written only when the stored one is older than the granularity:
    // otherwise every read would be a write (and, on SQLite, wait for the one write lock).
    if (now - session.lastSeenAt >= activityGranularityMs(m_settings.idleTimeoutMs)) {
        if (!ctx.mayWrite)
            throw MovesToWorker();
        m_sessions.touch(m_database.connection(), session.id, now, opener ? opener->id : QString());
    }
    return AuthenticatedSession { std::move(found->account), std::move(found->session) };
}

} // namespace citoyens::server
