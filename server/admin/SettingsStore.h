#pragma once

#include <QSqlDatabase>

namespace citoyens::server {

// The settings an administrator sets for every server process (server_settings table).
namespace SettingsStore {

// How long an agent's session may stay without input before the client locks it.
constexpr int DefaultLockAfterSeconds = 300;
constexpr int MinLockAfterSeconds = 60;
constexpr int MaxLockAfterSeconds = 3600;

int lockAfterSeconds(const QSqlDatabase& db);
void setLockAfterSeconds(const QSqlDatabase& db, int seconds, qint64 now);

} // namespace SettingsStore

} // namespace citoyens::server
