#include "WalletRoutes.h"

#include "auth/AccessPolicy.h"
#include "db/Database.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/Money.h"
#include "models/ProblemCodes.h"
#include "payments/PaymentProvider.h"
#include "payments/TopUpSettlement.h"
#include "routing/RouteSupport.h"

#include <QJsonArray>

namespace citoyens::server {

namespace {

const QString TopUpRoute = QStringLiteral("POST /me/wallet/top-ups");

QString iso(qint64 ms)
{
    return RouteSupport::instant(ms).toString(Qt::ISODateWithMs);
}

} // namespace

WalletRoutes::WalletRoutes(const ServiceDeps& deps, const PaymentDeps& payments)
    : m_deps(deps)
    , m_payments(payments)
    , m_topUps(deps.database, payments.provider, payments.settlement)
{ }

void WalletRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/me/wallet"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return wallet(c); }),
               ApiRouter::Work::Inline);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/me/wallet/top-ups"),
        AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return createTopUp(c); }));
    // A read that may settle the top-up (a write): on the quick pool.
    router.add(QStringLiteral("GET"), QStringLiteral("/me/wallet/top-ups/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return topUp(c); }));
}

QJsonObject WalletRoutes::topUpJson(const WalletStore::TopUp& t)
{
    QJsonObject o {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("amountCents"), QJsonValue(qint64(t.amountCents)) },
        { QStringLiteral("status"), t.status },
        { QStringLiteral("createdAt"), iso(t.createdAt) },
        { QStringLiteral("expiresAt"), iso(t.createdAt + PaymentProvider::PaymentLifetimeMs) },
    };
    // Where to pay, while paying is still possible.
    if (t.status == WalletStore::Pending && !t.paymentUrl.isEmpty())
        o.insert(QStringLiteral("paymentUrl"), t.paymentUrl);
    if (t.settledAt > 0)
        o.insert(QStringLiteral("settledAt"), iso(t.settledAt));
    if (!t.authorisation.isEmpty())
        o.insert(QStringLiteral("authorisation"), t.authorisation);
    if (t.paidAt > 0)
        o.insert(QStringLiteral("paidAt"), iso(t.paidAt));
    return o;
}

HttpResponse WalletRoutes::wallet(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    QSqlDatabase db = m_deps.database->connection();
    QJsonArray movements;
    for (const WalletStore::Movement& m : WalletStore::movements(db, accountId))
        movements.append(m.toJson());
    return Responses::cachedJson(
        ctx,
        QJsonObject { { QStringLiteral("balanceCents"), QJsonValue(qint64(WalletStore::balance(db, accountId))) },
                      { QStringLiteral("movements"), movements } });
}

HttpResponse WalletRoutes::createTopUp(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    if (!m_payments.provider)
        throw Problem(404, ProblemCode::NotFound);
    const QString accountId = s.account.account.id;
    const QJsonObject body = JsonBody::object(ctx);
    JsonReader r(body);
    const qint64 amount = r.integer(QStringLiteral("amountCents"));
    if (r.ok() && !WalletRules::isTopUpAmount(amount))
        r.addError(QStringLiteral("amountCents"), FieldCode::InvalidChoice);
    RouteSupport::throwIfInvalid(r.errors());
    return Idempotency::run(
        *m_deps.database, ctx, accountId, TopUpRoute, body, 201, [&](const Idempotency::Complete& complete) {
            QJsonObject json;
            m_topUps.start(accountId, amount, [&](const QSqlDatabase& db, const WalletStore::TopUp& t) {
                json = topUpJson(t);
                complete(db, json);
            });
            return json;
        });
}

HttpResponse WalletRoutes::topUp(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    std::optional<WalletStore::TopUp> t = WalletStore::findTopUp(m_deps.database->connection(), ctx.pathId);
    if (!t)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(s, t->accountId);
    if (m_payments.settlement)
        t = m_payments.settlement->settle(*t, RouteSupport::nowMs(), TopUpSettlement::Channel::Read);
    return Responses::json(topUpJson(*t));
}

} // namespace citoyens::server
