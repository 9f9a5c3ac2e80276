#pragma once

#include "models/Account.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace citoyens::server {

// An account as stored: the API view plus what never leaves the server.
struct StoredAccount
{
    Account account;
    QString passwordHash;
    bool mustChangePassword = false;
};

// SQL for the accounts and account_communes tables. Works on the connection it is given, so
// that callers choose the transaction.
namespace AccountStore {

// The account columns of a SELECT, each prefixed with `alias.` (e.g. "a"), in the order
// fromRow() reads them starting at `first`; the communes are not among them.
QString columns(const QString& alias);
template<typename Row> // QSqlQuery, FastRead
StoredAccount fromRow(const Row& q, int first);
inline constexpr int ColumnCount = 13;

std::optional<StoredAccount> findByEmail(const QSqlDatabase& db, const QString& normalizedEmail);
std::optional<StoredAccount> findById(const QSqlDatabase& db, const QString& id);
void insert(const QSqlDatabase& db, const Account& account, const QString& passwordHash, bool mustChangePassword);
void updateProfile(const QSqlDatabase& db, const Account& account);
void updatePassword(const QSqlDatabase& db, const QString& id, const QString& passwordHash, bool mustChangePassword);

} // namespace AccountStore

} // namespace citoyens::server
