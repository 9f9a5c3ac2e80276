#pragma once

#include <QtGlobal>

namespace citoyens::server {

// The knobs of sessions, codes and throttling (milliseconds). Defaults are production
// values; `--session-idle-timeout` and the hidden `--throttle-base` change two of them.
struct AuthSettings
{
    qint64 idleTimeoutMs = 2 * 3600 * 1000; // sliding inactivity timeout of an access token
    qint64 accessLifetimeMs = 12 * 3600 * 1000; // absolute lifetime of an access token
    qint64 refreshLifetimeMs = 30LL * 24 * 3600 * 1000; // a refresh token ("Se souvenir de moi")
    qint64 codeLifetimeMs = 30 * 60 * 1000; // mailed codes
    int codeMaxAttempts = 5;
    int accountThreshold = 5; // failures of one account before delays start
    int addressThreshold = 20; // failures from one client address before delays start
    qint64 throttleBaseMs = 1000; // first delay, doubled at each further failure
    qint64 throttleMaxMs = 15 * 60 * 1000;
    qint64 throttleWindowMs = 15 * 60 * 1000; // failures older than this are forgotten
};

} // namespace citoyens::server
