#include "DocumentRoutes.h"

#include "CatalogueStore.h"
#include "DocumentStore.h"
#include "FileStore.h"
#include "RouteSupport.h"
#include "auth/AuthGuard.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/DocumentRequirement.h"
#include "models/DocumentRules.h"

namespace citoyens::server {

DocumentRoutes::DocumentRoutes(const ServiceDeps& deps)
    : m_deps(deps)
{ }

void DocumentRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("POST"), QStringLiteral("/me/documents"), [this](const RequestContext& c) { return upload(c); },
        DocumentRules::MaxDocumentBytes);
    router.add(QStringLiteral("GET"), QStringLiteral("/me/documents/{id}"),
               [this](const RequestContext& c) { return download(c); });
}

HttpResponse DocumentRoutes::upload(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.guard->require(ctx);
    const QString kind = ctx.query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded);
    if (kind.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("kind"), QStringLiteral("required") } });
    if (kind != DocumentRequirement::KindProofOfAddress && kind != DocumentRequirement::KindIncomeStatement)
        RouteSupport::throwIfInvalid({ { QStringLiteral("kind"), QStringLiteral("invalid_choice") } });
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
    stored.storageName = m_deps.files->store(ctx.body);
    try {
        SqlTransaction tx(*m_deps.database);
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
    const AuthenticatedSession s = m_deps.guard->require(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const std::optional<StoredDocument> stored = DocumentStore::find(db, ctx.pathId);
    if (!stored)
        throw Problem(404, QStringLiteral("not_found"));
    const Account& me = s.account.account;
    // Someone else's document is "not found", unless an agent serves a commune where the
    // owner's request uses it.
    if (stored->accountId != me.id
        && (me.role != Account::RoleAgent
            || !DocumentStore::usedInCommunes(db, stored->document.id, CatalogueStore::communeIds(db, me.communes))))
        throw Problem(404, QStringLiteral("not_found"));
    bool ok = false;
    const QByteArray bytes = m_deps.files->read(stored->storageName, &ok);
    if (!ok)
        throw Problem(404, QStringLiteral("not_found"));
    return RouteSupport::fileResponse(bytes, stored->document.contentType, stored->document.filename);
}

} // namespace citoyens::server
