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
    // Wrong codes are counted per purpose and address, across every code mailed to it (a new
    // code gives no fresh tries), for unknown addresses too. From the 5th one each further
    // one waits base·2^(n−5); the 10th blocks the address until its 24-hour window ends.
    // 10 guesses a day find a given 6-digit code with probability 10⁻⁵ (≈0.4 % a year).
    int codeThreshold = 5;
    int codeDailyCeiling = 10;
    qint64 codeWindowMs = 24LL * 3600 * 1000;
    // Codes that stay valid side by side for one purpose and address (each registration keeps
    // its own); every check verifies against this many slots, real or not, so it costs the same.
    // With codeSlots ≥ mailsPerTarget, requests within one mail window never push a live code
    // out (the oldest is dropped only past codeSlots). Across a window boundary a stranger can
    // push one out: that only delays its owner (ask again), as spending the address's daily
    // wrong-code allowance does; it never takes the account.
    int codeSlots = 3;
    // Mails asked for (register + forgot) per hour: per target address, per client address.
    int mailsPerTarget = 3;
    int mailsPerClient = 10;
    qint64 mailWindowMs = 3600 * 1000;
    int accountThreshold = 5; // failures of one account before delays start
    int addressThreshold = 20; // failures from one client address before delays start
    qint64 throttleBaseMs = 1000; // first delay, doubled at each further failure
    qint64 throttleMaxMs = 15 * 60 * 1000;
    qint64 throttleWindowMs = 15 * 60 * 1000; // failures older than this are forgotten
};

} // namespace citoyens::server
