#include "BeneficiaryRoutes.h"

#include "BeneficiaryStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "auth/TokenService.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "documents/FileStore.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/DocumentRules.h"
#include "models/JsonValues.h"
#include "models/ProblemCodes.h"
#include "models/Validation.h"
#include "queue/Decisions.h"
#include "routing/RouteSupport.h"
#include "subscriptions/SubscriptionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace citoyens::server {

namespace {

// What a person may write; the rest (id, status, photo, dates) is the server's.
const QStringList Editable { QStringLiteral("lastName"), QStringLiteral("firstName"),   QStringLiteral("birthDate"),
                             QStringLiteral("relation"), QStringLiteral("schoolClass"), QStringLiteral("pai"),
                             QStringLiteral("group"),    QStringLiteral("client") };

StoredBeneficiary owned(const QSqlDatabase& db, const QString& id, const QString& accountId)
{
    std::optional<StoredBeneficiary> b = BeneficiaryStore::find(db, id);
    if (!b)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(accountId, b->accountId);
    b->beneficiary.citizen.reset();
    return *b;
}

// A beneficiary can be changed until the town hall has decided on it.
void requireOpen(const Beneficiary& b)
{
    if (b.status != Beneficiary::StatusPending && b.status != Beneficiary::StatusIncomplete)
        throw Problem(409, ProblemCode::NotPending);
}

// Parses and checks the editable fields of `body` laid over `base`; names trimmed.
Beneficiary merged(const QJsonObject& base, const QJsonObject& body)
{
    QJsonObject json = base;
    for (const QString& field : Editable) {
        if (body.contains(field))
            json.insert(field, body.value(field));
    }
    FieldErrors errors;
    std::optional<Beneficiary> b = Beneficiary::fromJson(json, &errors);
    RouteSupport::throwIfInvalid(errors);
    b->lastName = b->lastName.trimmed();
    b->firstName = b->firstName.trimmed();
    RouteSupport::throwIfInvalid(Validation::beneficiary(*b, QDate::currentDate()));
    return *b;
}

// A photo that is not a replacement needs a free place in the account's photo quota.
void requirePhotoRoom(const QSqlDatabase& db, const StoredBeneficiary& target, const QString& accountId)
{
    if (!target.photoStorageName.isEmpty())
        return;
    QSqlQuery q = Database::run(
        db,
        QStringLiteral("SELECT COUNT(*) FROM beneficiaries WHERE account_id = ? AND photo_storage_name IS NOT NULL"),
        { accountId });
    if (q.next() && q.value(0).toInt() >= BeneficiaryRoutes::QuotaPhotos)
        throw Problem(409, ProblemCode::PhotoQuotaExceeded);
}

// A beneficiary as an answer shows it: without PAI and photo where the caller may not see
// them (an assisted session beyond its desk's rule), as the desk's record shows it.
QJsonObject shown(const Beneficiary& b, bool photoAndPai)
{
    QJsonObject json = b.toJson();
    if (!photoAndPai) {
        json.remove(QStringLiteral("pai"));
        json.insert(QStringLiteral("hasPhoto"), false);
    }
    return json;
}

} // namespace

bool BeneficiaryRoutes::samePhoto(const StoredBeneficiary& stored, const QByteArray& bytes) const
{
    if (stored.photoStorageName.isEmpty())
        return false;
    bool ok = false;
    const QByteArray current = m_deps.files->read(stored.photoStorageName, &ok);
    return ok && current == bytes;
}

BeneficiaryRoutes::BeneficiaryRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void BeneficiaryRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/me/beneficiaries"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return list(c); }),
               ApiRouter::Work::Inline);
    router.add(QStringLiteral("POST"), QStringLiteral("/me/beneficiaries"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return create(c); }));
    router.add(QStringLiteral("PATCH"), QStringLiteral("/me/beneficiaries/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return update(c); }));
    router.add(QStringLiteral("DELETE"), QStringLiteral("/me/beneficiaries/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return remove(c); }));
    router.add(QStringLiteral("PUT"), QStringLiteral("/me/beneficiaries/{id}/photo"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return putPhoto(c); }),
               DocumentRules::MaxPhotoBytes);
    router.add(QStringLiteral("GET"), QStringLiteral("/me/beneficiaries/{id}/photo"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return getPhoto(c); }));
}

HttpResponse BeneficiaryRoutes::list(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString& accountId = s.account.account.id;
    if (!s.session.assistedBy.isEmpty()) {
        // An agent's read: audited, limited to the desk's rule, never cached (the cache is the
        // owner's view).
        QSqlDatabase db = m_deps.database->connection();
        const bool visible = AccessPolicy::assistedSeesPhotoAndPai(db, s);
        AuditLog::recordRead(
            *m_deps.database, ctx, s.session.assistedBy, accountId, AuditLog::BeneficiariesOpened, accountId,
            AuditLog::assisted(visible ? QStringLiteral("photo and PAI") : QStringLiteral("no photo, no PAI")));
        QJsonArray all;
        for (const Beneficiary& b : BeneficiaryStore::listForAccount(db, accountId))
            all.append(shown(b, visible));
        return Responses::cachedJson(ctx, QJsonObject { { QStringLiteral("beneficiaries"), all } });
    }
    // The version first: a change committed between the two reads makes the kept answer
    // newer than its version says, never older.
    const qint64 version = BeneficiaryStore::listVersion(*m_deps.database, accountId);
    if (const std::optional<ListCache::Entry> kept = m_lists.find(accountId, version))
        return Responses::cachedBytes(ctx, kept->bytes, kept->etag);
    const QList<Beneficiary> all = BeneficiaryStore::listForAccount(m_deps.database->connection(), accountId);
    ListCache::Entry built { version,
                             QJsonDocument(QJsonObject { { QStringLiteral("beneficiaries"), JsonValues::array(all) } })
                                 .toJson(QJsonDocument::Compact),
                             {} };
    built.etag = Responses::etagForBytes(built.bytes);
    m_lists.store(accountId, built);
    return Responses::cachedBytes(ctx, built.bytes, built.etag);
}

HttpResponse BeneficiaryRoutes::create(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    Beneficiary b = merged(QJsonObject {}, JsonBody::object(ctx));
    const qint64 now = RouteSupport::nowMs();
    b.id = TokenService::newId();
    b.status = Beneficiary::StatusPending;
    b.createdAt = RouteSupport::instant(now);
    SqlTransaction tx(*m_deps.database);
    BeneficiaryStore::insert(tx.db(), StoredBeneficiary { b, s.account.account.id, {}, {} }, now);
    tx.commit();
    return Responses::json(shown(b, AccessPolicy::assistedSeesPhotoAndPai(m_deps.database->connection(), s)), 201);
}

HttpResponse BeneficiaryRoutes::update(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    owned(m_deps.database->connection(), ctx.pathId, accountId);
    QJsonObject body = JsonBody::object(ctx);
    // An assisted session that is not shown the PAI does not erase it by sending it back empty.
    const bool visible = AccessPolicy::assistedSeesPhotoAndPai(m_deps.database->connection(), s);
    const QJsonValue pai = body.value(QStringLiteral("pai"));
    if (!visible && (pai.isNull() || (pai.isString() && pai.toString().isEmpty())))
        body.remove(QStringLiteral("pai"));
    SqlTransaction tx(*m_deps.database);
    const StoredBeneficiary stored = owned(tx.db(), ctx.pathId, accountId);
    requireOpen(stored.beneficiary);
    Beneficiary b = merged(stored.beneficiary.toJson(), body);
    b.id = stored.beneficiary.id;
    // A corrected "incomplete" beneficiary goes back to the agents.
    b.status = Beneficiary::StatusPending;
    b.statusReason.clear();
    const qint64 now = RouteSupport::nowMs();
    BeneficiaryStore::update(tx.db(), b, now);
    BeneficiaryStore::reopenIncomplete(tx.db(), b.id);
    // Another child than the one the communes approved: they decide again.
    if (!Beneficiary::sameIdentity(stored.beneficiary, b))
        Decisions::onIdentityChange(tx.db(), ctx, accountId, accountId, b, now);
    const StoredBeneficiary updated = owned(tx.db(), b.id, accountId);
    tx.commit();
    return Responses::json(shown(updated.beneficiary, visible));
}

HttpResponse BeneficiaryRoutes::remove(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    SqlTransaction tx(*m_deps.database);
    const StoredBeneficiary stored = owned(tx.db(), ctx.pathId, s.account.account.id);
    requireOpen(stored.beneficiary);
    BeneficiaryStore::remove(tx.db(), stored.beneficiary.id);
    tx.commit();
    m_deps.files->remove(stored.photoStorageName);
    return Responses::noContent();
}

HttpResponse BeneficiaryRoutes::putPhoto(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString accountId = s.account.account.id;
    const StoredBeneficiary before = owned(m_deps.database->connection(), ctx.pathId, accountId);
    requireOpen(before.beneficiary);
    const QString mime
        = RouteSupport::checkUpload(ctx, DocumentRules::MaxPhotoBytes, { DocumentRules::Jpeg, DocumentRules::Png });
    // Refused before anything reaches the disk; checked again below, under a lock.
    requirePhotoRoom(m_deps.database->connection(), before, accountId);
    const QString storageName = m_deps.files->store(ctx.body);
    QString replaced;
    StoredBeneficiary updated;
    try {
        SqlTransaction tx(*m_deps.database);
        // Serialises the account's photo uploads on PostgreSQL (a no-op update locks its row;
        // SQLite's BEGIN IMMEDIATE already does), so two cannot take the last place.
        Database::run(tx.db(), QStringLiteral("UPDATE accounts SET updated_at = updated_at WHERE id = ?"),
                      { accountId });
        const StoredBeneficiary stored = owned(tx.db(), ctx.pathId, accountId);
        requireOpen(stored.beneficiary);
        requirePhotoRoom(tx.db(), stored, accountId);
        replaced = stored.photoStorageName;
        const qint64 now = RouteSupport::nowMs();
        BeneficiaryStore::setPhoto(tx.db(), stored.beneficiary.id, storageName, mime, now);
        // A new face is another child for the communes that approved this one, and, like any
        // correction, goes back to the agents who found the child incomplete. The same bytes
        // again change nothing.
        if (!samePhoto(stored, ctx.body)) {
            BeneficiaryStore::setStatus(tx.db(), stored.beneficiary.id, Beneficiary::StatusPending, {}, now);
            BeneficiaryStore::reopenIncomplete(tx.db(), stored.beneficiary.id);
            Decisions::onIdentityChange(tx.db(), ctx, accountId, accountId, stored.beneficiary, now);
        }
        updated = owned(tx.db(), stored.beneficiary.id, accountId);
        tx.commit();
    } catch (...) {
        m_deps.files->remove(storageName);
        throw;
    }
    m_deps.files->remove(replaced);
    return Responses::json(
        shown(updated.beneficiary, AccessPolicy::assistedSeesPhotoAndPai(m_deps.database->connection(), s)));
}

HttpResponse BeneficiaryRoutes::getPhoto(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredBeneficiary> stored = BeneficiaryStore::find(db, ctx.pathId);
    if (!stored)
        throw Problem(404, ProblemCode::NotFound);
    // The owner, or an agent while the citizen has a live request in one of the agent's
    // communes; in an assisted session, the citizen's own under that same desk rule. The
    // agent's look is audited.
    const bool owner = stored->accountId == s.account.account.id;
    const bool assisted = !s.session.assistedBy.isEmpty();
    const bool visible = assisted ? owner && AccessPolicy::assistedSeesPhotoAndPai(db, s)
                                  : owner || !AccessPolicy::liveCommunes(db, s, stored->accountId).isEmpty();
    if (!visible)
        throw Problem(404, ProblemCode::NotFound);
    bool ok = false;
    const QByteArray bytes = m_deps.files->read(stored->photoStorageName, &ok);
    if (!ok)
        throw Problem(404, ProblemCode::NotFound);
    const QString agent = AccessPolicy::readingAgent(s, stored->accountId);
    if (!agent.isEmpty()) {
        AuditLog::recordRead(*m_deps.database, ctx, agent, stored->accountId, AuditLog::PhotoOpened,
                             stored->beneficiary.id, assisted ? AuditLog::assisted() : QString());
    }
    const QString ext = stored->photoContentType == DocumentRules::Png ? QStringLiteral("png") : QStringLiteral("jpg");
    return RouteSupport::fileResponse(bytes, stored->photoContentType, QStringLiteral("photo.") + ext);
}

} // namespace citoyens::server
