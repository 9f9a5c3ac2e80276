#include "SubscriptionStore.h"

#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlLists.h"
#include "routing/RouteSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace citoyens::server::SubscriptionStore {

namespace {

const QString Select = QStringLiteral(
    "SELECT s.id, s.service_id, s.commune_id, sv.name, c.name, s.status, s.status_reason, s.fiscal_income_euros, "
    "s.fiscal_parts_halves, s.quotient, s.bracket_label, s.created_at, s.updated_at, s.account_id, "
    "a.first_name, a.last_name, a.email, a.birth_date, s.missing_document_kind, s.family_quotient_id, fq.valeur, "
    "fq.fournisseur, fq.mois, fq.annee, fq.obtained_at FROM subscriptions s JOIN services sv "
    "ON sv.id = s.service_id "
    "JOIN communes c ON c.id = s.commune_id JOIN accounts a ON a.id = s.account_id "
    "LEFT JOIN family_quotients fq ON fq.id = s.family_quotient_id ");

QVariant optionalNumber(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

QList<StoredSubscription> readAll(const QSqlDatabase& db, QSqlQuery& q, bool withCitizen)
{
    QList<StoredSubscription> out;
    while (q.next()) {
        StoredSubscription stored;
        Subscription& s = stored.subscription;
        s.id = q.value(0).toString();
        s.serviceId = q.value(1).toString();
        s.communeId = q.value(2).toString();
        s.serviceName = q.value(3).toString();
        s.communeName = q.value(4).toString();
        s.status = q.value(5).toString();
        s.statusReason = q.value(6).toString();
        if (!q.value(7).isNull())
            s.fiscalIncomeEuros = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            s.fiscalPartsHalves = q.value(8).toInt();
        if (!q.value(9).isNull())
            s.quotient = q.value(9).toInt();
        s.bracketLabel = q.value(10).toString();
        s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
        s.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
        stored.accountId = q.value(13).toString();
        s.missingDocumentKind = q.value(18).toString();
        stored.familyQuotientId = q.value(19).toString();
        if (!q.value(20).isNull()) {
            FamilyQuotient fq;
            fq.valeur = q.value(20).toInt();
            fq.fournisseur = q.value(21).toString();
            fq.mois = q.value(22).toInt();
            fq.annee = q.value(23).toInt();
            fq.obtainedAt = QDateTime::fromMSecsSinceEpoch(q.value(24).toLongLong(), Qt::UTC);
            s.familyQuotient = fq;
        }
        if (withCitizen)
            s.citizen
                = CitizenSummary { stored.accountId, q.value(14).toString(), q.value(15).toString(),
                                   q.value(16).toString(), QDate::fromString(q.value(17).toString(), Qt::ISODate) };
        out.append(stored);
    }
    q.finish();
    // The documents of all of them in a few queries (not one per request): in chunks that
    // stay far below the bound-parameter limits of SQLite and PostgreSQL.
    constexpr qsizetype Chunk = 500;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < out.size(); ++i)
        indexOf.insert(out.at(i).subscription.id, i);
    for (qsizetype from = 0; from < out.size(); from += Chunk) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(out.size(), from + Chunk); ++i)
            ids.append(out.at(i).subscription.id);
        QSqlQuery docs = Database::run(db,
                                       QStringLiteral("SELECT subscription_id, kind, document_id FROM "
                                                      "subscription_documents WHERE subscription_id IN (%1) "
                                                      "ORDER BY subscription_id, position")
                                           .arg(SqlLists::placeholders(ids.size())),
                                       SqlLists::values(ids));
        while (docs.next())
            out[indexOf.value(docs.value(0).toString())].subscription.documents.append(
                { docs.value(1).toString(), docs.value(2).toString() });
    }
    return out;
}

QList<Subscription> plain(const QList<StoredSubscription>& stored)
{
    QList<Subscription> out;
    for (const StoredSubscription& s : stored)
        out.append(s.subscription);
    return out;
}

} // namespace

Subscription newPending(const Service& service, const QString& communeName, const IncomeAssessment& income,
                        const QList<SubscriptionDocument>& documents, qint64 now)
{
    Subscription sub;
    sub.fiscalIncomeEuros = income.fiscalIncomeEuros;
    sub.fiscalPartsHalves = income.fiscalPartsHalves;
    sub.quotient = income.quotient;
    sub.bracketLabel = income.bracketLabel;
    sub.id = TokenService::newId();
    sub.serviceId = service.id;
    sub.communeId = service.communeId;
    sub.serviceName = service.name;
    sub.communeName = communeName;
    sub.status = Subscription::StatusPending;
    sub.documents = documents;
    sub.createdAt = RouteSupport::instant(now);
    sub.updatedAt = sub.createdAt;
    return sub;
}

void insert(const QSqlDatabase& db, const StoredSubscription& stored)
{
    const Subscription& s = stored.subscription;
    Database::run(db,
                  QStringLiteral("INSERT INTO subscriptions (id, account_id, service_id, commune_id, status, "
                                 "status_reason, fiscal_income_euros, fiscal_parts_halves, quotient, bracket_label, "
                                 "created_at, updated_at, family_quotient_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  { s.id, stored.accountId, s.serviceId, s.communeId, s.status,
                    s.statusReason.isEmpty() ? nullText() : QVariant(s.statusReason),
                    optionalNumber(s.fiscalIncomeEuros),
                    optionalNumber(s.fiscalPartsHalves ? std::optional<qint64>(*s.fiscalPartsHalves) : std::nullopt),
                    optionalNumber(s.quotient ? std::optional<qint64>(*s.quotient) : std::nullopt),
                    s.bracketLabel.isEmpty() ? nullText() : QVariant(s.bracketLabel), s.createdAt.toMSecsSinceEpoch(),
                    s.updatedAt.toMSecsSinceEpoch(),
                    stored.familyQuotientId.isEmpty() ? nullText() : QVariant(stored.familyQuotientId) });
    for (const SubscriptionDocument& d : s.documents)
        addDocument(db, s.id, d.kind, d.documentId);
}

std::optional<StoredSubscription> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db, Select + QStringLiteral("WHERE s.id = ?"), { id });
    const QList<StoredSubscription> all = readAll(db, q, true);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<Subscription> listForAccount(const QSqlDatabase& db, const QString& accountId)
{
    QSqlQuery q = Database::run(db, Select + QStringLiteral("WHERE s.account_id = ? ORDER BY s.created_at DESC, s.id"),
                                { accountId });
    return plain(readAll(db, q, false));
}

QList<Subscription> queue(const QSqlDatabase& db, const QStringList& communeIds)
{
    if (communeIds.isEmpty())
        return {};
    QVariantList values = SqlLists::values(communeIds);
    QSqlQuery q = Database::run(db,
                                Select
                                    + QStringLiteral("WHERE s.commune_id IN (%1) AND s.status IN ('pending', "
                                                     "'incomplete') ORDER BY s.created_at, s.id")
                                          .arg(SqlLists::placeholders(communeIds.size())),
                                values);
    return plain(readAll(db, q, true));
}

void setStatus(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason, qint64 now)
{
    Database::run(
        db,
        QStringLiteral("UPDATE subscriptions SET status = ?, status_reason = ?, missing_document_kind = NULL, "
                       "updated_at = ? WHERE id = ?"),
        { status, reason.isEmpty() ? nullText() : QVariant(reason), now, id });
}

bool decide(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason,
            const QString& missingDocumentKind, qint64 now)
{
    return Database::run(db,
                         QStringLiteral("UPDATE subscriptions SET status = ?, status_reason = ?, "
                                        "missing_document_kind = ?, updated_at = ? "
                                        "WHERE id = ? AND status IN ('pending', 'incomplete')"),
                         { status, reason.isEmpty() ? nullText() : QVariant(reason),
                           missingDocumentKind.isEmpty() ? nullText() : QVariant(missingDocumentKind), now, id })
               .numRowsAffected()
        == 1;
}

QList<Subscription> listForAccountIn(const QSqlDatabase& db, const QString& accountId, const QStringList& communeIds)
{
    if (communeIds.isEmpty())
        return {};
    QVariantList values { accountId };
    values += SqlLists::values(communeIds);
    QSqlQuery q = Database::run(db,
                                Select
                                    + QStringLiteral("WHERE s.account_id = ? AND s.commune_id IN (%1) "
                                                     "ORDER BY s.created_at DESC, s.id DESC")
                                          .arg(SqlLists::placeholders(communeIds.size())),
                                values);
    return plain(readAll(db, q, false));
}

void addDocument(const QSqlDatabase& db, const QString& id, const QString& kind, const QString& documentId)
{
    QSqlQuery count = Database::run(
        db, QStringLiteral("SELECT COUNT(*) FROM subscription_documents WHERE subscription_id = ?"), { id });
    const int position = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    QSqlQuery already = Database::run(
        db, QStringLiteral("SELECT 1 FROM subscription_documents WHERE subscription_id = ? AND document_id = ?"),
        { id, documentId });
    if (already.next())
        return;
    already.finish();
    Database::run(db,
                  QStringLiteral("INSERT INTO subscription_documents (subscription_id, document_id, kind, position) "
                                 "VALUES (?, ?, ?, ?)"),
                  { id, documentId, kind, position });
}

void remove(const QSqlDatabase& db, const QString& id)
{
    Database::run(db, QStringLiteral("DELETE FROM subscription_documents WHERE subscription_id = ?"), { id });
    Database::run(db, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), { id });
}

bool accountHasOneIn(const QSqlDatabase& db, const QString& accountId, const QStringList& communeIds)
{
    if (communeIds.isEmpty())
        return false;
    QVariantList values { accountId };
    values += SqlLists::values(communeIds);
    QSqlQuery q
        = Database::run(db,
                        QStringLiteral("SELECT 1 FROM subscriptions WHERE account_id = ? AND commune_id IN (%1)")
                            .arg(SqlLists::placeholders(communeIds.size())),
                        values);
    return q.next();
}

} // namespace citoyens::server::SubscriptionStore
