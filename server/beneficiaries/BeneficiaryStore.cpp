#include "BeneficiaryStore.h"

#include "db/CachedQuery.h"
#include "db/Database.h"
#include "db/FastRead.h"
#include "db/SqlLists.h"

#include <QSqlQuery>

namespace citoyens::server::BeneficiaryStore {

namespace {

const QString Select = QStringLiteral(
    "SELECT b.id, b.last_name, b.first_name, b.birth_date, b.relation, b.school_class, b.pai, b.group_name, "
    "b.client_ref, b.photo_storage_name, b.photo_content_type, b.status, b.status_reason, b.created_at, "
    "b.account_id, a.first_name, a.last_name, a.email, a.birth_date FROM beneficiaries b JOIN accounts a ON a.id = "
    "b.account_id ");

// Bumps the version of the list the beneficiary `id` belongs to (before a delete: after it
// the owner is unknown).
void bumpVersionOf(const QSqlDatabase& db, const QString& id)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO list_versions (account_id, list, version) "
                                 "SELECT account_id, 'beneficiaries', 1 FROM beneficiaries WHERE id = ? "
                                 "ON CONFLICT (account_id, list) DO UPDATE SET version = list_versions.version + 1"),
                  { id });
}

QVariant text(const QString& s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText();
}

QList<StoredBeneficiary> readAll(QSqlQuery& q, bool withCitizen)
{
    QList<StoredBeneficiary> out;
    while (q.next()) {
        StoredBeneficiary stored;
        Beneficiary& b = stored.beneficiary;
        b.id = q.value(0).toString();
        b.lastName = q.value(1).toString();
        b.firstName = q.value(2).toString();
        b.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        b.relation = q.value(4).toString();
        b.schoolClass = q.value(5).toString();
        b.pai = q.value(6).toString();
        b.group = q.value(7).toString();
        b.client = q.value(8).toString();
        stored.photoStorageName = q.value(9).toString();
        stored.photoContentType = q.value(10).toString();
        b.hasPhoto = !stored.photoStorageName.isEmpty();
        b.status = q.value(11).toString();
        b.statusReason = q.value(12).toString();
        b.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
        stored.accountId = q.value(14).toString();
        if (withCitizen)
            b.citizen
                = CitizenSummary { stored.accountId, q.value(15).toString(), q.value(16).toString(),
                                   q.value(17).toString(), QDate::fromString(q.value(18).toString(), Qt::ISODate) };
        out.append(stored);
    }
    return out;
}

QList<Beneficiary> plain(const QList<StoredBeneficiary>& stored)
{
    QList<Beneficiary> out;
    for (const StoredBeneficiary& s : stored)
        out.append(s.beneficiary);
    return out;
}

} // namespace

void insert(const QSqlDatabase& db, const StoredBeneficiary& stored, qint64 now)
{
    const Beneficiary& b = stored.beneficiary;
    Database::run(db,
                  QStringLiteral("INSERT INTO beneficiaries (id, account_id, last_name, first_name, birth_date, "
                                 "relation, school_class, pai, group_name, client_ref, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { b.id, stored.accountId, b.lastName, b.firstName, date(b.birthDate), text(b.relation),
                    text(b.schoolClass), text(b.pai), text(b.group), text(b.client), b.status, now, now });
    bumpVersionOf(db, b.id);
}

void update(const QSqlDatabase& db, const Beneficiary& b, qint64 now)
{
    Database::run(db,
                  QStringLiteral("UPDATE beneficiaries SET last_name = ?, first_name = ?, birth_date = ?, "
                                 "relation = ?, school_class = ?, pai = ?, group_name = ?, client_ref = ?, "
                                 "status = ?, status_reason = ?, updated_at = ? WHERE id = ?"),
                  { b.lastName, b.firstName, date(b.birthDate), text(b.relation), text(b.schoolClass), text(b.pai),
                    text(b.group), text(b.client), b.status, text(b.statusReason), now, b.id });
    bumpVersionOf(db, b.id);
}

std::optional<StoredBeneficiary> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db, Select + QStringLiteral("WHERE b.id = ?"), { id });
    const QList<StoredBeneficiary> all = readAll(q, true);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<Beneficiary> listForAccount(const QSqlDatabase& db, const QString& accountId)
{
    CachedQuery q(db, Select + QStringLiteral("WHERE b.account_id = ? ORDER BY b.created_at, b.id"), { accountId });
    return plain(readAll(q.query(), false));
}

qint64 listVersion(Database& database, const QString& accountId)
{
    FastRead q(database,
               QStringLiteral("SELECT version FROM list_versions WHERE account_id = ? AND list = 'beneficiaries'"),
               { accountId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<CommuneItem> queue(const QSqlDatabase& db, const QStringList& communeIds)
{
    if (communeIds.isEmpty())
        return {};
    const QString select
        = QString(Select).replace(QStringLiteral(" FROM beneficiaries b "),
                                  QStringLiteral(", x.commune_id, d.status, d.status_reason FROM beneficiaries b "));
    QSqlQuery q = Database::run(
        db,
        select
            + QStringLiteral("JOIN (SELECT DISTINCT account_id, commune_id FROM subscriptions WHERE status IN "
                             "('pending', 'incomplete', 'approved') AND commune_id IN (%1)) x ON x.account_id = "
                             "b.account_id LEFT JOIN beneficiary_decisions d ON d.beneficiary_id = b.id AND "
                             "d.commune_id = x.commune_id WHERE d.status IS NULL OR d.status IN ('pending', "
                             "'incomplete') ORDER BY b.created_at, b.id, x.commune_id")
                  .arg(SqlLists::placeholders(communeIds.size())),
        SqlLists::values(communeIds));
    QList<CommuneItem> out;
    while (q.next()) {
        QSqlQuery& row = q;
        CommuneItem item;
        Beneficiary& b = item.beneficiary;
        b.id = row.value(0).toString();
        b.lastName = row.value(1).toString();
        b.firstName = row.value(2).toString();
        b.birthDate = QDate::fromString(row.value(3).toString(), Qt::ISODate);
        b.relation = row.value(4).toString();
        b.schoolClass = row.value(5).toString();
        b.pai = row.value(6).toString();
        b.group = row.value(7).toString();
        b.client = row.value(8).toString();
        b.hasPhoto = !row.value(9).toString().isEmpty();
        b.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(13).toLongLong(), Qt::UTC);
        b.citizen
            = CitizenSummary { row.value(14).toString(), row.value(15).toString(), row.value(16).toString(),
                               row.value(17).toString(), QDate::fromString(row.value(18).toString(), Qt::ISODate) };
        item.communeId = row.value(19).toString();
        b.status = row.value(20).isNull() ? Beneficiary::StatusPending : row.value(20).toString();
        b.statusReason = row.value(21).toString();
        out.append(item);
    }
    return out;
}

QPair<QString, QString> communeStatus(const QSqlDatabase& db, const QString& id, const QString& communeId)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT status, status_reason FROM beneficiary_decisions WHERE beneficiary_id = ? AND "
                       "commune_id = ?"),
        { id, communeId });
    if (!q.next())
        return { Beneficiary::StatusPending, QString() };
    return { q.value(0).toString(), q.value(1).toString() };
}

bool decide(const QSqlDatabase& db, const QString& id, const QString& communeId, const QString& status,
            const QString& reason, const QString& agentId, qint64 now)
{
    // One statement for the first decision and the later ones: concurrent first decisions
    // meet on the primary key, and the loser's conditional update finds the winner's status.
    const bool won = Database::run(db,
                                   QStringLiteral("INSERT INTO beneficiary_decisions (beneficiary_id, commune_id, "
                                                  "status, status_reason, decided_by, updated_at) VALUES (?, ?, ?, ?, "
                                                  "?, ?) ON CONFLICT (beneficiary_id, commune_id) DO UPDATE SET "
                                                  "status = excluded.status, status_reason = excluded.status_reason, "
                                                  "decided_by = excluded.decided_by, updated_at = excluded.updated_at "
                                                  "WHERE beneficiary_decisions.status IN ('pending', 'incomplete')"),
                                   { id, communeId, status, text(reason), agentId, now })
                         .numRowsAffected()
        == 1;
    if (won)
        setStatus(db, id, status, reason, now);
    return won;
}

QList<StoredBeneficiary> storedForAccount(const QSqlDatabase& db, const QString& accountId)
{
    QSqlQuery q = Database::run(db, Select + QStringLiteral("WHERE b.account_id = ? ORDER BY b.created_at, b.id"),
                                { accountId });
    return readAll(q, false);
}

void setStatus(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason, qint64 now)
{
    Database::run(db,
                  QStringLiteral("UPDATE beneficiaries SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"),
                  { status, text(reason), now, id });
    bumpVersionOf(db, id);
}

void setPhoto(const QSqlDatabase& db, const QString& id, const QString& storageName, const QString& contentType,
              qint64 now)
{
    Database::run(db,
                  QStringLiteral("UPDATE beneficiaries SET photo_storage_name = ?, photo_content_type = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  { storageName, contentType, now, id });
    bumpVersionOf(db, id);
}

void remove(const QSqlDatabase& db, const QString& id)
{
    bumpVersionOf(db, id);
    Database::run(db, QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), { id });
}

void reopenIncomplete(const QSqlDatabase& db, const QString& id)
{
    Database::run(
        db, QStringLiteral("DELETE FROM beneficiary_decisions WHERE beneficiary_id = ? AND status = 'incomplete'"),
        { id });
}

QList<Approval> withdrawApprovals(const QSqlDatabase& db, const QString& id, const QString& reason, qint64 now)
{
    QList<Approval> out;
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT d.commune_id, COALESCE(c.name, d.commune_id) FROM "
                                               "beneficiary_decisions d LEFT JOIN communes c ON c.id = d.commune_id "
                                               "WHERE d.beneficiary_id = ? AND d.status = ? "
                                               "ORDER BY c.position, d.commune_id"),
                                { id, Beneficiary::StatusApproved });
    while (q.next())
        out.append(Approval { q.value(0).toString(), q.value(1).toString() });
    if (out.isEmpty())
        return out;
    // decided_by keeps the agent who approved: the row says who decided last, and a new
    // decision replaces it.
    Database::run(db,
                  QStringLiteral("UPDATE beneficiary_decisions SET status = ?, status_reason = ?, updated_at = ? "
                                 "WHERE beneficiary_id = ? AND status = ?"),
                  { Beneficiary::StatusPending, text(reason), now, id, Beneficiary::StatusApproved });
    return out;
}

} // namespace citoyens::server::BeneficiaryStore
