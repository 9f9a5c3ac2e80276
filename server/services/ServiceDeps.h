#pragma once

namespace citoyens::server {

class AuthGuard;
class Database;
class FileStore;

// What the services routes share; owned by ServerApp, which outlives every request.
struct ServiceDeps
{
    Database* database = nullptr;
    AuthGuard* guard = nullptr;
    FileStore* files = nullptr;
};

} // namespace citoyens::server
