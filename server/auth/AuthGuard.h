#pragma once

#include "AccountStore.h"
#include "AuthSettings.h"
#include "SessionStore.h"

namespace citoyens::server {

class Database;
struct RequestContext;

struct AuthenticatedSession
{
    StoredAccount account;
    SessionRow session;
};

// Checks the bearer token of a request: known, not revoked, not idle for longer than the
// timeout, within its absolute lifetime — and for an assisted session, the same of the agent's
// session that opened it —; then slides the idle clock (of both). The last activity is
// recorded to within activityGranularityMs() (a minute by default): a session is idle from
// its last recorded activity, so it may end up to that much earlier than the timeout says.
// On an I/O thread (RequestContext::mayWrite false) that write is not made: require() throws
// MovesToWorker and the request is handled again on a worker, which writes it — once a
// minute per session. While the account must change its password only the routes marked
// AllowedDuringPasswordChange pass.
class AuthGuard
{
public:
    enum class Access { Normal, AllowedDuringPasswordChange };

    AuthGuard(Database& database, const SessionStore& sessions, const AuthSettings& settings);

    // Throws Problem 401 unauthorized / session_expired, 403 password_change_required;
    // MovesToWorker (see above).
    AuthenticatedSession require(const RequestContext& ctx, Access access = Access::Normal) const;

    // How stale the stored last activity may get before a request writes it again.
    static qint64 activityGranularityMs(qint64 idleTimeoutMs);

private:
    Database& m_database;
    const SessionStore& m_sessions;
    AuthSettings m_settings;
};

} // namespace citoyens::server
