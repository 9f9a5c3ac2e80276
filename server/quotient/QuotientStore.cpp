#include "QuotientStore.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace citoyens::server::QuotientStore {

namespace {

const QString Select = QStringLiteral("SELECT id, valeur, fournisseur, mois, annee, obtained_at, expires_at, "
                                      "account_id, obtained_by FROM family_quotients ");

StoredQuotient read(const QSqlQuery& q)
{
    StoredQuotient s;
    FamilyQuotient& f = s.quotient;
    f.id = q.value(0).toString();
    f.valeur = q.value(1).toInt();
    f.fournisseur = q.value(2).toString();
    f.mois = q.value(3).toInt();
    f.annee = q.value(4).toInt();
    f.obtainedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    f.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    s.accountId = q.value(7).toString();
    s.obtainedBy = q.value(8).toString();
    return s;
}

} // namespace

void insert(const QSqlDatabase& db, const StoredQuotient& stored)
{
    const FamilyQuotient& f = stored.quotient;
    Database::run(db,
                  QStringLiteral("INSERT INTO family_quotients (id, account_id, valeur, fournisseur, mois, annee, "
                                 "obtained_at, obtained_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { f.id, stored.accountId, f.valeur, f.fournisseur, f.mois, f.annee, f.obtainedAt.toMSecsSinceEpoch(),
                    stored.obtainedBy, f.expiresAt.toMSecsSinceEpoch() });
}

std::optional<StoredQuotient> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db, Select + QStringLiteral("WHERE id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<FamilyQuotient> current(const QSqlDatabase& db, const QString& accountId, qint64 nowMs)
{
    QSqlQuery q = Database::run(
        db, Select + QStringLiteral("WHERE account_id = ? AND expires_at > ? ORDER BY obtained_at DESC, id LIMIT 1"),
        { accountId, nowMs });
    if (!q.next())
        return std::nullopt;
    return read(q).quotient;
}

} // namespace citoyens::server::QuotientStore
