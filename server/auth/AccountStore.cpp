#include "AccountStore.h"

#include "db/CachedQuery.h"
#include "db/Database.h"
#include "db/FastRead.h"

#include <QDateTime>
#include <QSqlQuery>

namespace citoyens::server::AccountStore {

namespace {

const QString Columns = columns(QString());

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

std::optional<StoredAccount> readOne(const QSqlDatabase& db, QSqlQuery& q)
{
    if (!q.next())
        return std::nullopt;
    StoredAccount s = fromRow(q, 0);
    CachedQuery communes(db,
                         QStringLiteral("SELECT commune FROM account_communes WHERE account_id = ? ORDER BY commune"),
                         { s.account.id });
    while (communes.next())
        s.account.communes.append(communes.value(0).toString());
    return s;
}

} // namespace

QString columns(const QString& alias)
{
    static const QStringList names {
        QStringLiteral("id"),         QStringLiteral("email"),         QStringLiteral("civility"),
        QStringLiteral("first_name"), QStringLiteral("last_name"),     QStringLiteral("birth_date"),
        QStringLiteral("newsletter"), QStringLiteral("company_name"),  QStringLiteral("company_siret"),
        QStringLiteral("role"),       QStringLiteral("password_hash"), QStringLiteral("must_change_password"),
        QStringLiteral("created_at")
    };
    static_assert(ColumnCount == 13);
    QStringList prefixed;
    for (const QString& name : names)
        prefixed.append(alias.isEmpty() ? name : alias + QLatin1Char('.') + name);
    return prefixed.join(QStringLiteral(", "));
}

template<typename Row> StoredAccount fromRow(const Row& q, int first)
{
    StoredAccount s;
    Account& a = s.account;
    a.id = q.value(first + 0).toString();
    a.email = q.value(first + 1).toString();
    a.civility = q.value(first + 2).toString();
    a.firstName = q.value(first + 3).toString();
    a.lastName = q.value(first + 4).toString();
    a.birthDate = QDate::fromString(q.value(first + 5).toString(), Qt::ISODate);
    a.newsletter = q.value(first + 6).toInt() != 0;
    if (!q.value(first + 7).isNull())
        a.company = Company { q.value(first + 7).toString(), q.value(first + 8).toString() };
    a.role = q.value(first + 9).toString();
    s.passwordHash = q.value(first + 10).toString();
    s.mustChangePassword = q.value(first + 11).toInt() != 0;
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 12).toLongLong(), Qt::UTC);
    return s;
}

template StoredAccount fromRow(const QSqlQuery& q, int first);
template StoredAccount fromRow(const FastRead& q, int first);

std::optional<StoredAccount> findByEmail(const QSqlDatabase& db, const QString& normalizedEmail)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM accounts WHERE email = ?").arg(Columns);
    QSqlQuery q = Database::run(db, sql, { normalizedEmail });
    return readOne(db, q);
}

std::optional<StoredAccount> findById(const QSqlDatabase& db, const QString& id)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(Columns);
    CachedQuery q(db, sql, { id });
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
