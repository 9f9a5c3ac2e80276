#pragma once

#include "AuthSettings.h"

namespace citoyens::server {

class AccessPolicy;
class Database;
class Mailer;
class PasswordHasher;
class SessionStore;
class Throttle;
class AuthGuard;

// What the account routes share; owned by ServerApp, which outlives every request.
struct AuthServices
{
    Database* database = nullptr;
    PasswordHasher* hasher = nullptr;
    SessionStore* sessions = nullptr;
    Throttle* throttle = nullptr;
    Mailer* mailer = nullptr;
    AuthGuard* guard = nullptr;
    AccessPolicy* policy = nullptr;
    AuthSettings settings;
};

} // namespace citoyens::server
