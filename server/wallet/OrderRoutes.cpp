#include "OrderRoutes.h"

#include "OrderBuilder.h"
#include "WalletPayment.h"
#include "auth/AccessPolicy.h"
#include "beneficiaries/BeneficiaryStore.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
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
#include "payments/OrderPaymentSettlement.h"
#include "routing/RouteSupport.h"
#include "subscriptions/SubscriptionStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QTimeZone>

namespace citoyens::server {

namespace {

const QString CreateRoute = QStringLiteral("POST /me/orders");

QTimeZone paris()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The caller's approved request with its service, or 404 / 409 not_approved.
StoredSubscription approvedRequest(const QSqlDatabase& db, const QString& id, const AuthenticatedSession& caller)
{
    const std::optional<StoredSubscription> s = SubscriptionStore::find(db, id);
    if (!s)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(caller, s->accountId);
    if (s->subscription.status != Subscription::StatusApproved)
        throw Problem(409, ProblemCode::NotApproved);
    return *s;
}

struct Priced
{
    Service service;
    QString communeName;
    int bracket = 0;
};

std::optional<Priced> pricing(const QSqlDatabase& db, const Subscription& sub)
{
    Priced p;
    std::optional<Service> service = CatalogueStore::findService(db, sub.serviceId, &p.communeName);
    if (!service)
        return std::nullopt;
    p.service = *service;
    p.bracket = ServiceItem::bracketIndex(p.service.brackets, sub.quotient, sub.bracketLabel);
    return p;
}

// An item the service books by the day: paid only through POST /me/reservations, for one child's
// day, so that a day is never paid twice (once bought as a quantity, once booked).
bool bookedByDay(const Service& service, const QString& itemId)
{
    return service.booking && service.booking->items.contains(itemId);
}

bool approvedBy(const QSqlDatabase& db, const QString& beneficiaryId, const QString& communeId)
{
    return BeneficiaryStore::communeStatus(db, beneficiaryId, communeId).first == Beneficiary::StatusApproved;
}

struct RequestedLine
{
    QString itemId;
    int quantity = 0;
};

} // namespace

OrderRoutes::OrderRoutes(const ServiceDeps& deps, const PaymentDeps& payments, QString holdDir)
    : m_deps(deps)
    , m_payments(payments)
    , m_card(deps.database, payments.provider)
    , m_holdDir(std::move(holdDir))
{ }

void OrderRoutes::registerOn(ApiRouter& router)
{
    const auto wrap = [this](HttpResponse (OrderRoutes::*handler)(const RequestContext&) const) {
        return AccessPolicy::auditingAssisted(m_deps.policy,
                                              [this, handler](const RequestContext& c) { return (this->*handler)(c); });
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/me/subscriptions/{id}/offers"), wrap(&OrderRoutes::offers),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("POST"), QStringLiteral("/me/orders"), wrap(&OrderRoutes::create));
    router.add(QStringLiteral("GET"), QStringLiteral("/me/orders"), wrap(&OrderRoutes::list), ApiRouter::Work::Inline);
    // A read that may settle a card order (asking the provider, a write): on the quick pool.
    router.add(QStringLiteral("GET"), QStringLiteral("/me/orders/{id}"), wrap(&OrderRoutes::one));
    router.add(QStringLiteral("GET"), QStringLiteral("/me/statements/childcare"),
               wrap(&OrderRoutes::childcareStatement), ApiRouter::Work::Inline);
}

HttpResponse OrderRoutes::offers(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const StoredSubscription stored = approvedRequest(db, ctx.pathId, s);
    QJsonArray items;
    QJsonArray byDay;
    if (const std::optional<Priced> p = pricing(db, stored.subscription)) {
        for (const ServiceItem& item : p->service.items) {
            const std::optional<Money> price = item.priceFor(p->bracket);
            if (!price)
                continue;
            if (bookedByDay(p->service, item.id)) {
                byDay.append(
                    QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("label"), item.label } });
                continue;
            }
            items.append(QJsonObject { { QStringLiteral("id"), item.id },
                                       { QStringLiteral("label"), item.label },
                                       { QStringLiteral("unitPriceCents"), QJsonValue(qint64(price->cents())) },
                                       { QStringLiteral("unit"), item.unit },
                                       { QStringLiteral("childcare"), item.childcare } });
        }
    }
    return Responses::cachedJson(ctx,
                                 QJsonObject { { QStringLiteral("subscriptionId"), stored.subscription.id },
                                               { QStringLiteral("bracketLabel"), stored.subscription.bracketLabel },
                                               { QStringLiteral("items"), items },
                                               { QStringLiteral("bookedByDay"), byDay } });
}

HttpResponse OrderRoutes::create(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    const QJsonObject body = JsonBody::object(ctx);
    return Idempotency::run(*m_deps.database, ctx, accountId, CreateRoute, body, 201,
                            [&](const Idempotency::Complete& complete) {
                                holdIfAsked(ctx);
                                return placeOrder(accountId, s.account.account.email, body, complete);
                            });
}

void OrderRoutes::holdIfAsked(const RequestContext& ctx) const
{
    const QString key = QString::fromLatin1(ctx.header("idempotency-key").trimmed());
    if (m_holdDir.isEmpty() || !key.startsWith(QLatin1String("hold-")))
        return;
    const QDir dir(m_holdDir);
    QFile held(dir.filePath(key + QStringLiteral(".held")));
    if (held.open(QIODevice::WriteOnly))
        held.close();
    const QDeadlineTimer deadline(30000);
    while (!QFile::exists(dir.filePath(key + QStringLiteral(".release"))) && !deadline.hasExpired())
        QThread::msleep(10);
}

QJsonObject OrderRoutes::placeOrder(const QString& accountId, const QString& email, const QJsonObject& body,
                                    const Idempotency::Complete& complete) const
{
    JsonReader r(body);
    FieldErrors paymentErrors;
    const bool card = m_card.wantsCard(body, &paymentErrors);
    r.mergeErrors(paymentErrors);
    const QString subscriptionId = r.string(QStringLiteral("subscriptionId"));
    QString beneficiaryId;
    if (r.has(QStringLiteral("beneficiaryId")) && !body.value(QStringLiteral("beneficiaryId")).isNull())
        beneficiaryId = r.string(QStringLiteral("beneficiaryId"));
    const QJsonArray jsonLines = r.array(QStringLiteral("lines"), true);
    if (r.has(QStringLiteral("lines")) && body.value(QStringLiteral("lines")).isArray()) {
        if (jsonLines.isEmpty())
            r.addError(QStringLiteral("lines"), FieldCode::Required);
        else if (jsonLines.size() > MaxLines)
            r.addError(QStringLiteral("lines"), FieldCode::TooLong);
    }
    QList<RequestedLine> wanted;
    for (int i = 0; i < jsonLines.size() && i < MaxLines; ++i) {
        const QString path = QStringLiteral("lines[%1]").arg(i);
        if (!jsonLines.at(i).isObject()) {
            r.addError(path, FieldCode::InvalidType);
            continue;
        }
        JsonReader line(jsonLines.at(i).toObject(), path);
        RequestedLine l;
        l.itemId = line.string(QStringLiteral("itemId"));
        const qint64 quantity = line.integer(QStringLiteral("quantity"));
        if (line.has(QStringLiteral("quantity")) && line.ok()) {
            if (quantity < 1)
                line.addError(QStringLiteral("quantity"), FieldCode::TooSmall);
            else if (quantity > MaxQuantity)
                line.addError(QStringLiteral("quantity"), FieldCode::TooLarge);
        }
        l.quantity = int(std::clamp<qint64>(quantity, 0, MaxQuantity));
        for (const RequestedLine& before : wanted) {
            if (!l.itemId.isEmpty() && before.itemId == l.itemId)
                line.addError(QStringLiteral("itemId"), FieldCode::Duplicate);
        }
        r.merge(line);
        wanted.append(l);
    }
    RouteSupport::throwIfInvalid(r.errors());

    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredSubscription> stored = SubscriptionStore::find(db, subscriptionId);
    if (!stored || stored->accountId != accountId)
        RouteSupport::throwIfInvalid({ { QStringLiteral("subscriptionId"), FieldCode::NotFound } });
    if (stored->subscription.status != Subscription::StatusApproved)
        throw Problem(409, ProblemCode::NotApproved);
    std::optional<StoredBeneficiary> child;
    if (!beneficiaryId.isEmpty()) {
        child = BeneficiaryStore::find(db, beneficiaryId);
        if (!child || child->accountId != accountId)
            RouteSupport::throwIfInvalid({ { QStringLiteral("beneficiaryId"), FieldCode::NotFound } });
    }
    const std::optional<Priced> priced = pricing(db, stored->subscription);
    // Without a priced service every line is an error below, and nothing is built.
    OrderBuilder builder(accountId, stored->subscription.id, priced ? priced->service : Service(),
                         priced ? priced->communeName : QString());
    builder.forChild(child ? &*child : nullptr);
    FieldErrors errors;
    // The child a commune sells for is the child it approved, as a booking requires (409
    // not_approved there); here a field error, like the body's other references.
    if (!beneficiaryId.isEmpty() && priced && !approvedBy(db, beneficiaryId, priced->service.communeId))
        errors.append({ QStringLiteral("beneficiaryId"), FieldCode::NotApproved });
    Money total;
    for (int i = 0; i < wanted.size(); ++i) {
        const RequestedLine& w = wanted.at(i);
        const ServiceItem* item = priced ? priced->service.item(w.itemId) : nullptr;
        const std::optional<Money> price = item ? item->priceFor(priced->bracket) : std::nullopt;
        if (!price) {
            errors.append({ QStringLiteral("lines[%1].itemId").arg(i), FieldCode::NotFound });
            continue;
        }
        if (bookedByDay(priced->service, item->id)) {
            errors.append({ QStringLiteral("lines[%1].itemId").arg(i), FieldCode::BookedByDay });
            continue;
        }
        // Within bounds: 99 × MaxCents fails instead of wrapping, and so does the total.
        const std::optional<Money> lineTotal = price->times(w.quantity);
        const std::optional<Money> sum = lineTotal ? total.plus(*lineTotal) : std::nullopt;
        if (!sum) {
            errors.append({ QStringLiteral("lines[%1].quantity").arg(i), FieldCode::TooLarge });
            continue;
        }
        total = *sum;
        builder.addItem(*item, price->cents(), w.quantity);
    }
    RouteSupport::throwIfInvalid(errors);

    const qint64 now = RouteSupport::nowMs();
    Order order = builder.build(now);

    SqlTransaction tx(*m_deps.database);
    // Again in the payment's transaction: an identity change may have withdrawn the approval.
    if (!beneficiaryId.isEmpty() && !approvedBy(tx.db(), beneficiaryId, priced->service.communeId))
        RouteSupport::throwIfInvalid({ { QStringLiteral("beneficiaryId"), FieldCode::NotApproved } });
    if (card) {
        // Held pending, committed, then its payment registered with the provider outside any
        // transaction; the key's answer is recorded with the payment's page.
        m_card.hold(tx.db(), order, now);
        tx.commit();
        QJsonObject held;
        m_card.start(order, email, [&](const QSqlDatabase& db, const Order& started) {
            held = started.toJson();
            complete(db, held);
        });
        return held;
    }
    WalletPayment::pay(tx.db(), order, now);
    const QJsonObject json = order.toJson();
    complete(tx.db(), json);
    tx.commit();
    return json;
}

HttpResponse OrderRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    QJsonArray orders;
    for (const Order& o :
         OrderStore::listForAccount(m_deps.database->connection(), s.account.account.id, MaxOrdersListed))
        orders.append(o.toJson());
    return Responses::cachedJson(ctx, QJsonObject { { QStringLiteral("orders"), orders } });
}

HttpResponse OrderRoutes::one(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    std::optional<Order> o = OrderStore::find(m_deps.database->connection(), ctx.pathId);
    if (!o)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(s, o->accountId);
    if (m_payments.orders && o->status == Order::StatusPending)
        o = m_payments.orders->settle(*o, RouteSupport::nowMs(), TopUpSettlement::Channel::Read);
    return Responses::cachedJson(ctx, o->toJson());
}

HttpResponse OrderRoutes::childcareStatement(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    bool ok = false;
    const QString yearText = ctx.query.queryItemValue(QStringLiteral("year"));
    const int year = yearText.toInt(&ok);
    if (yearText.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("year"), FieldCode::Required } });
    if (!ok || yearText.size() != 4 || year < 2000 || year > 2100)
        RouteSupport::throwIfInvalid({ { QStringLiteral("year"), FieldCode::InvalidChoice } });
    const qint64 from = QDateTime(QDate(year, 1, 1), QTime(0, 0), paris()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), paris()).toMSecsSinceEpoch();
    // Children under 6 on 1 January of the year: born after 1 January six years before.
    const QDate bornAfter(year - 6, 1, 1);
    QSqlDatabase db = m_deps.database->connection();
    const QList<ChildcareLine> lines = OrderStore::childcareLines(db, accountId, from, to);
    QJsonArray children;
    for (const StoredBeneficiary& b : BeneficiaryStore::storedForAccount(db, accountId)) {
        const Beneficiary& child = b.beneficiary;
        if (!child.birthDate.isValid() || child.birthDate <= bornAfter)
            continue;
        QJsonArray childLines;
        Money total;
        for (const ChildcareLine& l : lines) {
            if (l.beneficiaryId != child.id)
                continue;
            total = total.plus(Money::fromCents(l.totalCents)).value_or(total);
            childLines.append(QJsonObject {
                { QStringLiteral("orderNumber"), l.orderNumber },
                { QStringLiteral("date"),
                  RouteSupport::instant(l.createdAt).toTimeZone(paris()).date().toString(Qt::ISODate) },
                { QStringLiteral("serviceName"), l.serviceName },
                { QStringLiteral("label"), l.label },
                { QStringLiteral("quantity"), l.quantity },
                { QStringLiteral("totalCents"), QJsonValue(qint64(l.totalCents)) },
            });
        }
        if (childLines.isEmpty())
            continue;
        children.append(QJsonObject {
            { QStringLiteral("beneficiaryId"), child.id },
            { QStringLiteral("firstName"), child.firstName },
            { QStringLiteral("lastName"), child.lastName },
            { QStringLiteral("birthDate"), child.birthDate.toString(Qt::ISODate) },
            { QStringLiteral("totalCents"), QJsonValue(qint64(total.cents())) },
            { QStringLiteral("lines"), childLines },
        });
    }
    return Responses::cachedJson(
        ctx, QJsonObject { { QStringLiteral("year"), year }, { QStringLiteral("children"), children } });
}

} // namespace citoyens::server
