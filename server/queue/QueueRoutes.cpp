#include "QueueRoutes.h"

#include "DecisionTexts.h"
#include "Decisions.h"
#include "admin/SettingsStore.h"
#include "audit/AuditLog.h"
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
#include "idempotency/Idempotency.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"
#include "subscriptions/SubscriptionStore.h"

#include <QJsonArray>

namespace citoyens::server {

namespace {

constexpr int MaxReasonLength = 1000;

using Decisions::Decision;

// {decision: approve|reject|incomplete, reason, documentKind?, communeId?}: a reason is
// required unless approving.
Decision readDecision(const RequestContext& ctx)
{
    JsonReader r(JsonBody::object(ctx));
    Decision d;
    d.decision = r.string(QStringLiteral("decision"));
    d.reason = r.string(QStringLiteral("reason"), false).trimmed();
    d.documentKind = r.string(QStringLiteral("documentKind"), false).trimmed();
    d.communeId = r.string(QStringLiteral("communeId"), false).trimmed();
    RouteSupport::throwIfInvalid(r.errors());
    d.status = DecisionTexts::statusFor(d.decision);
    FieldErrors errors;
    if (d.status.isEmpty())
        errors.append({ QStringLiteral("decision"), FieldCode::InvalidChoice });
    if ((d.decision == DecisionTexts::Reject || d.decision == DecisionTexts::Incomplete) && d.reason.isEmpty())
        errors.append({ QStringLiteral("reason"), FieldCode::Required });
    if (d.reason.size() > MaxReasonLength)
        errors.append({ QStringLiteral("reason"), FieldCode::TooLong });
    if (!d.documentKind.isEmpty() && d.decision != DecisionTexts::Incomplete)
        errors.append({ QStringLiteral("documentKind"), FieldCode::InvalidChoice });
    if (d.communeId.size() > 100)
        errors.append({ QStringLiteral("communeId"), FieldCode::TooLong });
    RouteSupport::throwIfInvalid(errors);
    return d;
}

void requireUndecided(const QString& status)
{
    if (status != Subscription::StatusPending && status != Subscription::StatusIncomplete)
        throw Problem(409, ProblemCode::AlreadyDecided);
}

QString href(const QString& path)
{
    return QString::fromLatin1(ApiRouter::BasePath) + path;
}

// A subscription as the queue shows it: each document with where to download it.
QJsonObject queueItem(const Subscription& s)
{
    QJsonObject json = s.toJson();
    QJsonArray documents;
    for (const SubscriptionDocument& d : s.documents) {
        QJsonObject doc = d.toJson();
        doc.insert(QStringLiteral("href"), href(QStringLiteral("/me/documents/") + d.documentId));
        documents.append(doc);
    }
    json.insert(QStringLiteral("documents"), documents);
    return json;
}

QJsonObject queueItem(const BeneficiaryStore::CommuneItem& item)
{
    QJsonObject json = item.beneficiary.toJson();
    json.insert(QStringLiteral("communeId"), item.communeId);
    json.insert(QStringLiteral("photoHref"),
                item.beneficiary.hasPhoto
                    ? QJsonValue(href(QStringLiteral("/me/beneficiaries/%1/photo").arg(item.beneficiary.id)))
                    : QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace

QueueRoutes::QueueRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void QueueRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/agent/queue"),
               [this](const RequestContext& c) { return queue(c); });
    router.add(QStringLiteral("POST"), QStringLiteral("/agent/subscriptions/{id}/decision"),
               [this](const RequestContext& c) { return decideSubscription(c); });
    router.add(QStringLiteral("POST"), QStringLiteral("/agent/beneficiaries/{id}/decision"),
               [this](const RequestContext& c) { return decideBeneficiary(c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/agent/settings"),
               [this](const RequestContext& c) { return settings(c); });
}

HttpResponse QueueRoutes::queue(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const QStringList communes = AccessPolicy::communes(db, s);
    QJsonArray subscriptions;
    for (const Subscription& sub : SubscriptionStore::queue(db, communes))
        subscriptions.append(queueItem(sub));
    QJsonArray beneficiaries;
    int withPai = 0;
    for (const BeneficiaryStore::CommuneItem& item : BeneficiaryStore::queue(db, communes)) {
        beneficiaries.append(queueItem(item));
        withPai += item.beneficiary.pai.isEmpty() ? 0 : 1;
    }
    HttpResponse response = Responses::cachedJson(ctx,
                                                  QJsonObject {
                                                      { QStringLiteral("subscriptions"), subscriptions },
                                                      { QStringLiteral("beneficiaries"), beneficiaries },
                                                  });
    // The queue shows citizens' requests and children with their PAI, for the decision: one
    // entry per list read. A 304 (the client's poll of an unchanged queue) shows nothing new.
    if (response.statusCode() == 200) {
        AuditLog::recordRead(*m_deps.database, ctx, s.account.account.id, {}, AuditLog::QueueOpened, {},
                             QStringLiteral("%1 requests, %2 children, %3 with PAI")
                                 .arg(subscriptions.size())
                                 .arg(beneficiaries.size())
                                 .arg(withPai));
    }
    return response;
}

HttpResponse QueueRoutes::decideSubscription(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    const auto visible = [&](const QSqlDatabase& db) {
        std::optional<StoredSubscription> stored = SubscriptionStore::find(db, ctx.pathId);
        if (!stored)
            throw Problem(404, ProblemCode::NotFound);
        AccessPolicy::requireCommune(db, s, stored->subscription.communeId);
        return *stored;
    };
    const StoredSubscription before = visible(m_deps.database->connection());
    const Decision decision = readDecision(ctx);
    if (!decision.documentKind.isEmpty()) {
        const std::optional<Service> service
            = CatalogueStore::findService(m_deps.database->connection(), before.subscription.serviceId);
        bool known = false;
        for (const DocumentRequirement& r : service ? service->requiredDocuments : QList<DocumentRequirement> {})
            known = known || r.kind == decision.documentKind;
        if (!known)
            RouteSupport::throwIfInvalid({ { QStringLiteral("documentKind"), FieldCode::InvalidChoice } });
    }

    // With an Idempotency-Key, the same decision sent again after a lost answer gets the first
    // answer instead of 409 already_decided.
    return Idempotency::run(*m_deps.database, ctx, s.account.account.id,
                            QStringLiteral("POST /agent/subscriptions/%1/decision").arg(ctx.pathId),
                            JsonBody::object(ctx), 200, [&](const Idempotency::Complete& complete) {
                                const qint64 now = RouteSupport::nowMs();
                                SqlTransaction tx(*m_deps.database);
                                const StoredSubscription stored = visible(tx.db());
                                requireUndecided(stored.subscription.status);
                                if (!Decisions::onSubscription(tx.db(), ctx, s.account.account.id, stored.accountId,
                                                               stored.subscription, decision, now))
                                    throw Problem(409, ProblemCode::AlreadyDecided);
                                const QJsonObject answer = visible(tx.db()).subscription.toJson();
                                complete(tx.db(), answer);
                                tx.commit();
                                return answer;
                            });
}

HttpResponse QueueRoutes::decideBeneficiary(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    // A beneficiary is decided per commune, by the agents of a commune where its citizen has
    // a live request.
    const auto visible = [&](const QSqlDatabase& db, QStringList* communes) {
        std::optional<StoredBeneficiary> stored = BeneficiaryStore::find(db, ctx.pathId);
        if (!stored)
            throw Problem(404, ProblemCode::NotFound);
        *communes = AccessPolicy::liveCommunes(db, s, stored->accountId);
        if (communes->isEmpty())
            throw Problem(404, ProblemCode::NotFound);
        return *stored;
    };
    QStringList communes;
    visible(m_deps.database->connection(), &communes);
    const Decision decision = readDecision(ctx);
    QString communeId = decision.communeId;
    if (communeId.isEmpty() && communes.size() == 1)
        communeId = communes.first();
    if (communeId.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("communeId"), FieldCode::Required } });
    if (!communes.contains(communeId))
        RouteSupport::throwIfInvalid({ { QStringLiteral("communeId"), FieldCode::InvalidChoice } });

    return Idempotency::run(
        *m_deps.database, ctx, s.account.account.id,
        QStringLiteral("POST /agent/beneficiaries/%1/decision").arg(ctx.pathId), JsonBody::object(ctx), 200,
        [&](const Idempotency::Complete& complete) {
            const qint64 now = RouteSupport::nowMs();
            SqlTransaction tx(*m_deps.database);
            QStringList live;
            const StoredBeneficiary stored = visible(tx.db(), &live);
            if (!live.contains(communeId))
                throw Problem(404, ProblemCode::NotFound);
            requireUndecided(BeneficiaryStore::communeStatus(tx.db(), stored.beneficiary.id, communeId).first);
            if (!Decisions::onBeneficiary(tx.db(), ctx, s.account.account.id, stored.accountId, stored.beneficiary,
                                          communeId, decision, now))
                throw Problem(409, ProblemCode::AlreadyDecided);
            std::optional<StoredBeneficiary> updated = BeneficiaryStore::find(tx.db(), stored.beneficiary.id);
            QJsonObject answer = updated->beneficiary.toJson();
            answer.insert(QStringLiteral("communeId"), communeId);
            complete(tx.db(), answer);
            tx.commit();
            return answer;
        });
}

HttpResponse QueueRoutes::settings(const RequestContext& ctx) const
{
    m_deps.policy->agent(ctx);
    return Responses::json(QJsonObject {
        { QStringLiteral("lockAfterSeconds"), SettingsStore::lockAfterSeconds(m_deps.database->connection()) } });
}

} // namespace citoyens::server
