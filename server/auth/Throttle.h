#pragma once

#include "AuthSettings.h"

#include "http/Problem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

// Counters of failures (sign-in, mailed codes) and of mails sent, kept in the database
// (`login_throttle`) so that every server process sees the same counts.
//
// A rule says when a key gets blocked: from the `threshold`-th counted event on, each one
// blocks the key for base·2^(n−threshold), capped at the maximum; from the `ceiling`-th one
// on (0: none) the key stays blocked until its window ends. Events older than the window
// are forgotten: a sliding window counts from the last event (sign-in), a fixed one from
// the first event of the window (codes per day, mails per hour). No permanent lockout.
struct ThrottleRule
{
    int threshold = 0;
    int ceiling = 0;
    qint64 windowMs = 0;
    bool sliding = false;
};

class Throttle
{
public:
    explicit Throttle(const AuthSettings& settings);

    static QString accountKey(const QString& normalizedEmail) { return QStringLiteral("account:") + normalizedEmail; }
    static QString addressKey(const QString& address) { return QStringLiteral("address:") + address; }
    // Wrong codes per purpose ("register", "reset") and address, whether the address is known or not.
    static QString codeKey(const QString& purpose, const QString& normalizedEmail)
    {
        return QStringLiteral("code:%1:%2").arg(purpose, normalizedEmail);
    }
    // Mails asked for (register, forgot) per target address and per client address.
    static QString mailToKey(const QString& normalizedEmail) { return QStringLiteral("mail-to:") + normalizedEmail; }
    static QString mailFromKey(const QString& address) { return QStringLiteral("mail-from:") + address; }

    ThrottleRule accountRule() const;
    ThrottleRule addressRule() const;
    ThrottleRule codeRule() const;
    ThrottleRule mailToRule() const;
    ThrottleRule mailFromRule() const;

    struct Counted
    {
        QString key;
        ThrottleRule rule;
    };

    // Checks and counts in one step, inside the caller's transaction: every key's row is
    // locked (BEGIN IMMEDIATE on SQLite, SELECT ... FOR UPDATE on PostgreSQL) so concurrent
    // callers are serialised. When one key is still blocked nothing is counted and the wait
    // in milliseconds is returned; otherwise each key counts one event and 0 is returned.
    // Lock keys in the same order everywhere (account before address, target before client).
    qint64 admit(const QSqlDatabase& db, const QList<Counted>& keys, qint64 now) const;
    // Takes back one event counted by admit() (a sign-in that turned out right, for a
    // shared client address).
    void refund(const QSqlDatabase& db, const Counted& key, qint64 now) const;

    // 429 too_many_requests with Retry-After (whole seconds, rounded up).
    static Problem tooManyRequests(qint64 waitMs);

    // Milliseconds the key must still wait (0: go ahead).
    qint64 waitFor(const QSqlDatabase& db, const QString& key, qint64 now) const;
    // Counts one failure after the fact (the caller has checked waitFor() first in the same
    // transaction, or accepts the race).
    void recordFailure(const QSqlDatabase& db, const QString& key, int threshold, qint64 now) const;
    void reset(const QSqlDatabase& db, const QString& key) const;

    int accountThreshold() const { return m_settings.accountThreshold; }
    int addressThreshold() const { return m_settings.addressThreshold; }

private:
    struct Row
    {
        int events = 0;
        qint64 lastAt = 0;
        qint64 blockedUntil = 0;
        qint64 windowStart = 0;
    };
    Row lockRow(const QSqlDatabase& db, const QString& key, qint64 now) const;
    Row counted(Row row, const ThrottleRule& rule, qint64 now) const;
    void write(const QSqlDatabase& db, const QString& key, const Row& row) const;

    AuthSettings m_settings;
};

} // namespace citoyens::server
