#include "WalletRoutes.h"

#include "auth/AccessPolicy.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
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
#include "services/RouteSupport.h"

#include <QJsonArray>

#include <algorithm>

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
        *m_deps.database, ctx, accountId, TopUpRoute, body, 201,
        [&](const Idempotency::Complete& complete) { return startTopUp(accountId, amount, complete); });
}

QJsonObject WalletRoutes::startTopUp(const QString& accountId, qint64 amountCents,
                                     const Idempotency::Complete& complete) const
{
    WalletStore::TopUp t;
    t.id = WalletStore::newTopUpId();
    t.accountId = accountId;
    t.amountCents = amountCents;
    t.status = WalletStore::Pending;
    t.provider = m_payments.provider->name();
    t.createdAt = RouteSupport::nowMs();
    // The place first, then the provider (a real one answers over the network, outside any
    // transaction of ours): a request over the limit never registers a payment.
    reserveTopUp(t);
    PaymentProvider::Created created;
    try {
        created = m_payments.provider->create(t.id, amountCents, t.createdAt);
    } catch (...) {
        try {
            SqlTransaction tx(*m_deps.database, SqlTransaction::Kind::Bookkeeping);
            WalletStore::dropReservedTopUp(tx.db(), t.id);
            tx.commit();
        } catch (const DbError&) {
            // Left pending without an idOp, it expires with the others and frees its place.
        }
        throw;
    }
    // A payment registered for a top-up that then failed to be completed is never paid into
    // any wallet: the person never got its page, and the top-up without an idOp expires.
    t.idOp = created.idOp;
    t.paymentUrl = created.paymentUrl.toString(QUrl::FullyEncoded);
    const QJsonObject json = topUpJson(t);
    SqlTransaction tx(*m_deps.database);
    WalletStore::attachPayment(tx.db(), t.id, t.idOp, t.paymentUrl);
    complete(tx.db(), json);
    tx.commit();
    return json;
}

void WalletRoutes::reserveTopUp(const WalletStore::TopUp& t) const
{
    const qint64 since = t.createdAt - PaymentProvider::PaymentLifetimeMs;
    QList<WalletStore::TopUp> live;
    for (int round = 0;; ++round) {
        {
            SqlTransaction tx(*m_deps.database);
            WalletStore::lockAccount(tx.db(), t.accountId);
            live = WalletStore::livePendingTopUps(tx.db(), t.accountId, since);
            if (live.size() < MaxPendingTopUps) {
                WalletStore::insertTopUp(tx.db(), t);
                tx.commit();
                return;
            }
        }
        if (round > 0 || !m_payments.settlement)
            break;
        // One of them may have been paid or abandoned without the server hearing of it yet:
        // asked once (at the status read's rate) before refusing.
        for (const WalletStore::TopUp& p : live)
            m_payments.settlement->settle(p, t.createdAt, TopUpSettlement::Channel::Read);
    }
    // The oldest frees its place when its payment expires at the latest.
    const qint64 waitMs
        = std::max<qint64>(0, live.first().createdAt + PaymentProvider::PaymentLifetimeMs - t.createdAt);
    throw Problem(429, ProblemCode::TooManyPendingTopUps)
        .withHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000)))
        .withMember(QStringLiteral("maxPendingTopUps"), MaxPendingTopUps);
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
