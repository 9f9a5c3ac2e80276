#include "AuditLog.h"

#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/RequestContext.h"
#include "routing/RouteSupport.h"

#include <QSqlQuery>

namespace citoyens::server::AuditLog {

namespace {

QVariant orNull(const QString& value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

QJsonValue orJsonNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject Entry::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("at"), RouteSupport::instant(at).toString(Qt::ISODateWithMs) },
        { QStringLiteral("actorId"), actorId },
        { QStringLiteral("citizenId"), orJsonNull(citizenId) },
        { QStringLiteral("action"), action },
        { QStringLiteral("subjectId"), orJsonNull(subjectId) },
        { QStringLiteral("requestId"), requestId },
        { QStringLiteral("detail"), orJsonNull(detail) },
    };
}

void record(const QSqlDatabase& db, const RequestContext& ctx, const QString& actorId, const QString& citizenId,
            const QString& action, const QString& subjectId, const QString& detail)
{
    Database::run(db,
                  QStringLiteral("INSERT INTO audit_log (id, at, actor_id, citizen_id, action, subject_id, "
                                 "request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  { TokenService::newId(), RouteSupport::nowMs(), actorId, orNull(citizenId), action, orNull(subjectId),
                    ctx.requestId, orNull(detail) });
}

void recordRead(Database& database, const RequestContext& ctx, const QString& actorId, const QString& citizenId,
                const QString& action, const QString& subjectId, const QString& detail)
{
    if (!ctx.mayWrite)
        throw MovesToWorker();
    SqlTransaction tx(database);
    record(tx.db(), ctx, actorId, citizenId, action, subjectId, detail);
    tx.commit();
}

QString assisted(const QString& detail)
{
    return detail.isEmpty() ? QStringLiteral("assisted") : detail + QStringLiteral(", assisted");
}

QList<Entry> list(const QSqlDatabase& db, const Filter& filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.actorId.isEmpty()) {
        where.append(QStringLiteral("actor_id = ?"));
        values.append(filter.actorId);
    }
    if (!filter.citizenId.isEmpty()) {
        where.append(QStringLiteral("citizen_id = ?"));
        values.append(filter.citizenId);
    }
    if (filter.from > 0) {
        where.append(QStringLiteral("at >= ?"));
        values.append(filter.from);
    }
    if (filter.to > 0) {
        where.append(QStringLiteral("at < ?"));
        values.append(filter.to);
    }
    QString sql
        = QStringLiteral("SELECT id, at, actor_id, citizen_id, action, subject_id, request_id, detail FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(filter.limit);
    QSqlQuery q = Database::run(db, sql, values);
    QList<Entry> out;
    while (q.next()) {
        out.append(Entry { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                           q.value(7).toString() });
    }
    return out;
}

} // namespace citoyens::server::AuditLog
