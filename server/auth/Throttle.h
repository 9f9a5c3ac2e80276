#pragma once

#include "AuthSettings.h"

#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

// Sign-in throttling per account and per client address, kept in the database so that every
// server process sees the same counts. After `threshold` failures each further failure
// blocks the key for base·2^(n−threshold), capped; there is no permanent lockout, and
// failures older than the window are forgotten.
class Throttle
{
public:
    explicit Throttle(const AuthSettings& settings);

    static QString accountKey(const QString& normalizedEmail) { return QStringLiteral("account:") + normalizedEmail; }
    static QString addressKey(const QString& address) { return QStringLiteral("address:") + address; }

    // Milliseconds the key must still wait (0: go ahead).
    qint64 waitFor(const QSqlDatabase& db, const QString& key, qint64 now) const;
    void recordFailure(const QSqlDatabase& db, const QString& key, int threshold, qint64 now) const;
    void reset(const QSqlDatabase& db, const QString& key) const;

    int accountThreshold() const { return m_settings.accountThreshold; }
    int addressThreshold() const { return m_settings.addressThreshold; }

private:
    AuthSettings m_settings;
};

} // namespace citoyens::server
