#include "SubscriptionRoutes.h"

#include "SubscriptionStore.h"
#include "auth/AccessPolicy.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "documents/DocumentStore.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/IncomeRule.h"
#include "models/JsonReader.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "models/SubscriptionRequest.h"
#include "models/Validation.h"
#include "quotient/QuotientStore.h"
#include "routing/RouteSupport.h"

#include <QJsonDocument>

namespace citoyens::server {

namespace {

const QString CreateRoute = QStringLiteral("POST /me/subscriptions");

StoredSubscription owned(const QSqlDatabase& db, const QString& id, const AuthenticatedSession& caller)
{
    std::optional<StoredSubscription> s = SubscriptionStore::find(db, id);
    if (!s)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(caller, s->accountId);
    s->subscription.citizen.reset();
    return *s;
}

QStringList requiredKinds(const Service& service)
{
    QStringList kinds;
    for (const DocumentRequirement& d : service.requiredDocuments)
        kinds.append(d.kind);
    return kinds;
}

// The errors of one attached document: it must be the caller's, of the kind it claims, and
// a kind the service asks for. `prefix` is the path of the item ("documents[0]"), if any.
FieldErrors checkDocument(const QSqlDatabase& db, const SubscriptionDocument& d, const QString& accountId,
                          const QStringList& kinds, const QString& prefix)
{
    const auto field = [&prefix](const char* name) {
        return prefix.isEmpty() ? QString::fromLatin1(name) : prefix + QLatin1Char('.') + QLatin1String(name);
    };
    const std::optional<StoredDocument> doc = DocumentStore::find(db, d.documentId);
    if (!doc || doc->accountId != accountId)
        return { { field("documentId"), FieldCode::NotFound } };
    if (!kinds.contains(d.kind))
        return { { field("kind"), FieldCode::InvalidChoice } };
    if (doc->document.kind != d.kind)
        return { { field("kind"), FieldCode::KindMismatch } };
    return {};
}

// The family quotient a request names (familyQuotientId): the account's own, still valid.
// Absent or not asked for (a service without income): none.
std::optional<StoredQuotient> namedQuotient(const QSqlDatabase& db, const SubscriptionRequest& request,
                                            const Service& service, const QString& accountId, FieldErrors* errors)
{
    if (request.familyQuotientId.isEmpty() || !service.needsIncome)
        return std::nullopt;
    const QString field = QStringLiteral("familyQuotientId");
    std::optional<StoredQuotient> q = QuotientStore::find(db, request.familyQuotientId);
    if (!q || q->accountId != accountId) {
        errors->append({ field, FieldCode::NotFound });
        return std::nullopt;
    }
    if (!q->quotient.isValidAt(RouteSupport::instant(RouteSupport::nowMs()))) {
        errors->append({ field, FieldCode::QuotientExpired });
        return std::nullopt;
    }
    return q;
}

} // namespace

SubscriptionRoutes::SubscriptionRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void SubscriptionRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/me/subscriptions"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return list(c); }),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("POST"), QStringLiteral("/me/subscriptions"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return create(c); }));
    router.add(QStringLiteral("DELETE"), QStringLiteral("/me/subscriptions/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return withdraw(c); }));
    router.add(
        QStringLiteral("POST"), QStringLiteral("/me/subscriptions/{id}/documents"),
        AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return addDocument(c); }));
}

HttpResponse SubscriptionRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QList<Subscription> all
        = SubscriptionStore::listForAccount(m_deps.database->connection(), s.account.account.id);
    return Responses::cachedJson(ctx, QJsonObject { { QStringLiteral("subscriptions"), JsonValues::array(all) } });
}

HttpResponse SubscriptionRoutes::create(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    const QJsonObject body = JsonBody::object(ctx);
    return Idempotency::run(
        *m_deps.database, ctx, accountId, CreateRoute, body, 201,
        [&](const Idempotency::Complete& complete) { return createSubscription(accountId, body, complete); });
}

QJsonObject SubscriptionRoutes::createSubscription(const QString& accountId, const QJsonObject& body,
                                                   const Idempotency::Complete& complete) const
{
    const QJsonValue documents = body.value(QStringLiteral("documents"));
    if (documents.isArray() && documents.toArray().size() > MaxDocuments)
        RouteSupport::throwIfInvalid({ { QStringLiteral("documents"), FieldCode::TooLong } });
    FieldErrors errors;
    const SubscriptionRequest request = SubscriptionRequest::fromJson(body, &errors);
    RouteSupport::throwIfInvalid(errors);
    QSqlDatabase db = m_deps.database->connection();
    QString communeName;
    const std::optional<Service> service = CatalogueStore::findService(db, request.serviceId, &communeName);
    if (!service)
        RouteSupport::throwIfInvalid({ { QStringLiteral("serviceId"), FieldCode::NotFound } });

    // A quotient from the CAF or the MSA stands for the typed income and its document.
    const std::optional<StoredQuotient> quotient = namedQuotient(db, request, *service, accountId, &errors);
    if (!quotient && request.familyQuotientId.isEmpty())
        errors += IncomeRule::check(*service, request.fiscalIncomeEuros, request.fiscalPartsHalves);
    const QStringList kinds = requiredKinds(*service);
    QStringList given;
    for (int i = 0; i < request.documents.size(); ++i) {
        const SubscriptionDocument& d = request.documents.at(i);
        errors += checkDocument(db, d, accountId, kinds, QStringLiteral("documents[%1]").arg(i));
        given.append(d.kind);
    }
    for (const QString& kind : kinds) {
        const bool standsIn = kind == DocumentRequirement::KindIncomeStatement && !request.familyQuotientId.isEmpty();
        if (!given.contains(kind) && !standsIn)
            errors.append({ QStringLiteral("documents.") + kind, FieldCode::Required });
    }
    RouteSupport::throwIfInvalid(errors);

    Subscription sub = SubscriptionStore::newPending(
        *service, communeName,
        quotient ? IncomeRule::assessQuotient(*service, quotient->quotient.valeur)
                 : IncomeRule::assess(*service, request.fiscalIncomeEuros, request.fiscalPartsHalves),
        request.documents, RouteSupport::nowMs());
    if (quotient) {
        sub.familyQuotient = quotient->quotient;
        sub.familyQuotient->id.clear();
        sub.familyQuotient->expiresAt = {};
    }
    const QJsonObject json = sub.toJson();

    SqlTransaction tx(*m_deps.database);
    SubscriptionStore::insert(tx.db(),
                              StoredSubscription { sub, accountId, quotient ? quotient->quotient.id : QString() });
    complete(tx.db(), json);
    tx.commit();
    return json;
}

HttpResponse SubscriptionRoutes::withdraw(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    SqlTransaction tx(*m_deps.database);
    const StoredSubscription stored = owned(tx.db(), ctx.pathId, s);
    if (stored.subscription.status != Subscription::StatusPending)
        throw Problem(409, ProblemCode::NotPending);
    SubscriptionStore::remove(tx.db(), stored.subscription.id);
    tx.commit();
    return Responses::noContent();
}

HttpResponse SubscriptionRoutes::addDocument(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    owned(m_deps.database->connection(), ctx.pathId, s);
    FieldErrors errors;
    const std::optional<SubscriptionDocument> d = SubscriptionDocument::fromJson(JsonBody::object(ctx), &errors);
    RouteSupport::throwIfInvalid(errors);

    SqlTransaction tx(*m_deps.database);
    const StoredSubscription stored = owned(tx.db(), ctx.pathId, s);
    if (stored.subscription.status != Subscription::StatusIncomplete)
        throw Problem(409, ProblemCode::NotIncomplete);
    const std::optional<Service> service = CatalogueStore::findService(tx.db(), stored.subscription.serviceId);
    const QStringList kinds = service ? requiredKinds(*service) : QStringList { d->kind };
    RouteSupport::throwIfInvalid(checkDocument(tx.db(), *d, accountId, kinds, QString()));
    SubscriptionStore::addDocument(tx.db(), stored.subscription.id, d->kind, d->documentId);
    SubscriptionStore::setStatus(tx.db(), stored.subscription.id, Subscription::StatusPending, QString(),
                                 RouteSupport::nowMs());
    const StoredSubscription updated = owned(tx.db(), stored.subscription.id, s);
    tx.commit();
    return Responses::json(updated.subscription.toJson());
}

} // namespace citoyens::server
