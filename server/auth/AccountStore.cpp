#include "AccountStore.h"

#include "db/CachedQuery.h"
#include "db/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace citoyens::server::AccountStore {

namespace {

const QString Columns = QStringLiteral(
    "id, email, civility, first_name, last_name, birth_date, newsletter, company_name, company_siret, role, "
    "password_hash, must_change_password, created_at");

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

std::optional<StoredAccount> readOne(const QSqlDatabase& db, QSqlQuery& q)
{
    if (!q.next())
        return std::nullopt;
    StoredAccount s;
    Account& a = s.account;
    a.id = q.value(0).toString();
    a.email = q.value(1).toString();
    a.civility = q.value(2).toString();
    a.firstName = q.value(3).toString();
    a.lastName = q.value(4).toString();
    a.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.newsletter = q.value(6).toInt() != 0;
    if (!q.value(7).isNull())
        a.company = Company { q.value(7).toString(), q.value(8).toString() };
    a.role = q.value(9).toString();
    s.passwordHash = q.value(10).toString();
    s.mustChangePassword = q.value(11).toInt() != 0;
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    CachedQuery communes(
        db, QStringLiteral("SELECT commune FROM account_communes WHERE account_id = ? ORDER BY commune"), { a.id });
    while (communes.next())
        a.communes.append(communes.value(0).toString());
    return s;
}

} // namespace

std::optional<StoredAccount> findByEmail(const QSqlDatabase& db, const QString& normalizedEmail)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT %1 FROM accounts WHERE email = ?").arg(Columns),
                                { normalizedEmail });
    return readOne(db, q);
}

std::optional<StoredAccount> findById(const QSqlDatabase& db, const QString& id)
{
    // Read for every authenticated request (AuthGuard).
    CachedQuery q(db, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(Columns), { id });
    return readOne(db, q.query());
}

void insert(const QSqlDatabase& db, const Account& a, const QString& passwordHash, bool mustChangePassword)
{
    const qint64 created
        = a.createdAt.isValid() ? a.createdAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    Database::run(
        db,
        QStringLiteral("INSERT INTO accounts (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(Columns),
        { a.id, a.email, a.civility, a.firstName, a.lastName,
          a.birthDate.isValid() ? QVariant(a.birthDate.toString(Qt::ISODate)) : nullText(), a.newsletter ? 1 : 0,
          a.company ? QVariant(a.company->name) : nullText(), a.company ? textOrNull(a.company->siret) : nullText(),
          a.role, passwordHash, mustChangePassword ? 1 : 0, created, created });
    for (const QString& commune : a.communes)
        Database::run(db, QStringLiteral("INSERT INTO account_communes (account_id, commune) VALUES (?, ?)"),
                      { a.id, commune });
}

void updateProfile(const QSqlDatabase& db, const Account& a)
{
    Database::run(db,
                  QStringLiteral("UPDATE accounts SET civility = ?, first_name = ?, last_name = ?, birth_date = ?, "
                                 "newsletter = ?, company_name = ?, company_siret = ?, updated_at = ? WHERE id = ?"),
                  { a.civility, a.firstName, a.lastName,
                    a.birthDate.isValid() ? QVariant(a.birthDate.toString(Qt::ISODate)) : nullText(),
                    a.newsletter ? 1 : 0, a.company ? QVariant(a.company->name) : nullText(),
                    a.company ? textOrNull(a.company->siret) : nullText(), QDateTime::currentMSecsSinceEpoch(), a.id });
}

void updatePassword(const QSqlDatabase& db, const QString& id, const QString& passwordHash, bool mustChangePassword)
{
    Database::run(
        db,
        QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?"),
        { passwordHash, mustChangePassword ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), id });
}

} // namespace citoyens::server::AccountStore
