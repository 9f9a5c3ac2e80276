#include "DocumentRoutes.h"

#include "DocumentStore.h"
#include "FileStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/DocumentRequirement.h"
#include "models/DocumentRules.h"
#include "models/FieldCodes.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

namespace citoyens::server {

DocumentRoutes::DocumentRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void DocumentRoutes::registerOn(ApiRouter& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/me/documents"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return upload(c); }),
               DocumentRules::MaxDocumentBytes);
    router.add(QStringLiteral("GET"), QStringLiteral("/me/documents/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return download(c); }));
    router.add(QStringLiteral("DELETE"), QStringLiteral("/me/documents/{id}"),
               AccessPolicy::auditingAssisted(m_deps.policy, [this](const RequestContext& c) { return remove(c); }));
}

namespace {

void requireRoom(const QSqlDatabase& db, const QString& accountId, qint64 size)
{
    const DocumentStore::Usage used = DocumentStore::usage(db, accountId);
    if (used.count + 1 > DocumentRoutes::QuotaDocuments || used.bytes + size > DocumentRoutes::QuotaBytes)
        throw Problem(409, ProblemCode::DocumentQuotaExceeded);
}

} // namespace

HttpResponse DocumentRoutes::upload(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    const QString kind = ctx.query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded);
    if (kind.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("kind"), FieldCode::Required } });
    if (kind != DocumentRequirement::KindProofOfAddress && kind != DocumentRequirement::KindIncomeStatement)
        RouteSupport::throwIfInvalid({ { QStringLiteral("kind"), FieldCode::InvalidChoice } });
    const QString mime = RouteSupport::checkUpload(ctx, DocumentRules::MaxDocumentBytes,
                                                   { DocumentRules::Pdf, DocumentRules::Jpeg, DocumentRules::Png });

    StoredDocument stored;
    stored.accountId = s.account.account.id;
    stored.document.id = TokenService::newId();
    stored.document.kind = kind;
    stored.document.filename
        = DocumentRules::safeFilename(ctx.query.queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded));
    stored.document.contentType = mime;
    stored.document.size = ctx.body.size();
    stored.document.sha256 = FileStore::sha256(ctx.body);
    stored.document.createdAt = RouteSupport::instant(RouteSupport::nowMs());
    // Refused before anything reaches the disk; checked again below, under a lock.
    requireRoom(m_deps.database->connection(), stored.accountId, stored.document.size);
    stored.storageName = m_deps.files->store(ctx.body);
    try {
        SqlTransaction tx(*m_deps.database);
        // Two uploads of one account at once must not both fit in the last free place. A
        // no-op update locks the account's row on PostgreSQL (SQLite's BEGIN IMMEDIATE
        // already serialises writers) until the insert is committed.
        Database::run(tx.db(), QStringLiteral("UPDATE accounts SET updated_at = updated_at WHERE id = ?"),
                      { stored.accountId });
        requireRoom(tx.db(), stored.accountId, stored.document.size);
        DocumentStore::insert(tx.db(), stored);
        tx.commit();
    } catch (...) {
        m_deps.files->remove(stored.storageName);
        throw;
    }
    HttpResponse response = Responses::json(stored.document.toJson(), 201);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArray(ApiRouter::BasePath) + "/me/documents/" + stored.document.id.toLatin1());
    return response;
}

HttpResponse DocumentRoutes::download(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredDocument> stored = DocumentStore::find(db, ctx.pathId);
    if (!stored)
        throw Problem(404, ProblemCode::NotFound);
    // Someone else's document is "not found", unless an agent serves a commune where the
    // owner's request uses it. An agent's opening is audited, in an assisted session too.
    const bool owner = stored->accountId == s.account.account.id;
    if (!owner && !DocumentStore::usedInCommunes(db, stored->document.id, AccessPolicy::communes(db, s)))
        throw Problem(404, ProblemCode::NotFound);
    bool ok = false;
    const QByteArray bytes = m_deps.files->read(stored->storageName, &ok);
    if (!ok)
        throw Problem(404, ProblemCode::NotFound);
    const QString agent = AccessPolicy::readingAgent(s, stored->accountId);
    if (!agent.isEmpty()) {
        const QString& kind = stored->document.kind;
        AuditLog::recordRead(*m_deps.database, ctx, agent, stored->accountId, AuditLog::DocumentOpened,
                             stored->document.id, s.session.assistedBy.isEmpty() ? kind : AuditLog::assisted(kind));
    }
    return RouteSupport::fileResponse(bytes, stored->document.contentType, stored->document.filename);
}

HttpResponse DocumentRoutes::remove(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->own(ctx);
    SqlTransaction tx(*m_deps.database);
    const std::optional<StoredDocument> stored = DocumentStore::find(tx.db(), ctx.pathId);
    // Someone else's document is "not found", like one that does not exist (agents included:
    // they read documents, they never delete them).
    if (!stored)
        throw Problem(404, ProblemCode::NotFound);
    AccessPolicy::requireOwner(s, stored->accountId);
    // An agent may still be reading it, or its request was approved on it.
    if (DocumentStore::usedByLiveRequest(tx.db(), stored->document.id))
        throw Problem(409, ProblemCode::DocumentInUse);
    DocumentStore::remove(tx.db(), stored->document.id);
    tx.commit();
    // After the commit: a crash in between leaves an unreferenced file, never a row without one.
    m_deps.files->remove(stored->storageName);
    return Responses::noContent();
}

} // namespace citoyens::server
