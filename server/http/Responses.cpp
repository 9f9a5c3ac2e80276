#include "Responses.h"

#include "RequestContext.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace citoyens::server::Responses {

HttpResponse json(const QJsonObject& object, int status)
{
    return HttpResponse(QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact),
                        status);
}

HttpResponse noContent()
{
    return HttpResponse(204);
}

QByteArray etagFor(const QJsonObject& object)
{
    const QByteArray digest
        = QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return '"' + digest.toHex().left(32) + '"';
}

bool etagMatches(const QByteArray& header, const QByteArray& etag)
{
    for (const QByteArray& candidate : header.split(',')) {
        const QByteArray c = candidate.trimmed();
        if (c == "*" || c == etag || c == "W/" + etag)
            return true;
    }
    return false;
}

HttpResponse cachedJson(const RequestContext& ctx, const QJsonObject& object)
{
    const QByteArray etag = etagFor(object);
    const QByteArray ifNoneMatch = ctx.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
        HttpResponse notModified(304);
        notModified.setHeader(QByteArrayLiteral("ETag"), etag);
        return notModified;
    }
    HttpResponse response = json(object);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    return response;
}

} // namespace citoyens::server::Responses
