#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

// A mailed one-time code waiting to be typed back (purpose "register" or "reset"). Several
// may wait for one address: each keeps its own data, bound to its own code.
struct PendingCode
{
    QString id;
    QString codeHash; // Argon2id of the code
    QString payload; // the pending registration, as JSON (register only)
    qint64 expiresAt = 0;
};

namespace CodeStore {

inline const QString Register = QStringLiteral("register");
inline const QString Reset = QStringLiteral("reset");

// Adds a code next to the earlier ones for the same purpose and address; beyond `keep`
// codes the oldest are dropped.
void put(const QSqlDatabase& db, const QString& purpose, const QString& email, const QString& codeHash,
         const QString& payload, qint64 now, qint64 expiresAt, int keep);
// The newest `limit` codes of the purpose and address, expired ones included (the caller
// tells a right but expired code from a wrong one).
QList<PendingCode> newest(const QSqlDatabase& db, const QString& purpose, const QString& email, int limit);
void remove(const QSqlDatabase& db, const QString& id);
// Deletes the code; false when it was already gone. Inside a transaction this also makes
// concurrent uses of one code wait for each other (the row is locked), so only one wins.
bool take(const QSqlDatabase& db, const QString& id);
// Every code of the purpose and address (an account now exists: the others are void).
void removeAll(const QSqlDatabase& db, const QString& purpose, const QString& email);

} // namespace CodeStore

} // namespace citoyens::server
