#include "AdminRoutes.h"

#include "SettingsStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "routing/RouteSupport.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace citoyens::server {

namespace {

// An instant (RFC 3339) or a date (YYYY-MM-DD, the start of that day in UTC; with
// `endOfDay` the start of the next one); 0 when absent.
qint64 bound(const QUrlQuery& query, const QString& name, bool endOfDay, FieldErrors* errors)
{
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return 0;
    if (text.size() > 40) {
        errors->append({ name, FieldCode::InvalidDate });
        return 0;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime) {
        errors->append({ name, FieldCode::InvalidDate });
        return 0;
    }
    return instant.toMSecsSinceEpoch();
}

QString identifier(const QUrlQuery& query, const QString& name, FieldErrors* errors)
{
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (text.size() > 100)
        errors->append({ name, FieldCode::TooLong });
    return text;
}

} // namespace

AdminRoutes::AdminRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void AdminRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/admin/audit"),
               [this](const RequestContext& c) { return audit(c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/admin/settings"),
               [this](const RequestContext& c) { return getSettings(c); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/admin/settings"),
               [this](const RequestContext& c) { return putSettings(c); });
}

HttpResponse AdminRoutes::audit(const RequestContext& ctx) const
{
    m_deps.policy->administrator(ctx);
    FieldErrors errors;
    AuditLog::Filter filter;
    filter.actorId = identifier(ctx.query, QStringLiteral("agent"), &errors);
    filter.citizenId = identifier(ctx.query, QStringLiteral("citizen"), &errors);
    filter.from = bound(ctx.query, QStringLiteral("from"), false, &errors);
    filter.to = bound(ctx.query, QStringLiteral("to"), true, &errors);
    const QString limit = ctx.query.queryItemValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > MaxAuditEntries)
            errors.append({ QStringLiteral("limit"), FieldCode::InvalidChoice });
    }
    RouteSupport::throwIfInvalid(errors);
    QJsonArray entries;
    for (const AuditLog::Entry& e : AuditLog::list(m_deps.database->connection(), filter))
        entries.append(e.toJson());
    return Responses::json(QJsonObject { { QStringLiteral("entries"), entries } });
}

HttpResponse AdminRoutes::getSettings(const RequestContext& ctx) const
{
    m_deps.policy->administrator(ctx);
    return Responses::json(QJsonObject {
        { QStringLiteral("lockAfterSeconds"), SettingsStore::lockAfterSeconds(m_deps.database->connection()) } });
}

HttpResponse AdminRoutes::putSettings(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->administrator(ctx);
    JsonReader r(JsonBody::object(ctx));
    const qint64 seconds = r.integer(QStringLiteral("lockAfterSeconds"));
    RouteSupport::throwIfInvalid(r.errors());
    if (seconds < SettingsStore::MinLockAfterSeconds)
        RouteSupport::throwIfInvalid({ { QStringLiteral("lockAfterSeconds"), FieldCode::TooShort } });
    if (seconds > SettingsStore::MaxLockAfterSeconds)
        RouteSupport::throwIfInvalid({ { QStringLiteral("lockAfterSeconds"), FieldCode::TooLarge } });
    SqlTransaction tx(*m_deps.database);
    const int before = SettingsStore::lockAfterSeconds(tx.db());
    SettingsStore::setLockAfterSeconds(tx.db(), int(seconds), RouteSupport::nowMs());
    AuditLog::record(tx.db(), ctx, s.account.account.id, {}, AuditLog::SettingsChanged, {},
                     QStringLiteral("lockAfterSeconds %1 -> %2").arg(before).arg(seconds));
    tx.commit();
    return Responses::json(QJsonObject { { QStringLiteral("lockAfterSeconds"), int(seconds) } });
}

} // namespace citoyens::server
