#pragma once

#include <QString>

namespace citoyens::server {

class Database;

// Applies the numbered migrations (:/migrations/NNN_name.sql), each in its own transaction,
// and records them in schema_version. A database newer than this server is refused.
class Migrator
{
public:
    explicit Migrator(Database& database);

    // Returns false and fills `error` when a migration fails or the schema is too new.
    bool migrate(QString* error);
    static int latestVersion();

private:
    int currentVersion();

    Database& m_database;
};

} // namespace citoyens::server
