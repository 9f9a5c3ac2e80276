#pragma once

namespace citoyens::server {

class AccessPolicy;
class AuthGuard;
class Database;
class FileStore;

// What the services routes share; owned by ServerApp, which outlives every request.
struct ServiceDeps
{
    Database* database = nullptr;
    AuthGuard* guard = nullptr;
    FileStore* files = nullptr;
    AccessPolicy* policy = nullptr;
};

} // namespace citoyens::server
