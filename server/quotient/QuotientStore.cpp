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
    f = summaryAt(q, 1);
    f.id = q.value(0).toString();
    f.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    s.accountId = q.value(7).toString();
    s.obtainedBy = q.value(8).toString();
    return s;
}

} // namespace

FamilyQuotient summaryAt(const QSqlQuery& q, int first)
{
    FamilyQuotient f;
    f.valeur = q.value(first).toInt();
    f.fournisseur = q.value(first + 1).toString();
    f.mois = q.value(first + 2).toInt();
    f.annee = q.value(first + 3).toInt();
    f.obtainedAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 4).toLongLong(), Qt::UTC);
    return f;
}

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
