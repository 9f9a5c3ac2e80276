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
// timeout, within its absolute lifetime; then slides the idle clock. While the account must
// change its password only the routes marked AllowedDuringPasswordChange pass.
class AuthGuard
{
public:
    enum class Access { Normal, AllowedDuringPasswordChange };

    AuthGuard(Database& database, const SessionStore& sessions, const AuthSettings& settings);

    // Throws Problem 401 unauthorized / session_expired, 403 password_change_required.
    AuthenticatedSession require(const RequestContext& ctx, Access access = Access::Normal) const;

private:
    Database& m_database;
    const SessionStore& m_sessions;
    AuthSettings m_settings;
};

} // namespace citoyens::server
