#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace citoyens::server {

// A mailed one-time code waiting to be typed back (purpose "register" or "reset").
struct PendingCode
{
    QString codeHash; // Argon2id of the code
    QString payload; // the pending registration, as JSON (register only)
    int attempts = 0;
    qint64 expiresAt = 0;
};

namespace CodeStore {

inline const QString Register = QStringLiteral("register");
inline const QString Reset = QStringLiteral("reset");

// Replaces any earlier code for the same purpose and address (attempts start again at 0).
void put(const QSqlDatabase& db, const QString& purpose, const QString& email, const QString& codeHash,
         const QString& payload, qint64 now, qint64 expiresAt);
std::optional<PendingCode> find(const QSqlDatabase& db, const QString& purpose, const QString& email);
// Counts one attempt, atomically, unless `maxAttempts` were already made; false then.
bool consumeAttempt(const QSqlDatabase& db, const QString& purpose, const QString& email, int maxAttempts);
void remove(const QSqlDatabase& db, const QString& purpose, const QString& email);
// Deletes the code; false when it was already gone. Inside a transaction this also makes
// concurrent uses of one code wait for each other (the row is locked), so only one wins.
bool take(const QSqlDatabase& db, const QString& purpose, const QString& email);

} // namespace CodeStore

} // namespace citoyens::server
