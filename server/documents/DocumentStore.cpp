#include "DocumentStore.h"

#include "db/Database.h"
#include "db/SqlLists.h"
#include "models/Subscription.h"

#include <QSqlQuery>

namespace citoyens::server::DocumentStore {

void insert(const QSqlDatabase& db, const StoredDocument& d)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO documents (id, account_id, kind, filename, content_type, size, sha256, "
                                 "storage_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { d.document.id, d.accountId, d.document.kind, d.document.filename, d.document.contentType,
                    d.document.size, d.document.sha256, d.storageName, d.document.createdAt.toMSecsSinceEpoch() });
}

std::optional<StoredDocument> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT id, account_id, kind, filename, content_type, size, sha256, "
                                               "storage_name, created_at FROM documents WHERE id = ?"),
                                { id });
    if (!q.next())
        return std::nullopt;
    StoredDocument d;
    d.document.id = q.value(0).toString();
    d.accountId = q.value(1).toString();
    d.document.kind = q.value(2).toString();
    d.document.filename = q.value(3).toString();
    d.document.contentType = q.value(4).toString();
    d.document.size = q.value(5).toLongLong();
    d.document.sha256 = q.value(6).toString();
    d.storageName = q.value(7).toString();
    d.document.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    return d;
}

bool usedInCommunes(const QSqlDatabase& db, const QString& documentId, const QStringList& communeIds)
{
    if (communeIds.isEmpty())
        return false;
    QVariantList values { documentId };
    for (const QString& id : communeIds)
        values.append(id);
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT 1 FROM subscription_documents sd JOIN subscriptions s "
                                               "ON s.id = sd.subscription_id WHERE sd.document_id = ? "
                                               "AND s.commune_id IN (%1)")
                                    .arg(SqlLists::placeholders(communeIds.size())),
                                values);
    return q.next();
}

bool usedByLiveRequest(const QSqlDatabase& db, const QString& documentId)
{
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT 1 FROM subscription_documents sd JOIN subscriptions s "
                       "ON s.id = sd.subscription_id WHERE sd.document_id = ? "
                       "AND s.status IN (?, ?, ?)"),
        { documentId, Subscription::StatusPending, Subscription::StatusIncomplete, Subscription::StatusApproved });
    return q.next();
}

void remove(const QSqlDatabase& db, const QString& id)
{
    // subscription_documents rows of refused requests go with it (ON DELETE CASCADE).
    Database::run(db, QStringLiteral("DELETE FROM documents WHERE id = ?"), { id });
}

Usage usage(const QSqlDatabase& db, const QString& accountId)
{
    QSqlQuery q = Database::run(
        db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM documents WHERE account_id = ?"),
        { accountId });
    Usage u;
    if (q.next()) {
        u.count = q.value(0).toInt();
        u.bytes = q.value(1).toLongLong();
    }
    return u;
}

} // namespace citoyens::server::DocumentStore
